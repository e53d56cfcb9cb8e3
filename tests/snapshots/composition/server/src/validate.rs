//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for chrono::DateTime<chrono::Utc> {}
impl Validate for chrono::DateTime<chrono::Utc> {}
impl Checked for chrono::NaiveDate {}
impl Validate for chrono::NaiveDate {}
impl Checked for crate::models::Pet {}
impl Validate for crate::models::Pet {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        match self {
            Self::Dog(value) => value.validate(at, out),
            Self::Cat(value) => value.validate(at, out),
        }
    }
}
impl Checked for crate::models::Dog {}
impl Validate for crate::models::Dog {}
impl Checked for crate::models::Cat {}
impl Validate for crate::models::Cat {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/lives");
        Checked::check(
            &self.lives,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(9.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.lives.validate(&here, out);
    }
}
impl Checked for crate::models::Base {}
impl Validate for crate::models::Base {}
impl Checked for crate::models::Circle {}
impl Validate for crate::models::Circle {}
impl Checked for crate::models::Square {}
impl Validate for crate::models::Square {}
impl Checked for crate::models::Shape {}
impl Validate for crate::models::Shape {}
impl Checked for crate::models::Tree {}
impl Validate for crate::models::Tree {}
impl Checked for crate::models::Forest {}
impl Validate for crate::models::Forest {}
impl Checked for crate::models::Nested {}
impl Validate for crate::models::Nested {}
impl Checked for crate::models::DogBark {}
impl Validate for crate::models::DogBark {}
