//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::Pet {}
impl Validate for crate::models::Pet {}
impl Checked for crate::models::Open {}
impl Validate for crate::models::Open {}
impl Checked for crate::models::Closed {}
impl Validate for crate::models::Closed {}
impl Checked for crate::models::PetOwner {}
impl Validate for crate::models::PetOwner {}
