//! specmint's own model of an API. Emitters read only these types.
//!
//! Every Rust name is decided here (see [`naming`]), so emitters never rename anything, and every
//! collection is ordered deterministically.

mod graph;
mod lower;
pub mod naming;
mod schema_view;
mod types;

use std::collections::BTreeMap;

pub(crate) use graph::reachable;
pub use lower::lower;
pub use types::{
    Constraints, EnumVariant, Field, Primitive, TypeDef, TypeId, TypeKind, TypeRef, TypeSpace,
    UnionVariant,
};

#[derive(Debug, Clone)]
pub struct Api {
    pub info: Info,
    pub servers: Vec<Server>,
    /// Keyed by the scheme's name in the spec.
    pub security_schemes: BTreeMap<String, SecurityScheme>,
    /// Requirements applying to operations that declare none.
    pub security: Vec<SecurityRequirement>,
    pub tags: Vec<Tag>,
    pub operations: Vec<Operation>,
    pub types: TypeSpace,
}

#[derive(Debug, Clone)]
pub struct Info {
    pub title: String,
    pub description: Option<String>,
    /// `info.version` as written in the spec.
    pub version: String,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
    pub variables: BTreeMap<String, ServerVariable>,
}

#[derive(Debug, Clone)]
pub struct ServerVariable {
    pub default: String,
    pub allowed: Vec<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    pub description: Option<String>,
    pub kind: SecuritySchemeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecuritySchemeKind {
    HttpBasic,
    HttpBearer {
        bearer_format: Option<String>,
    },
    /// Another `http` scheme (for example `digest`), sent as a raw `Authorization` value.
    HttpOther {
        scheme: String,
    },
    ApiKey {
        name: String,
        location: ApiKeyLocation,
    },
    OAuth2 {
        token_url: Option<String>,
        authorization_url: Option<String>,
        scopes: BTreeMap<String, String>,
    },
    OpenIdConnect {
        url: String,
    },
    /// AWS Signature Version 4 (an `apiKey` scheme with the `x-aws-sigv4` extension): each
    /// request is signed with an access key for this signing name and region.
    AwsSigV4 {
        signing_name: String,
        region: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

/// All of the named schemes must be satisfied together; the operation accepts any one requirement
/// of its list. An empty requirement means anonymous access is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityRequirement {
    pub schemes: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub description: Option<String>,
    /// Module and page name, snake_case.
    pub module_name: String,
    /// UpperCamelCase, as used for the API's trait or page title.
    pub type_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// Methods that RFC 9110 defines as idempotent.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post | Method::Patch)
    }
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`, or one derived from method and path when the spec has none.
    pub id: String,
    /// snake_case method name.
    pub rust_name: String,
    /// UpperCamelCase prefix for the operation's own types (errors, responses).
    pub type_name: String,
    pub method: Method,
    pub path: String,
    pub path_segments: Vec<PathSegment>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    /// The first tag decides the API group; operations without tags go to `default`.
    pub tags: Vec<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// `None`: the API's global requirements apply.
    pub security: Option<Vec<SecurityRequirement>>,
    /// Operation- or path-level servers overriding the API's.
    pub servers: Vec<Server>,
    /// JSON pointer of the operation object.
    pub pointer: String,
}

impl Api {
    /// Which types callers send, by id: those a parameter or a request body may contain. The
    /// others appear only in responses, so the client crate marks its structs
    /// `#[non_exhaustive]`: a field added to a response is then not a breaking change.
    pub fn sent_types(&self) -> Vec<bool> {
        let roots = self.operations.iter().flat_map(|op| {
            let parts = op.body.iter().flat_map(|b| {
                b.parts.iter().filter_map(|p| match &p.kind {
                    PartKind::Value(ty) => Some(ty),
                    PartKind::File | PartKind::Files => None,
                })
            });
            op.params
                .iter()
                .map(|p| &p.ty)
                .chain(op.body.iter().map(|b| &b.ty))
                .chain(parts)
        });
        graph::reachable(&self.types, roots)
    }

    /// Whether any security scheme signs requests with AWS SigV4.
    pub fn uses_sigv4(&self) -> bool {
        self.security_schemes
            .values()
            .any(|s| matches!(s.kind, SecuritySchemeKind::AwsSigV4 { .. }))
    }
}

impl Operation {
    /// Whether the operation's security requires a SigV4 signature: it has requirements, and
    /// every one of them names a SigV4 scheme.
    pub fn requires_sigv4(&self, api: &Api) -> bool {
        let requirements = self.security.as_ref().unwrap_or(&api.security);
        !requirements.is_empty()
            && requirements.iter().all(|requirement| {
                requirement.schemes.iter().any(|(name, _)| {
                    api.security_schemes
                        .get(name)
                        .is_some_and(|s| matches!(s.kind, SecuritySchemeKind::AwsSigV4 { .. }))
                })
            })
    }

    /// The tag whose API group holds the operation: its first tag (`default` when it has none).
    pub fn group<'a>(&self, api: &'a Api) -> Option<&'a Tag> {
        let tag = self.tags.first().map(String::as_str).unwrap_or("default");
        api.tags.iter().find(|t| t.name == tag)
    }

    /// The requirements in force: the operation's own, else the API's.
    pub fn effective_security<'a>(&'a self, api: &'a Api) -> &'a [SecurityRequirement] {
        self.security.as_deref().unwrap_or(&api.security)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    Literal(String),
    /// Index into [`Operation::params`].
    Param(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// How a parameter value is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

#[derive(Debug, Clone)]
pub struct Param {
    /// The name on the wire.
    pub name: String,
    pub rust_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: TypeRef,
    pub style: ParamStyle,
    pub explode: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    pub constraints: Constraints,
    /// An idempotency token (`x-aws-idempotency-token`): the client makes one up when the
    /// caller leaves it out, and keeps it across retries.
    pub idempotency_token: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    Form,
    Multipart,
    Binary,
    Text,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub kind: BodyKind,
    /// The media type sent as `Content-Type`.
    pub media_type: String,
    pub ty: TypeRef,
    pub required: bool,
    pub description: Option<String>,
    /// Every media type the spec offers, in spec order.
    pub offered: Vec<String>,
    /// The parts of a multipart body, one per property of its object schema; empty when the
    /// body is multipart without such a schema (or not multipart).
    pub parts: Vec<Part>,
}

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub struct Part {
    /// The part's name on the wire.
    pub name: String,
    pub rust_name: String,
    pub required: bool,
    pub kind: PartKind,
    pub description: Option<String>,
    pub constraints: Constraints,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PartKind {
    /// A file: `type: string, format: binary`.
    File,
    /// Several files under one name: an array of binary strings.
    Files,
    /// A value sent as text: scalars as they are, objects as JSON.
    Value(TypeRef),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `2XX` and friends: the first digit.
    Range(u16),
    Default,
}

impl Status {
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..400).contains(&c),
            Status::Range(r) => r == 2 || r == 3,
            Status::Default => false,
        }
    }

    pub fn label(self) -> String {
        match self {
            Status::Code(c) => c.to_string(),
            Status::Range(r) => format!("{r}XX"),
            Status::Default => "default".to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseKind {
    Json,
    Text,
    Binary,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: Status,
    pub description: String,
    /// `None` when the response has no body.
    pub body: Option<ResponseBody>,
    pub headers: Vec<ResponseHeader>,
    /// Enum variant name for this response, UpperCamelCase.
    pub variant_name: String,
}

#[derive(Debug, Clone)]
pub struct ResponseBody {
    pub kind: ResponseKind,
    pub media_type: String,
    pub ty: TypeRef,
}

#[derive(Debug, Clone)]
pub struct ResponseHeader {
    /// The header name as the spec writes it.
    pub name: String,
    /// snake_case field name.
    pub rust_name: String,
    pub required: bool,
    pub ty: TypeRef,
    pub description: Option<String>,
}
