//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::Pet {}
impl Validate for crate::models::Pet {}
impl Checked for crate::models::Error {}
impl Validate for crate::models::Error {}
impl Checked for crate::models::LoginBody {}
impl Validate for crate::models::LoginBody {}
impl Checked for crate::models::LoginResponse {}
impl Validate for crate::models::LoginResponse {}
