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
impl Checked for crate::models::Leash {}
impl Validate for crate::models::Leash {}
impl Checked for crate::models::Walk {}
impl Validate for crate::models::Walk {}
impl Checked for crate::models::PetOwner {}
impl Validate for crate::models::PetOwner {}
impl Checked for crate::models::LeashColor {}
impl Validate for crate::models::LeashColor {}
impl Checked for crate::models::WalkPace {}
impl Validate for crate::models::WalkPace {}
impl Checked for crate::models::WalkRoute {}
impl Validate for crate::models::WalkRoute {}
