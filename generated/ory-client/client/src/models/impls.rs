//! Impls of the models that have impls of their own rather than a runtime macro's.
#![cfg_attr(rustfmt, rustfmt::skip)]
use super::*;
impl ::serde::Serialize for ContinueWith {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::ContinueWithVerificationUi(value) => {
                ("show_verification_ui", ::serde_json::to_value(value))
            }
            Self::ContinueWithSetOrySessionToken(value) => {
                ("set_ory_session_token", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("action".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for ContinueWith {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("action")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("show_verification_ui") => {
                ::serde_json::from_value(value)
                    .map(Self::ContinueWithVerificationUi)
                    .map_err(D::Error::custom)
            }
            Some("set_ory_session_token") => {
                ::serde_json::from_value(value)
                    .map(Self::ContinueWithSetOrySessionToken)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UiNodeAttributes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UiNodeInputAttributes(value) => {
                ("input", ::serde_json::to_value(value))
            }
            Self::UiNodeTextAttributes(value) => ("text", ::serde_json::to_value(value)),
            Self::UiNodeImageAttributes(value) => ("img", ::serde_json::to_value(value)),
            Self::UiNodeAnchorAttributes(value) => ("a", ::serde_json::to_value(value)),
            Self::UiNodeScriptAttributes(value) => {
                ("script", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("node_type".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UiNodeAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("node_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("input") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeInputAttributes)
                    .map_err(D::Error::custom)
            }
            Some("text") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeTextAttributes)
                    .map_err(D::Error::custom)
            }
            Some("img") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeImageAttributes)
                    .map_err(D::Error::custom)
            }
            Some("a") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeAnchorAttributes)
                    .map_err(D::Error::custom)
            }
            Some("script") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeScriptAttributes)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UpdateLoginFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateLoginFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithTotpMethod(value) => {
                ("totp", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithLookupSecretMethod(value) => {
                ("lookup_secret", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateLoginFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("totp") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithTotpMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            Some("lookup_secret") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithLookupSecretMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UpdateRecoveryFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateRecoveryFlowWithLinkMethod(value) => {
                ("link", ::serde_json::to_value(value))
            }
            Self::UpdateRecoveryFlowWithCodeMethod(value) => {
                ("code", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRecoveryFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("link") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRecoveryFlowWithLinkMethod)
                    .map_err(D::Error::custom)
            }
            Some("code") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRecoveryFlowWithCodeMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UpdateRegistrationFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateRegistrationFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateRegistrationFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateRegistrationFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRegistrationFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UpdateSettingsFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateSettingsFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithProfileMethod(value) => {
                ("profile", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithOidcMethod2(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithTotpMethod(value) => {
                ("totp", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithLookupMethod(value) => {
                ("lookup_secret", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateSettingsFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("profile") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithProfileMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("totp") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithTotpMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            Some("lookup_secret") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithLookupMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
impl ::serde::Serialize for UpdateVerificationFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateVerificationFlowWithLinkMethod(value) => {
                ("link", ::serde_json::to_value(value))
            }
            Self::UpdateVerificationFlowWithCodeMethod(value) => {
                ("code", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateVerificationFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("link") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateVerificationFlowWithLinkMethod)
                    .map_err(D::Error::custom)
            }
            Some("code") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateVerificationFlowWithCodeMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
