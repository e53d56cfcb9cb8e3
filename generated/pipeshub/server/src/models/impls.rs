//! Impls of the models that have impls of their own rather than a runtime macro's.
#![cfg_attr(rustfmt, rustfmt::skip)]
use super::*;
impl ::serde::Serialize for ScheduleConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::HourlyScheduleConfig(value) => {
                ("hourly", ::serde_json::to_value(value))
            }
            Self::DailyScheduleConfig(value) => ("daily", ::serde_json::to_value(value)),
            Self::WeeklyScheduleConfig(value) => {
                ("weekly", ::serde_json::to_value(value))
            }
            Self::MonthlyScheduleConfig(value) => {
                ("monthly", ::serde_json::to_value(value))
            }
            Self::CustomScheduleConfig(value) => {
                ("custom", ::serde_json::to_value(value))
            }
            Self::OnceScheduleConfig(value) => ("once", ::serde_json::to_value(value)),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("scheduleType".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for ScheduleConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("scheduleType")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("hourly") => {
                ::serde_json::from_value(value)
                    .map(Self::HourlyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("daily") => {
                ::serde_json::from_value(value)
                    .map(Self::DailyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("weekly") => {
                ::serde_json::from_value(value)
                    .map(Self::WeeklyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("monthly") => {
                ::serde_json::from_value(value)
                    .map(Self::MonthlyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("custom") => {
                ::serde_json::from_value(value)
                    .map(Self::CustomScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("once") => {
                ::serde_json::from_value(value)
                    .map(Self::OnceScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some(other) => {
                Err(
                    D::Error::unknown_variant(
                        other,
                        &["custom", "daily", "hourly", "monthly", "once", "weekly"],
                    ),
                )
            }
            None => Err(D::Error::missing_field("scheduleType")),
        }
    }
}
