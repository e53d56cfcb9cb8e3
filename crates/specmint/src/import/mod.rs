//! Importers: API descriptions that are not OpenAPI, converted into an OpenAPI 3.0 document
//! that the rest of the pipeline loads like any other spec.

pub mod botocore;
