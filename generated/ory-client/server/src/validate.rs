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
impl Checked for uuid::Uuid {}
impl Validate for uuid::Uuid {}
impl Checked for crate::models::GenericUsage {}
impl Validate for crate::models::GenericUsage {}
impl Checked for crate::models::KetoNamespace {}
impl Validate for crate::models::KetoNamespace {}
impl Checked for crate::models::ParseError {}
impl Validate for crate::models::ParseError {}
impl Checked for crate::models::Plan {}
impl Validate for crate::models::Plan {}
impl Checked for crate::models::PlanDetails {}
impl Validate for crate::models::PlanDetails {}
impl Checked for crate::models::SourcePosition {}
impl Validate for crate::models::SourcePosition {}
impl Checked for crate::models::Usage {}
impl Validate for crate::models::Usage {}
impl Checked for crate::models::Warning {}
impl Validate for crate::models::Warning {}
impl Checked for crate::models::AcceptOAuth2ConsentRequest {}
impl Validate for crate::models::AcceptOAuth2ConsentRequest {}
impl Checked for crate::models::AcceptOAuth2ConsentRequestSession {}
impl Validate for crate::models::AcceptOAuth2ConsentRequestSession {}
impl Checked for crate::models::AcceptOAuth2LoginRequest {}
impl Validate for crate::models::AcceptOAuth2LoginRequest {}
impl Checked for crate::models::ActiveProjectInConsole {}
impl Validate for crate::models::ActiveProjectInConsole {}
impl Checked for crate::models::AuthenticatorAssuranceLevel {}
impl Validate for crate::models::AuthenticatorAssuranceLevel {}
impl Checked for crate::models::BatchPatchIdentitiesResponse {}
impl Validate for crate::models::BatchPatchIdentitiesResponse {}
impl Checked for crate::models::CheckOplSyntaxResult {}
impl Validate for crate::models::CheckOplSyntaxResult {}
impl Checked for crate::models::CheckPermissionResult {}
impl Validate for crate::models::CheckPermissionResult {}
impl Checked for crate::models::CloudAccount {}
impl Validate for crate::models::CloudAccount {}
impl Checked for crate::models::ContinueWith {}
impl Validate for crate::models::ContinueWith {}
impl Checked for crate::models::ContinueWithSetOrySessionToken {}
impl Validate for crate::models::ContinueWithSetOrySessionToken {}
impl Checked for crate::models::ContinueWithVerificationUi {}
impl Validate for crate::models::ContinueWithVerificationUi {}
impl Checked for crate::models::ContinueWithVerificationUiFlow {}
impl Validate for crate::models::ContinueWithVerificationUiFlow {}
impl Checked for crate::models::CourierMessageStatus {}
impl Validate for crate::models::CourierMessageStatus {}
impl Checked for crate::models::CourierMessageType {}
impl Validate for crate::models::CourierMessageType {}
impl Checked for crate::models::CreateCustomDomainBody {}
impl Validate for crate::models::CreateCustomDomainBody {}
impl Checked for crate::models::CreateIdentityBody {}
impl Validate for crate::models::CreateIdentityBody {}
impl Checked for crate::models::CreateJsonWebKeySet {}
impl Validate for crate::models::CreateJsonWebKeySet {}
impl Checked for crate::models::CreateProjectBody {}
impl Validate for crate::models::CreateProjectBody {}
impl Checked for crate::models::CreateProjectBranding {}
impl Validate for crate::models::CreateProjectBranding {}
impl Checked for crate::models::CreateProjectInvite {}
impl Validate for crate::models::CreateProjectInvite {}
impl Checked for crate::models::CreateProjectInvitesResponse {}
impl Validate for crate::models::CreateProjectInvitesResponse {}
impl Checked for crate::models::CreateRecoveryCodeForIdentityBody {}
impl Validate for crate::models::CreateRecoveryCodeForIdentityBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/expires_in");
        Checked::check(
            &self.expires_in,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h))*$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.expires_in.validate(&here, out);
    }
}
impl Checked for crate::models::CreateRecoveryLinkForIdentityBody {}
impl Validate for crate::models::CreateRecoveryLinkForIdentityBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/expires_in");
        Checked::check(
            &self.expires_in,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.expires_in.validate(&here, out);
    }
}
impl Checked for crate::models::CreateRelationshipBody {}
impl Validate for crate::models::CreateRelationshipBody {}
impl Checked for crate::models::CreateSubscriptionBody {}
impl Validate for crate::models::CreateSubscriptionBody {}
impl Checked for crate::models::CustomDomain {}
impl Validate for crate::models::CustomDomain {}
impl Checked for crate::models::DeleteMySessionsCount {}
impl Validate for crate::models::DeleteMySessionsCount {}
impl Checked for crate::models::ErrorAuthenticatorAssuranceLevelNotSatisfied {}
impl Validate for crate::models::ErrorAuthenticatorAssuranceLevelNotSatisfied {}
impl Checked for crate::models::ErrorBrowserLocationChangeRequired {}
impl Validate for crate::models::ErrorBrowserLocationChangeRequired {}
impl Checked for crate::models::ErrorFlowReplaced {}
impl Validate for crate::models::ErrorFlowReplaced {}
impl Checked for crate::models::ErrorGeneric {}
impl Validate for crate::models::ErrorGeneric {}
impl Checked for crate::models::ErrorOAuth2 {}
impl Validate for crate::models::ErrorOAuth2 {}
impl Checked for crate::models::ExpandedPermissionTree {}
impl Validate for crate::models::ExpandedPermissionTree {}
impl Checked for crate::models::FlowError {}
impl Validate for crate::models::FlowError {}
impl Checked for crate::models::GenericError {}
impl Validate for crate::models::GenericError {}
impl Checked for crate::models::GenericErrorContent {}
impl Validate for crate::models::GenericErrorContent {}
impl Checked for crate::models::GetManagedIdentitySchemaLocation {}
impl Validate for crate::models::GetManagedIdentitySchemaLocation {}
impl Checked for crate::models::GetProjectMetricsResponse {}
impl Validate for crate::models::GetProjectMetricsResponse {}
impl Checked for crate::models::HealthNotReadyStatus {}
impl Validate for crate::models::HealthNotReadyStatus {}
impl Checked for crate::models::HealthStatus {}
impl Validate for crate::models::HealthStatus {}
impl Checked for crate::models::Identity {}
impl Validate for crate::models::Identity {}
impl Checked for crate::models::IdentityCredentials {}
impl Validate for crate::models::IdentityCredentials {}
impl Checked for crate::models::IdentityCredentialsOidc {}
impl Validate for crate::models::IdentityCredentialsOidc {}
impl Checked for crate::models::IdentityCredentialsOidcProvider {}
impl Validate for crate::models::IdentityCredentialsOidcProvider {}
impl Checked for crate::models::IdentityCredentialsPassword {}
impl Validate for crate::models::IdentityCredentialsPassword {}
impl Checked for crate::models::IdentityCredentialsType {}
impl Validate for crate::models::IdentityCredentialsType {}
impl Checked for crate::models::IdentityPatch {}
impl Validate for crate::models::IdentityPatch {}
impl Checked for crate::models::IdentityPatchResponse {}
impl Validate for crate::models::IdentityPatchResponse {}
impl Checked for crate::models::IdentitySchemaContainer {}
impl Validate for crate::models::IdentitySchemaContainer {}
impl Checked for crate::models::IdentitySchemaPreset {}
impl Validate for crate::models::IdentitySchemaPreset {}
impl Checked for crate::models::IdentityState {}
impl Validate for crate::models::IdentityState {}
impl Checked for crate::models::IdentityWithCredentials {}
impl Validate for crate::models::IdentityWithCredentials {}
impl Checked for crate::models::IdentityWithCredentialsOidc {}
impl Validate for crate::models::IdentityWithCredentialsOidc {}
impl Checked for crate::models::IdentityWithCredentialsOidcConfig {}
impl Validate for crate::models::IdentityWithCredentialsOidcConfig {}
impl Checked for crate::models::IdentityWithCredentialsOidcConfigProvider {}
impl Validate for crate::models::IdentityWithCredentialsOidcConfigProvider {}
impl Checked for crate::models::IdentityWithCredentialsPassword {}
impl Validate for crate::models::IdentityWithCredentialsPassword {}
impl Checked for crate::models::IdentityWithCredentialsPasswordConfig {}
impl Validate for crate::models::IdentityWithCredentialsPasswordConfig {}
impl Checked for crate::models::InternalGetProjectBrandingBody {}
impl Validate for crate::models::InternalGetProjectBrandingBody {}
impl Checked for crate::models::InternalIsOwnerForProjectBySlugBody {}
impl Validate for crate::models::InternalIsOwnerForProjectBySlugBody {}
impl Checked for crate::models::InternalIsOwnerForProjectBySlugResponse {}
impl Validate for crate::models::InternalIsOwnerForProjectBySlugResponse {}
impl Checked for crate::models::InternalProvisionMockSubscription {}
impl Validate for crate::models::InternalProvisionMockSubscription {}
impl Checked for crate::models::IntrospectedOAuth2Token {}
impl Validate for crate::models::IntrospectedOAuth2Token {}
impl Checked for crate::models::IsOwnerForProjectBySlug {}
impl Validate for crate::models::IsOwnerForProjectBySlug {}
impl Checked for crate::models::JsonPatch {}
impl Validate for crate::models::JsonPatch {}
impl Checked for crate::models::JsonWebKey {}
impl Validate for crate::models::JsonWebKey {}
impl Checked for crate::models::JsonWebKeySet {}
impl Validate for crate::models::JsonWebKeySet {}
impl Checked for crate::models::LoginFlow {}
impl Validate for crate::models::LoginFlow {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/oauth2_login_request");
        self.oauth2_login_request.validate(&here, out);
    }
}
impl Checked for crate::models::LogoutFlow {}
impl Validate for crate::models::LogoutFlow {}
impl Checked for crate::models::ManagedIdentitySchema {}
impl Validate for crate::models::ManagedIdentitySchema {}
impl Checked for crate::models::ManagedIdentitySchemaValidationResult {}
impl Validate for crate::models::ManagedIdentitySchemaValidationResult {}
impl Checked for crate::models::Message {}
impl Validate for crate::models::Message {}
impl Checked for crate::models::MessageDispatch {}
impl Validate for crate::models::MessageDispatch {}
impl Checked for crate::models::MetricsDatapoint {}
impl Validate for crate::models::MetricsDatapoint {}
impl Checked for crate::models::Namespace {}
impl Validate for crate::models::Namespace {}
impl Checked for crate::models::NeedsPrivilegedSessionError {}
impl Validate for crate::models::NeedsPrivilegedSessionError {}
impl Checked for crate::models::NormalizedProject {}
impl Validate for crate::models::NormalizedProject {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/current_revision");
        self.current_revision.validate(&here, out);
    }
}
impl Checked for crate::models::NormalizedProjectRevision {}
impl Validate for crate::models::NormalizedProjectRevision {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/hydra_oauth2_grant_jwt_max_ttl");
        Checked::check(
            &self.hydra_oauth2_grant_jwt_max_ttl,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_oauth2_grant_jwt_max_ttl.validate(&here, out);
        let here = format!("{at}/hydra_ttl_access_token");
        Checked::check(
            &self.hydra_ttl_access_token,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_ttl_access_token.validate(&here, out);
        let here = format!("{at}/hydra_ttl_auth_code");
        Checked::check(
            &self.hydra_ttl_auth_code,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_ttl_auth_code.validate(&here, out);
        let here = format!("{at}/hydra_ttl_id_token");
        Checked::check(
            &self.hydra_ttl_id_token,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_ttl_id_token.validate(&here, out);
        let here = format!("{at}/hydra_ttl_login_consent_request");
        Checked::check(
            &self.hydra_ttl_login_consent_request,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_ttl_login_consent_request.validate(&here, out);
        let here = format!("{at}/hydra_ttl_refresh_token");
        Checked::check(
            &self.hydra_ttl_refresh_token,
            &crate::runtime::Rules {
                pattern: Some("^([0-9]+(ns|us|ms|s|m|h)|-1)$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hydra_ttl_refresh_token.validate(&here, out);
    }
}
impl Checked for crate::models::NormalizedProjectRevisionHook {}
impl Validate for crate::models::NormalizedProjectRevisionHook {}
impl Checked for crate::models::NormalizedProjectRevisionIdentitySchema {}
impl Validate for crate::models::NormalizedProjectRevisionIdentitySchema {}
impl Checked for crate::models::NormalizedProjectRevisionThirdPartyProvider {}
impl Validate for crate::models::NormalizedProjectRevisionThirdPartyProvider {}
impl Checked for crate::models::OAuth2Client {}
impl Validate for crate::models::OAuth2Client {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/authorization_code_grant_access_token_lifespan");
        Checked::check(
            &self.authorization_code_grant_access_token_lifespan,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
                pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
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
        let here = format!("{at}/page");
        Checked::check(
            &self.page,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.page.validate(&here, out);
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
        let here = format!("{at}/per_page");
        Checked::check(
            &self.per_page,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.per_page.validate(&here, out);
    }
}
impl Checked for crate::models::PaginationHeaders {}
impl Validate for crate::models::PaginationHeaders {}
impl Checked for crate::models::PatchIdentitiesBody {}
impl Validate for crate::models::PatchIdentitiesBody {}
impl Checked for crate::models::PerformNativeLogoutBody {}
impl Validate for crate::models::PerformNativeLogoutBody {}
impl Checked for crate::models::PostCheckPermissionBody {}
impl Validate for crate::models::PostCheckPermissionBody {}
impl Checked for crate::models::PostCheckPermissionOrErrorBody {}
impl Validate for crate::models::PostCheckPermissionOrErrorBody {}
impl Checked for crate::models::Project {}
impl Validate for crate::models::Project {}
impl Checked for crate::models::ProjectApiKey {}
impl Validate for crate::models::ProjectApiKey {}
impl Checked for crate::models::ProjectBranding {}
impl Validate for crate::models::ProjectBranding {}
impl Checked for crate::models::ProjectBrandingColors {}
impl Validate for crate::models::ProjectBrandingColors {}
impl Checked for crate::models::ProjectBrandingTheme {}
impl Validate for crate::models::ProjectBrandingTheme {}
impl Checked for crate::models::ProjectHost {}
impl Validate for crate::models::ProjectHost {}
impl Checked for crate::models::ProjectInvite {}
impl Validate for crate::models::ProjectInvite {}
impl Checked for crate::models::ProjectMetadata {}
impl Validate for crate::models::ProjectMetadata {}
impl Checked for crate::models::ProjectServiceIdentity {}
impl Validate for crate::models::ProjectServiceIdentity {}
impl Checked for crate::models::ProjectServiceOAuth2 {}
impl Validate for crate::models::ProjectServiceOAuth2 {}
impl Checked for crate::models::ProjectServicePermission {}
impl Validate for crate::models::ProjectServicePermission {}
impl Checked for crate::models::ProjectServices {}
impl Validate for crate::models::ProjectServices {}
impl Checked for crate::models::QuotaUsage {}
impl Validate for crate::models::QuotaUsage {}
impl Checked for crate::models::RecoveryCodeForIdentity {}
impl Validate for crate::models::RecoveryCodeForIdentity {}
impl Checked for crate::models::RecoveryFlow {}
impl Validate for crate::models::RecoveryFlow {}
impl Checked for crate::models::RecoveryFlowState {}
impl Validate for crate::models::RecoveryFlowState {}
impl Checked for crate::models::RecoveryIdentityAddress {}
impl Validate for crate::models::RecoveryIdentityAddress {}
impl Checked for crate::models::RecoveryLinkForIdentity {}
impl Validate for crate::models::RecoveryLinkForIdentity {}
impl Checked for crate::models::RegistrationFlow {}
impl Validate for crate::models::RegistrationFlow {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/oauth2_login_request");
        self.oauth2_login_request.validate(&here, out);
    }
}
impl Checked for crate::models::RejectOAuth2Request {}
impl Validate for crate::models::RejectOAuth2Request {}
impl Checked for crate::models::RelationQuery {}
impl Validate for crate::models::RelationQuery {}
impl Checked for crate::models::Relationship {}
impl Validate for crate::models::Relationship {}
impl Checked for crate::models::RelationshipNamespaces {}
impl Validate for crate::models::RelationshipNamespaces {}
impl Checked for crate::models::RelationshipPatch {}
impl Validate for crate::models::RelationshipPatch {}
impl Checked for crate::models::Relationships {}
impl Validate for crate::models::Relationships {}
impl Checked for crate::models::SchemaPatch {}
impl Validate for crate::models::SchemaPatch {}
impl Checked for crate::models::SelfServiceFlowExpiredError {}
impl Validate for crate::models::SelfServiceFlowExpiredError {}
impl Checked for crate::models::Session {}
impl Validate for crate::models::Session {}
impl Checked for crate::models::SessionAuthenticationMethod {}
impl Validate for crate::models::SessionAuthenticationMethod {}
impl Checked for crate::models::SessionDevice {}
impl Validate for crate::models::SessionDevice {}
impl Checked for crate::models::SetActiveProjectInConsoleBody {}
impl Validate for crate::models::SetActiveProjectInConsoleBody {}
impl Checked for crate::models::SetCustomDomainBody {}
impl Validate for crate::models::SetCustomDomainBody {}
impl Checked for crate::models::SetProject {}
impl Validate for crate::models::SetProject {}
impl Checked for crate::models::SetProjectBrandingThemeBody {}
impl Validate for crate::models::SetProjectBrandingThemeBody {}
impl Checked for crate::models::SettingsFlow {}
impl Validate for crate::models::SettingsFlow {}
impl Checked for crate::models::SettingsFlowState {}
impl Validate for crate::models::SettingsFlowState {}
impl Checked for crate::models::StripeCustomer {}
impl Validate for crate::models::StripeCustomer {}
impl Checked for crate::models::SubjectSet {}
impl Validate for crate::models::SubjectSet {}
impl Checked for crate::models::Subscription {}
impl Validate for crate::models::Subscription {}
impl Checked for crate::models::SuccessfulCodeExchangeResponse {}
impl Validate for crate::models::SuccessfulCodeExchangeResponse {}
impl Checked for crate::models::SuccessfulNativeLogin {}
impl Validate for crate::models::SuccessfulNativeLogin {}
impl Checked for crate::models::SuccessfulNativeRegistration {}
impl Validate for crate::models::SuccessfulNativeRegistration {}
impl Checked for crate::models::SuccessfulProjectUpdate {}
impl Validate for crate::models::SuccessfulProjectUpdate {}
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
impl Checked for crate::models::UiContainer {}
impl Validate for crate::models::UiContainer {}
impl Checked for crate::models::UiNode {}
impl Validate for crate::models::UiNode {}
impl Checked for crate::models::UiNodeAnchorAttributes {}
impl Validate for crate::models::UiNodeAnchorAttributes {}
impl Checked for crate::models::UiNodeAttributes {}
impl Validate for crate::models::UiNodeAttributes {}
impl Checked for crate::models::UiNodeImageAttributes {}
impl Validate for crate::models::UiNodeImageAttributes {}
impl Checked for crate::models::UiNodeInputAttributes {}
impl Validate for crate::models::UiNodeInputAttributes {}
impl Checked for crate::models::UiNodeMeta {}
impl Validate for crate::models::UiNodeMeta {}
impl Checked for crate::models::UiNodeScriptAttributes {}
impl Validate for crate::models::UiNodeScriptAttributes {}
impl Checked for crate::models::UiNodeTextAttributes {}
impl Validate for crate::models::UiNodeTextAttributes {}
impl Checked for crate::models::UiText {}
impl Validate for crate::models::UiText {}
impl Checked for crate::models::UpdateIdentityBody {}
impl Validate for crate::models::UpdateIdentityBody {}
impl Checked for crate::models::UpdateLoginFlowBody {}
impl Validate for crate::models::UpdateLoginFlowBody {}
impl Checked for crate::models::UpdateLoginFlowWithLookupSecretMethod {}
impl Validate for crate::models::UpdateLoginFlowWithLookupSecretMethod {}
impl Checked for crate::models::UpdateLoginFlowWithOidcMethod {}
impl Validate for crate::models::UpdateLoginFlowWithOidcMethod {}
impl Checked for crate::models::UpdateLoginFlowWithPasswordMethod {}
impl Validate for crate::models::UpdateLoginFlowWithPasswordMethod {}
impl Checked for crate::models::UpdateLoginFlowWithTotpMethod {}
impl Validate for crate::models::UpdateLoginFlowWithTotpMethod {}
impl Checked for crate::models::UpdateLoginFlowWithWebAuthnMethod {}
impl Validate for crate::models::UpdateLoginFlowWithWebAuthnMethod {}
impl Checked for crate::models::UpdateRecoveryFlowBody {}
impl Validate for crate::models::UpdateRecoveryFlowBody {}
impl Checked for crate::models::UpdateRecoveryFlowWithCodeMethod {}
impl Validate for crate::models::UpdateRecoveryFlowWithCodeMethod {}
impl Checked for crate::models::UpdateRecoveryFlowWithLinkMethod {}
impl Validate for crate::models::UpdateRecoveryFlowWithLinkMethod {}
impl Checked for crate::models::UpdateRegistrationFlowBody {}
impl Validate for crate::models::UpdateRegistrationFlowBody {}
impl Checked for crate::models::UpdateRegistrationFlowWithOidcMethod {}
impl Validate for crate::models::UpdateRegistrationFlowWithOidcMethod {}
impl Checked for crate::models::UpdateRegistrationFlowWithPasswordMethod {}
impl Validate for crate::models::UpdateRegistrationFlowWithPasswordMethod {}
impl Checked for crate::models::UpdateRegistrationFlowWithWebAuthnMethod {}
impl Validate for crate::models::UpdateRegistrationFlowWithWebAuthnMethod {}
impl Checked for crate::models::UpdateSettingsFlowBody {}
impl Validate for crate::models::UpdateSettingsFlowBody {}
impl Checked for crate::models::UpdateSettingsFlowWithLookupMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithLookupMethod {}
impl Checked for crate::models::UpdateSettingsFlowWithOidcMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithOidcMethod {}
impl Checked for crate::models::UpdateSettingsFlowWithPasswordMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithPasswordMethod {}
impl Checked for crate::models::UpdateSettingsFlowWithProfileMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithProfileMethod {}
impl Checked for crate::models::UpdateSettingsFlowWithTotpMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithTotpMethod {}
impl Checked for crate::models::UpdateSettingsFlowWithWebAuthnMethod {}
impl Validate for crate::models::UpdateSettingsFlowWithWebAuthnMethod {}
impl Checked for crate::models::UpdateSubscriptionBody {}
impl Validate for crate::models::UpdateSubscriptionBody {}
impl Checked for crate::models::UpdateVerificationFlowBody {}
impl Validate for crate::models::UpdateVerificationFlowBody {}
impl Checked for crate::models::UpdateVerificationFlowWithCodeMethod {}
impl Validate for crate::models::UpdateVerificationFlowWithCodeMethod {}
impl Checked for crate::models::UpdateVerificationFlowWithLinkMethod {}
impl Validate for crate::models::UpdateVerificationFlowWithLinkMethod {}
impl Checked for crate::models::VerifiableIdentityAddress {}
impl Validate for crate::models::VerifiableIdentityAddress {}
impl Checked for crate::models::VerificationFlow {}
impl Validate for crate::models::VerificationFlow {}
impl Checked for crate::models::VerificationFlowState {}
impl Validate for crate::models::VerificationFlowState {}
impl Checked for crate::models::Version {}
impl Validate for crate::models::Version {}
impl Checked for crate::models::ContinueWithSetOrySessionTokenAction {}
impl Validate for crate::models::ContinueWithSetOrySessionTokenAction {}
impl Checked for crate::models::ContinueWithVerificationUiAction {}
impl Validate for crate::models::ContinueWithVerificationUiAction {}
impl Checked for crate::models::CreateSubscriptionBodyCurrency {}
impl Validate for crate::models::CreateSubscriptionBodyCurrency {}
impl Checked for crate::models::CreateSubscriptionBodyInterval {}
impl Validate for crate::models::CreateSubscriptionBodyInterval {}
impl Checked for crate::models::CustomDomainSslStatus {}
impl Validate for crate::models::CustomDomainSslStatus {}
impl Checked for crate::models::ExpandedPermissionTreeType {}
impl Validate for crate::models::ExpandedPermissionTreeType {}
impl Checked for crate::models::IdentityPatchResponseAction {}
impl Validate for crate::models::IdentityPatchResponseAction {}
impl Checked for crate::models::InternalIsOwnerForProjectBySlugBodyNamespace {}
impl Validate for crate::models::InternalIsOwnerForProjectBySlugBodyNamespace {}
impl Checked for crate::models::InternalProvisionMockSubscriptionCurrency {}
impl Validate for crate::models::InternalProvisionMockSubscriptionCurrency {}
impl Checked for crate::models::InternalProvisionMockSubscriptionInterval {}
impl Validate for crate::models::InternalProvisionMockSubscriptionInterval {}
impl Checked for crate::models::JsonPatchOp {}
impl Validate for crate::models::JsonPatchOp {}
impl Checked for crate::models::MessageTemplateType {}
impl Validate for crate::models::MessageTemplateType {}
impl Checked for crate::models::MessageDispatchStatus {}
impl Validate for crate::models::MessageDispatchStatus {}
impl Checked for crate::models::NormalizedProjectState {}
impl Validate for crate::models::NormalizedProjectState {}
impl Checked for crate::models::NormalizedProjectRevisionHydraStrategiesAccessToken {}
impl Validate for crate::models::NormalizedProjectRevisionHydraStrategiesAccessToken {}
impl Checked for crate::models::NormalizedProjectRevisionHydraStrategiesScope {}
impl Validate for crate::models::NormalizedProjectRevisionHydraStrategiesScope {}
impl Checked
for crate::models::NormalizedProjectRevisionKratosSelfserviceFlowsRecoveryUse {}
impl Validate
for crate::models::NormalizedProjectRevisionKratosSelfserviceFlowsRecoveryUse {}
impl Checked
for crate::models::NormalizedProjectRevisionKratosSelfserviceFlowsVerificationUse {}
impl Validate
for crate::models::NormalizedProjectRevisionKratosSelfserviceFlowsVerificationUse {}
impl Checked for crate::models::NormalizedProjectRevisionThirdPartyProviderState {}
impl Validate for crate::models::NormalizedProjectRevisionThirdPartyProviderState {}
impl Checked for crate::models::OAuth2ConsentSessionExpiresAt {}
impl Validate for crate::models::OAuth2ConsentSessionExpiresAt {}
impl Checked for crate::models::ProjectInviteStatus {}
impl Validate for crate::models::ProjectInviteStatus {}
impl Checked for crate::models::QuotaUsageFeature {}
impl Validate for crate::models::QuotaUsageFeature {}
impl Checked for crate::models::RelationshipPatchAction {}
impl Validate for crate::models::RelationshipPatchAction {}
impl Checked for crate::models::SessionAuthenticationMethodMethod {}
impl Validate for crate::models::SessionAuthenticationMethodMethod {}
impl Checked for crate::models::SubscriptionCurrency {}
impl Validate for crate::models::SubscriptionCurrency {}
impl Checked for crate::models::SubscriptionCurrentInterval {}
impl Validate for crate::models::SubscriptionCurrentInterval {}
impl Checked for crate::models::UiNodeGroup {}
impl Validate for crate::models::UiNodeGroup {}
impl Checked for crate::models::UiNodeType {}
impl Validate for crate::models::UiNodeType {}
impl Checked for crate::models::UiNodeInputAttributesAutocomplete {}
impl Validate for crate::models::UiNodeInputAttributesAutocomplete {}
impl Checked for crate::models::UiNodeInputAttributesType {}
impl Validate for crate::models::UiNodeInputAttributesType {}
impl Checked for crate::models::UiTextType {}
impl Validate for crate::models::UiTextType {}
impl Checked for crate::models::UpdateRecoveryFlowWithCodeMethodMethod {}
impl Validate for crate::models::UpdateRecoveryFlowWithCodeMethodMethod {}
impl Checked for crate::models::UpdateRecoveryFlowWithLinkMethodMethod {}
impl Validate for crate::models::UpdateRecoveryFlowWithLinkMethodMethod {}
impl Checked for crate::models::UpdateVerificationFlowWithCodeMethodMethod {}
impl Validate for crate::models::UpdateVerificationFlowWithCodeMethodMethod {}
impl Checked for crate::models::UpdateVerificationFlowWithLinkMethodMethod {}
impl Validate for crate::models::UpdateVerificationFlowWithLinkMethodMethod {}
impl Checked for crate::models::GetIdentityIncludeCredentialItem {}
impl Validate for crate::models::GetIdentityIncludeCredentialItem {}
impl Checked for crate::models::DeleteIdentityCredentialsType {}
impl Validate for crate::models::DeleteIdentityCredentialsType {}
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
impl Checked for crate::models::CreateProjectApiKeyBody {}
impl Validate for crate::models::CreateProjectApiKeyBody {}
impl Checked for crate::models::GetVersionResponse {}
impl Validate for crate::models::GetVersionResponse {}
