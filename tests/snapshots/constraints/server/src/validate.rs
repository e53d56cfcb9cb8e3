//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::Booking {}
impl Validate for crate::models::Booking {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/seats");
        Checked::check(
            &self.seats,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(10.0),
                exclusive_maximum: true,
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.seats.validate(&here, out);
        let here = format!("{at}/price");
        Checked::check(
            &self.price,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                multiple_of: Some(0.5),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.price.validate(&here, out);
        let here = format!("{at}/password");
        Checked::check(
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                pattern: Some("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).+$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.password.validate(&here, out);
        let here = format!("{at}/via");
        Checked::check(
            &self.via,
            &crate::runtime::Rules {
                max_items: Some(3),
                unique_items: true,
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[A-Z]{3}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.via.validate(&here, out);
        let here = format!("{at}/legs");
        Checked::check(
            &self.legs,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.legs.validate(&here, out);
        let here = format!("{at}/notes");
        Checked::check(
            &self.notes,
            &crate::runtime::Rules {
                max_properties: Some(2),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.notes.validate(&here, out);
    }
}
impl Checked for crate::models::Leg {}
impl Validate for crate::models::Leg {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/from");
        Checked::check(
            &self.from,
            &crate::runtime::Rules {
                pattern: Some("^[A-Z]{3}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.from.validate(&here, out);
        let here = format!("{at}/minutes");
        Checked::check(
            &self.minutes,
            &crate::runtime::Rules {
                minimum: Some(30.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.minutes.validate(&here, out);
    }
}
