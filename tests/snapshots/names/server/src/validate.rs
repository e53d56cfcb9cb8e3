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
impl Checked for crate::models::T2things {}
impl Validate for crate::models::T2things {}
