//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::JsonSchemaProps {}
#[allow(deprecated)]
impl Validate for crate::models::JsonSchemaProps {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/properties");
        self.properties.validate(&here, out);
        let here = format!("{at}/allOf");
        self.all_of.validate(&here, out);
        let here = format!("{at}/legacyName");
        Checked::check(
            &self.legacy_name,
            &crate::runtime::Rules {
                min_length: Some(2),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.legacy_name.validate(&here, out);
        let here = format!("{at}/legacyItems");
        Checked::check(
            &self.legacy_items,
            &crate::runtime::Rules {
                max_items: Some(4),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.legacy_items.validate(&here, out);
    }
}
impl Checked for crate::models::PushOption {}
impl Validate for crate::models::PushOption {}
impl Checked for crate::models::DuplicateInput {}
impl Validate for crate::models::DuplicateInput {}
impl Checked for crate::models::CommonFields {}
impl Validate for crate::models::CommonFields {}
impl Checked for crate::models::DesignInput {}
impl Validate for crate::models::DesignInput {}
impl Checked for crate::models::Cycle {}
impl Validate for crate::models::Cycle {}
impl Checked for crate::models::CycleBack {}
impl Validate for crate::models::CycleBack {}
impl Checked for crate::models::Statement {}
impl Validate for crate::models::Statement {}
impl Checked for crate::models::NotStatement {}
impl Validate for crate::models::NotStatement {}
impl Checked for crate::models::ByteMatch {}
impl Validate for crate::models::ByteMatch {}
impl Checked for crate::models::PushOptionNestedInner {}
impl Validate for crate::models::PushOptionNestedInner {}
impl Checked for crate::models::PushOptionProperty {}
impl Validate for crate::models::PushOptionProperty {}
impl Checked for crate::models::PushOptionNested {}
impl Validate for crate::models::PushOptionNested {}
impl Checked for crate::models::StatementNot {}
impl Validate for crate::models::StatementNot {}
impl Checked for crate::models::StatementNotStatement {}
impl Validate for crate::models::StatementNotStatement {}
impl Checked for crate::models::CreatePushResponse {}
impl Validate for crate::models::CreatePushResponse {}
