//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::Status {}
impl Validate for crate::models::Status {}
impl Checked for crate::models::Order {}
impl Validate for crate::models::Order {}
impl Checked for crate::models::OrderPriority {}
impl Validate for crate::models::OrderPriority {}
impl Checked for crate::models::OrderCodesItem {}
impl Validate for crate::models::OrderCodesItem {}
impl Checked for crate::models::OrderSize {}
impl Validate for crate::models::OrderSize {}
impl Checked for crate::models::ListOrdersStatus {}
impl Validate for crate::models::ListOrdersStatus {}
impl Checked for crate::models::ListOrdersLevel {}
impl Validate for crate::models::ListOrdersLevel {}
