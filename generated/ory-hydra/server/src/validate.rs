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
impl Checked for crate::models::CreateVerifiableCredentialRequestBody {}
impl Validate for crate::models::CreateVerifiableCredentialRequestBody {}
impl Checked for crate::models::VerifiableCredentialProof {}
impl Validate for crate::models::VerifiableCredentialProof {}
impl Checked for crate::models::Rfc6749ErrorJson {}
impl Validate for crate::models::Rfc6749ErrorJson {}
impl Checked for crate::models::AcceptOAuth2ConsentRequest {}
impl Validate for crate::models::AcceptOAuth2ConsentRequest {}
impl Checked for crate::models::AcceptOAuth2ConsentRequestSession {}
impl Validate for crate::models::AcceptOAuth2ConsentRequestSession {}
impl Checked for crate::models::AcceptOAuth2LoginRequest {}
impl Validate for crate::models::AcceptOAuth2LoginRequest {}
impl Checked for crate::models::CreateJsonWebKeySet {}
impl Validate for crate::models::CreateJsonWebKeySet {}
impl Checked for crate::models::CredentialSupportedDraft00 {}
impl Validate for crate::models::CredentialSupportedDraft00 {}
impl Checked for crate::models::ErrorOAuth2 {}
impl Validate for crate::models::ErrorOAuth2 {}
impl Checked for crate::models::GenericError {}
impl Validate for crate::models::GenericError {}
impl Checked for crate::models::HealthNotReadyStatus {}
impl Validate for crate::models::HealthNotReadyStatus {}
impl Checked for crate::models::HealthStatus {}
impl Validate for crate::models::HealthStatus {}
impl Checked for crate::models::IntrospectedOAuth2Token {}
impl Validate for crate::models::IntrospectedOAuth2Token {}
impl Checked for crate::models::JsonPatch {}
impl Validate for crate::models::JsonPatch {}
impl Checked for crate::models::JsonWebKey {}
impl Validate for crate::models::JsonWebKey {}
impl Checked for crate::models::JsonWebKeySet {}
impl Validate for crate::models::JsonWebKeySet {}
impl Checked for crate::models::OAuth2Client {}
impl Validate for crate::models::OAuth2Client {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/authorization_code_grant_access_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/authorization_code_grant_id_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/authorization_code_grant_refresh_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_refresh_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_refresh_token_lifespan.validate(&here, out);
        let here = format!("{at}/client_credentials_grant_access_token_lifespan");
        Checked::check(
            &self.client_credentials_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_credentials_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/implicit_grant_access_token_lifespan");
        Checked::check(
            &self.implicit_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.implicit_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/implicit_grant_id_token_lifespan");
        Checked::check(
            &self.implicit_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.implicit_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/jwt_bearer_grant_access_token_lifespan");
        Checked::check(
            &self.jwt_bearer_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.jwt_bearer_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_access_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_id_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_refresh_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_refresh_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_refresh_token_lifespan.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2ClientTokenLifespans {}
impl Validate for crate::models::OAuth2ClientTokenLifespans {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/authorization_code_grant_access_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/authorization_code_grant_id_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/authorization_code_grant_refresh_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_refresh_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_code_grant_refresh_token_lifespan.validate(&here, out);
        let here = format!("{at}/client_credentials_grant_access_token_lifespan");
        Checked::check(
            &self.client_credentials_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_credentials_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/implicit_grant_access_token_lifespan");
        Checked::check(
            &self.implicit_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.implicit_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/implicit_grant_id_token_lifespan");
        Checked::check(
            &self.implicit_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.implicit_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/jwt_bearer_grant_access_token_lifespan");
        Checked::check(
            &self.jwt_bearer_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.jwt_bearer_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_access_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_access_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_id_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_id_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_id_token_lifespan.validate(&here, out);
        let here = format!("{at}/refresh_token_grant_refresh_token_lifespan");
        Checked::check(
            &self.refresh_token_grant_refresh_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_grant_refresh_token_lifespan.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2ConsentRequest {}
impl Validate for crate::models::OAuth2ConsentRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/client");
        self.client.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2ConsentRequestOpenIdConnectContext {}
impl Validate for crate::models::OAuth2ConsentRequestOpenIdConnectContext {}
impl Checked for crate::models::OAuth2ConsentSession {}
impl Validate for crate::models::OAuth2ConsentSession {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/consent_request");
        self.consent_request.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2LoginRequest {}
impl Validate for crate::models::OAuth2LoginRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/client");
        self.client.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2LogoutRequest {}
impl Validate for crate::models::OAuth2LogoutRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/client");
        self.client.validate(&here, out);
    }
}
impl Checked for crate::models::OAuth2RedirectTo {}
impl Validate for crate::models::OAuth2RedirectTo {}
impl Checked for crate::models::OAuth2TokenExchange {}
impl Validate for crate::models::OAuth2TokenExchange {}
impl Checked for crate::models::OidcConfiguration {}
impl Validate for crate::models::OidcConfiguration {}
impl Checked for crate::models::OidcUserInfo {}
impl Validate for crate::models::OidcUserInfo {}
impl Checked for crate::models::Pagination {}
impl Validate for crate::models::Pagination {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/page_size");
        Checked::check(
            &self.page_size,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_size.validate(&here, out);
        let here = format!("{at}/page_token");
        Checked::check(
            &self.page_token,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_token.validate(&here, out);
    }
}
impl Checked for crate::models::PaginationHeaders {}
impl Validate for crate::models::PaginationHeaders {}
impl Checked for crate::models::RejectOAuth2Request {}
impl Validate for crate::models::RejectOAuth2Request {}
impl Checked for crate::models::TokenPagination {}
impl Validate for crate::models::TokenPagination {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/page_size");
        Checked::check(
            &self.page_size,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_size.validate(&here, out);
        let here = format!("{at}/page_token");
        Checked::check(
            &self.page_token,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_token.validate(&here, out);
    }
}
impl Checked for crate::models::TokenPaginationHeaders {}
impl Validate for crate::models::TokenPaginationHeaders {}
impl Checked for crate::models::TokenPaginationRequestParameters {}
impl Validate for crate::models::TokenPaginationRequestParameters {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/page_size");
        Checked::check(
            &self.page_size,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(500.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_size.validate(&here, out);
        let here = format!("{at}/page_token");
        Checked::check(
            &self.page_token,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page_token.validate(&here, out);
    }
}
impl Checked for crate::models::TokenPaginationResponseHeaders {}
impl Validate for crate::models::TokenPaginationResponseHeaders {}
impl Checked for crate::models::TrustOAuth2JwtGrantIssuer {}
impl Validate for crate::models::TrustOAuth2JwtGrantIssuer {}
impl Checked for crate::models::TrustedOAuth2JwtGrantIssuer {}
impl Validate for crate::models::TrustedOAuth2JwtGrantIssuer {}
impl Checked for crate::models::TrustedOAuth2JwtGrantJsonWebKey {}
impl Validate for crate::models::TrustedOAuth2JwtGrantJsonWebKey {}
impl Checked for crate::models::VerifiableCredentialPrimingResponse {}
impl Validate for crate::models::VerifiableCredentialPrimingResponse {}
impl Checked for crate::models::VerifiableCredentialResponse {}
impl Validate for crate::models::VerifiableCredentialResponse {}
impl Checked for crate::models::Version {}
impl Validate for crate::models::Version {}
impl Checked for crate::models::OAuth2ConsentSessionExpiresAt {}
impl Validate for crate::models::OAuth2ConsentSessionExpiresAt {}
impl Checked for crate::models::IntrospectOAuth2TokenBody {}
impl Validate for crate::models::IntrospectOAuth2TokenBody {}
impl Checked for crate::models::IsReadyResponse {}
impl Validate for crate::models::IsReadyResponse {}
impl Checked for crate::models::IsReadyResponse503 {}
impl Validate for crate::models::IsReadyResponse503 {}
impl Checked for crate::models::RevokeOAuth2TokenBody {}
impl Validate for crate::models::RevokeOAuth2TokenBody {}
impl Checked for crate::models::Oauth2TokenExchangeBody {}
impl Validate for crate::models::Oauth2TokenExchangeBody {}
impl Checked for crate::models::GetVersionResponse {}
impl Validate for crate::models::GetVersionResponse {}
