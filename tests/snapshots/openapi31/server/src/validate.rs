//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::Pet {}
impl Validate for crate::models::Pet {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/weight");
        Checked::check(
            &self.weight,
            &crate::runtime::Rules {
                maximum: Some(500.0),
                exclusive_maximum: true,
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.weight.validate(&here, out);
        let here = format!("{at}/tag");
        Checked::check(
            &self.tag,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.tag.validate(&here, out);
    }
}
impl Checked for crate::models::PetKind {}
impl Validate for crate::models::PetKind {}
impl Checked for crate::models::PetIdVariant0 {}
impl Validate for crate::models::PetIdVariant0 {}
impl Checked for crate::models::PetId {}
impl Validate for crate::models::PetId {}
