//! The specification extensions (`x-...`) specmint writes and reads: the importers write them
//! into the OpenAPI documents they make, loading and lowering read them. One name, one place.

/// On a security scheme: AWS Signature Version 4, `{name, region}` (the signing name and the
/// default region).
pub const AWS_SIGV4: &str = "x-aws-sigv4";

/// On a parameter or property: botocore fills it with a fresh token when the caller leaves it
/// out, and so does the generated client.
pub const AWS_IDEMPOTENCY_TOKEN: &str = "x-aws-idempotency-token";

/// On `info`: the botocore model's `uid`, kept for reference.
pub const AWS_UID: &str = "x-aws-uid";

/// On a node copied in place of a `$ref` while loading: the pointer it was copied from.
pub const SPECMINT_ORIGIN: &str = "x-specmint-origin";

/// Swagger 2.0's nullable flag (an extension of some generators), read when upgrading to 3.0.
pub const NULLABLE: &str = "x-nullable";
