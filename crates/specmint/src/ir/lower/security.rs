//! Security schemes and the requirements operations name.

use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn security_schemes(&mut self) -> BTreeMap<String, SecurityScheme> {
        let mut out = BTreeMap::new();
        let Some(components) = &self.spec.components else {
            return out;
        };
        for (name, scheme) in &components.security_schemes {
            let pointer = join("/components/securitySchemes", name);
            let Some(scheme) = self
                .resolve_component(scheme, &pointer, "securitySchemes", |c| &c.security_schemes)
            else {
                continue;
            };
            let kind = match scheme {
                openapiv3::SecurityScheme::HTTP {
                    scheme,
                    bearer_format,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => SecuritySchemeKind::HttpBasic,
                    "bearer" => SecuritySchemeKind::HttpBearer {
                        bearer_format: bearer_format.clone(),
                    },
                    _ => SecuritySchemeKind::HttpOther {
                        scheme: scheme.clone(),
                    },
                },
                openapiv3::SecurityScheme::APIKey { extensions, .. }
                    if extensions.contains_key(crate::extensions::AWS_SIGV4) =>
                {
                    let sigv4 = &extensions[crate::extensions::AWS_SIGV4];
                    let text =
                        |key: &str| sigv4.get(key).and_then(|v| v.as_str()).map(str::to_string);
                    match (text("name"), text("region")) {
                        (Some(signing_name), region) => SecuritySchemeKind::AwsSigV4 {
                            signing_name,
                            region: region.unwrap_or_else(|| "us-east-1".to_string()),
                        },
                        (None, _) => {
                            self.diags.error(
                                "security",
                                format!("{pointer}/{}", crate::extensions::AWS_SIGV4),
                                "`x-aws-sigv4` needs a `name`: the service's signing name",
                            );
                            continue;
                        }
                    }
                }
                openapiv3::SecurityScheme::APIKey { location, name, .. } => {
                    SecuritySchemeKind::ApiKey {
                        name: name.clone(),
                        location: match location {
                            openapiv3::APIKeyLocation::Header => ApiKeyLocation::Header,
                            openapiv3::APIKeyLocation::Query => ApiKeyLocation::Query,
                            openapiv3::APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                        },
                    }
                }
                openapiv3::SecurityScheme::OAuth2 { flows, .. } => {
                    let mut scopes = BTreeMap::new();
                    let mut token_url = None;
                    let mut authorization_url = None;
                    if let Some(f) = &flows.client_credentials {
                        token_url = Some(f.token_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.authorization_code {
                        token_url.get_or_insert_with(|| f.token_url.clone());
                        authorization_url = Some(f.authorization_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.password {
                        token_url.get_or_insert_with(|| f.token_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    if let Some(f) = &flows.implicit {
                        authorization_url.get_or_insert_with(|| f.authorization_url.clone());
                        scopes.extend(f.scopes.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                    SecuritySchemeKind::OAuth2 {
                        token_url,
                        authorization_url,
                        scopes,
                    }
                }
                openapiv3::SecurityScheme::OpenIDConnect {
                    open_id_connect_url,
                    ..
                } => SecuritySchemeKind::OpenIdConnect {
                    url: open_id_connect_url.clone(),
                },
            };
            let description = match scheme {
                openapiv3::SecurityScheme::HTTP { description, .. }
                | openapiv3::SecurityScheme::APIKey { description, .. }
                | openapiv3::SecurityScheme::OAuth2 { description, .. }
                | openapiv3::SecurityScheme::OpenIDConnect { description, .. } => {
                    description.clone()
                }
            };
            out.insert(name.clone(), SecurityScheme { description, kind });
        }
        out
    }

    pub(super) fn security_requirements(
        &mut self,
        reqs: &[openapiv3::SecurityRequirement],
        pointer: &str,
        schemes: &BTreeMap<String, SecurityScheme>,
    ) -> Vec<SecurityRequirement> {
        let mut out = Vec::new();
        for (i, req) in reqs.iter().enumerate() {
            let mut requirement = SecurityRequirement {
                schemes: Vec::new(),
            };
            let mut known = true;
            for (name, scopes) in req {
                if !schemes.contains_key(name) {
                    self.diags.push(
                        Diagnostic::warning("unknown-security-scheme", self.diags.file(), join(&join(pointer, i.to_string()), name), format!("security requirement names scheme `{name}`, which `components.securitySchemes` does not define"))
                            .with_help("this requirement is left out (no credentials can be sent for it); declare the scheme under components.securitySchemes or fix its name"),
                    );
                    known = false;
                }
                requirement.schemes.push((name.clone(), scopes.clone()));
            }
            requirement.schemes.sort();
            if known {
                out.push(requirement);
            }
        }
        out
    }
}
