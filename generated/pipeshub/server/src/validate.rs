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
impl Checked for crate::models::AuthMethod {}
impl Validate for crate::models::AuthMethod {}
impl Checked for crate::models::AuthStep {}
impl Validate for crate::models::AuthStep {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/order");
        Checked::check(
            &self.order,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(3.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.order.validate(&here, out);
        let here = format!("{at}/allowedMethods");
        Checked::check(
            &self.allowed_methods,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.allowed_methods.validate(&here, out);
    }
}
impl Checked for crate::models::AuthConfig {}
impl Validate for crate::models::AuthConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/authMethods");
        Checked::check(
            &self.auth_methods,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(3),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.auth_methods.validate(&here, out);
    }
}
impl Checked for crate::models::InitAuthRequest {}
impl Validate for crate::models::InitAuthRequest {}
impl Checked for crate::models::InitAuthResponse {}
impl Validate for crate::models::InitAuthResponse {}
impl Checked for crate::models::AuthProviders {}
impl Validate for crate::models::AuthProviders {}
impl Checked for crate::models::AuthenticateRequest {}
impl Validate for crate::models::AuthenticateRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/credentials");
        self.credentials.validate(&here, out);
    }
}
impl Checked for crate::models::PasswordCredentials {}
impl Validate for crate::models::PasswordCredentials {}
impl Checked for crate::models::OtpCredentials {}
impl Validate for crate::models::OtpCredentials {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/otp");
        Checked::check(
            &self.otp,
            &crate::runtime::Rules {
                pattern: Some("^\\d{6}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.otp.validate(&here, out);
    }
}
impl Checked for crate::models::OAuthCredentials {}
impl Validate for crate::models::OAuthCredentials {}
impl Checked for crate::models::AuthenticateResponse {}
impl Validate for crate::models::AuthenticateResponse {}
impl Checked for crate::models::OtpGenerateRequest {}
impl Validate for crate::models::OtpGenerateRequest {}
impl Checked for crate::models::PasswordResetRequest {}
impl Validate for crate::models::PasswordResetRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/newPassword");
        Checked::check(
            &self.new_password,
            &crate::runtime::Rules {
                min_length: Some(8),
                pattern: Some(
                    "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[#?!@$%^&*-]).{8,}$",
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.new_password.validate(&here, out);
    }
}
impl Checked for crate::models::PasswordResetResponse {}
impl Validate for crate::models::PasswordResetResponse {}
impl Checked for crate::models::ForgotPasswordRequest {}
impl Validate for crate::models::ForgotPasswordRequest {}
impl Checked for crate::models::TokenPasswordResetRequest {}
impl Validate for crate::models::TokenPasswordResetRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/password");
        Checked::check(
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.password.validate(&here, out);
    }
}
impl Checked for crate::models::RefreshTokenResponse {}
impl Validate for crate::models::RefreshTokenResponse {}
impl Checked for crate::models::UserBasic {}
impl Validate for crate::models::UserBasic {}
impl Checked for crate::models::OAuthExchangeRequest {}
impl Validate for crate::models::OAuthExchangeRequest {}
impl Checked for crate::models::OAuthExchangeResponse {}
impl Validate for crate::models::OAuthExchangeResponse {}
impl Checked for crate::models::OrgAuthConfigCreateRequest {}
impl Validate for crate::models::OrgAuthConfigCreateRequest {}
impl Checked for crate::models::AuthError {}
impl Validate for crate::models::AuthError {}
impl Checked for crate::models::OAuthConsentRequest {}
impl Validate for crate::models::OAuthConsentRequest {}
impl Checked for crate::models::OAuthTokenRequest {}
impl Validate for crate::models::OAuthTokenRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/code_verifier");
        Checked::check(
            &self.code_verifier,
            &crate::runtime::Rules {
                pattern: Some("^[A-Za-z0-9\\-._~]{43,128}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.code_verifier.validate(&here, out);
    }
}
impl Checked for crate::models::OAuthTokenResponse {}
impl Validate for crate::models::OAuthTokenResponse {}
impl Checked for crate::models::OAuthRevokeRequest {}
impl Validate for crate::models::OAuthRevokeRequest {}
impl Checked for crate::models::OAuthIntrospectRequest {}
impl Validate for crate::models::OAuthIntrospectRequest {}
impl Checked for crate::models::OAuthIntrospectResponse {}
impl Validate for crate::models::OAuthIntrospectResponse {}
impl Checked for crate::models::OAuthErrorResponse {}
impl Validate for crate::models::OAuthErrorResponse {}
impl Checked for crate::models::OAuthUserInfoResponse {}
impl Validate for crate::models::OAuthUserInfoResponse {}
impl Checked for crate::models::CreateOAuthAppRequest {}
impl Validate for crate::models::CreateOAuthAppRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/description");
        Checked::check(
            &self.description,
            &crate::runtime::Rules {
                max_length: Some(500),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.description.validate(&here, out);
        let here = format!("{at}/redirectUris");
        Checked::check(
            &self.redirect_uris,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(10),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.redirect_uris.validate(&here, out);
        let here = format!("{at}/allowedScopes");
        Checked::check(
            &self.allowed_scopes,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.allowed_scopes.validate(&here, out);
        let here = format!("{at}/accessTokenLifetime");
        Checked::check(
            &self.access_token_lifetime,
            &crate::runtime::Rules {
                minimum: Some(300.0),
                maximum: Some(86400.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.access_token_lifetime.validate(&here, out);
        let here = format!("{at}/refreshTokenLifetime");
        Checked::check(
            &self.refresh_token_lifetime,
            &crate::runtime::Rules {
                minimum: Some(3600.0),
                maximum: Some(31536000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_lifetime.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateOAuthAppRequest {}
impl Validate for crate::models::UpdateOAuthAppRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/description");
        Checked::check(
            &self.description,
            &crate::runtime::Rules {
                max_length: Some(500),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.description.validate(&here, out);
        let here = format!("{at}/redirectUris");
        Checked::check(
            &self.redirect_uris,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(10),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.redirect_uris.validate(&here, out);
        let here = format!("{at}/allowedScopes");
        Checked::check(
            &self.allowed_scopes,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.allowed_scopes.validate(&here, out);
        let here = format!("{at}/accessTokenLifetime");
        Checked::check(
            &self.access_token_lifetime,
            &crate::runtime::Rules {
                minimum: Some(300.0),
                maximum: Some(86400.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.access_token_lifetime.validate(&here, out);
        let here = format!("{at}/refreshTokenLifetime");
        Checked::check(
            &self.refresh_token_lifetime,
            &crate::runtime::Rules {
                minimum: Some(3600.0),
                maximum: Some(31536000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token_lifetime.validate(&here, out);
    }
}
impl Checked for crate::models::OAuthAppResponse {}
impl Validate for crate::models::OAuthAppResponse {}
impl Checked for crate::models::OAuthAppWithSecret {}
impl Validate for crate::models::OAuthAppWithSecret {}
impl Checked for crate::models::OAuthAppListResponse {}
impl Validate for crate::models::OAuthAppListResponse {}
impl Checked for crate::models::OAuthScopeInfo {}
impl Validate for crate::models::OAuthScopeInfo {}
impl Checked for crate::models::OAuthTokenListItem {}
impl Validate for crate::models::OAuthTokenListItem {}
impl Checked for crate::models::User {}
impl Validate for crate::models::User {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fullName");
        Checked::check(
            &self.full_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.full_name.validate(&here, out);
        let here = format!("{at}/mobile");
        Checked::check(
            &self.mobile,
            &crate::runtime::Rules {
                pattern: Some("^\\+?[0-9]{10,15}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.mobile.validate(&here, out);
    }
}
impl Checked for crate::models::Address {}
impl Validate for crate::models::Address {}
impl Checked for crate::models::Organization {}
impl Validate for crate::models::Organization {}
impl Checked for crate::models::Team {}
impl Validate for crate::models::Team {}
impl Checked for crate::models::UserRole {}
impl Validate for crate::models::UserRole {}
impl Checked for crate::models::UserGroup {}
impl Validate for crate::models::UserGroup {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
    }
}
impl Checked for crate::models::Document {}
impl Validate for crate::models::Document {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/_id");
        Checked::check(
            &self.id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.id.validate(&here, out);
        let here = format!("{at}/orgId");
        Checked::check(
            &self.org_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.org_id.validate(&here, out);
        let here = format!("{at}/initiatorUserId");
        Checked::check(
            &self.initiator_user_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.initiator_user_id.validate(&here, out);
        let here = format!("{at}/versionHistory");
        self.version_history.validate(&here, out);
        let here = format!("{at}/deletedByUserId");
        Checked::check(
            &self.deleted_by_user_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.deleted_by_user_id.validate(&here, out);
    }
}
impl Checked for crate::models::DocumentVersion {}
impl Validate for crate::models::DocumentVersion {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/initiatedByUserId");
        Checked::check(
            &self.initiated_by_user_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.initiated_by_user_id.validate(&here, out);
    }
}
impl Checked for crate::models::KnowledgeBase {}
impl Validate for crate::models::KnowledgeBase {}
impl Checked for crate::models::Folder {}
impl Validate for crate::models::Folder {}
impl Checked for crate::models::Record {}
impl Validate for crate::models::Record {}
impl Checked for crate::models::RecordsResponse {}
impl Validate for crate::models::RecordsResponse {}
impl Checked for crate::models::UploadResult {}
impl Validate for crate::models::UploadResult {}
impl Checked for crate::models::ConnectorStats {}
impl Validate for crate::models::ConnectorStats {}
impl Checked for crate::models::KnowledgeHubNode {}
impl Validate for crate::models::KnowledgeHubNode {}
impl Checked for crate::models::AppType {}
impl Validate for crate::models::AppType {}
impl Checked for crate::models::Filters {}
impl Validate for crate::models::Filters {}
impl Checked for crate::models::CreateConversationRequest {}
impl Validate for crate::models::CreateConversationRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/query");
        Checked::check(
            &self.query,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100000),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.query.validate(&here, out);
    }
}
impl Checked for crate::models::AddMessageRequest {}
impl Validate for crate::models::AddMessageRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/query");
        Checked::check(
            &self.query,
            &crate::runtime::Rules {
                min_length: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.query.validate(&here, out);
    }
}
impl Checked for crate::models::Message {}
impl Validate for crate::models::Message {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/citations");
        self.citations.validate(&here, out);
        let here = format!("{at}/feedback");
        self.feedback.validate(&here, out);
    }
}
impl Checked for crate::models::CitationReference {}
impl Validate for crate::models::CitationReference {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/relevanceScore");
        Checked::check(
            &self.relevance_score,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.relevance_score.validate(&here, out);
    }
}
impl Checked for crate::models::FollowUpQuestion {}
impl Validate for crate::models::FollowUpQuestion {}
impl Checked for crate::models::MessageFeedback {}
impl Validate for crate::models::MessageFeedback {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/ratings");
        self.ratings.validate(&here, out);
        let here = format!("{at}/citationFeedback");
        self.citation_feedback.validate(&here, out);
    }
}
impl Checked for crate::models::Conversation {}
impl Validate for crate::models::Conversation {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/messages");
        self.messages.validate(&here, out);
    }
}
impl Checked for crate::models::ShareRequest {}
impl Validate for crate::models::ShareRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::SemanticSearchRequest {}
impl Validate for crate::models::SemanticSearchRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/query");
        Checked::check(
            &self.query,
            &crate::runtime::Rules {
                min_length: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.query.validate(&here, out);
        let here = format!("{at}/limit");
        Checked::check(
            &self.limit,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(100.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.limit.validate(&here, out);
    }
}
impl Checked for crate::models::SearchResult {}
impl Validate for crate::models::SearchResult {}
impl Checked for crate::models::SearchResultItem {}
impl Validate for crate::models::SearchResultItem {}
impl Checked for crate::models::Agent {}
impl Validate for crate::models::Agent {}
impl Checked for crate::models::AgentTemplate {}
impl Validate for crate::models::AgentTemplate {}
impl Checked for crate::models::AgentTool {}
impl Validate for crate::models::AgentTool {}
impl Checked for crate::models::AgentConversation {}
impl Validate for crate::models::AgentConversation {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/messages");
        self.messages.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorScope {}
impl Validate for crate::models::ConnectorScope {}
impl Checked for crate::models::ConnectorAuthType {}
impl Validate for crate::models::ConnectorAuthType {}
impl Checked for crate::models::ConnectorType {}
impl Validate for crate::models::ConnectorType {}
impl Checked for crate::models::ConnectorInstance {}
impl Validate for crate::models::ConnectorInstance {}
impl Checked for crate::models::ConnectorConfig {}
impl Validate for crate::models::ConnectorConfig {}
impl Checked for crate::models::ConnectorSchema {}
impl Validate for crate::models::ConnectorSchema {}
impl Checked for crate::models::ConnectorAuthConfig {}
impl Validate for crate::models::ConnectorAuthConfig {}
impl Checked for crate::models::ConnectorSyncConfig {}
impl Validate for crate::models::ConnectorSyncConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/scheduledConfig");
        self.scheduled_config.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorFiltersConfig {}
impl Validate for crate::models::ConnectorFiltersConfig {}
impl Checked for crate::models::CreateConnectorRequest {}
impl Validate for crate::models::CreateConnectorRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/instanceName");
        Checked::check(
            &self.instance_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.instance_name.validate(&here, out);
        let here = format!("{at}/config");
        self.config.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateConnectorConfigRequest {}
impl Validate for crate::models::UpdateConnectorConfigRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/sync");
        self.sync.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateConnectorAuthRequest {}
impl Validate for crate::models::UpdateConnectorAuthRequest {}
impl Checked for crate::models::UpdateConnectorFiltersSyncRequest {}
impl Validate for crate::models::UpdateConnectorFiltersSyncRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/sync");
        self.sync.validate(&here, out);
    }
}
impl Checked for crate::models::SaveConnectorFiltersRequest {}
impl Validate for crate::models::SaveConnectorFiltersRequest {}
impl Checked for crate::models::UpdateConnectorNameRequest {}
impl Validate for crate::models::UpdateConnectorNameRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/instanceName");
        Checked::check(
            &self.instance_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.instance_name.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorToggleRequest {}
impl Validate for crate::models::ConnectorToggleRequest {}
impl Checked for crate::models::FilterOptions {}
impl Validate for crate::models::FilterOptions {}
impl Checked for crate::models::OAuthConfig {}
impl Validate for crate::models::OAuthConfig {}
impl Checked for crate::models::CreateOAuthConfigRequest {}
impl Validate for crate::models::CreateOAuthConfigRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/oauthInstanceName");
        Checked::check(
            &self.oauth_instance_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.oauth_instance_name.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorPagination {}
impl Validate for crate::models::ConnectorPagination {}
impl Checked for crate::models::PlatformSettings {}
impl Validate for crate::models::PlatformSettings {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fileUploadMaxSizeBytes");
        Checked::check(
            &self.file_upload_max_size_bytes,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1073741824.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.file_upload_max_size_bytes.validate(&here, out);
    }
}
impl Checked for crate::models::ModelType {}
impl Validate for crate::models::ModelType {}
impl Checked for crate::models::AzureAdAuthConfig {}
impl Validate for crate::models::AzureAdAuthConfig {}
impl Checked for crate::models::MicrosoftAuthConfig {}
impl Validate for crate::models::MicrosoftAuthConfig {}
impl Checked for crate::models::GoogleAuthConfig {}
impl Validate for crate::models::GoogleAuthConfig {}
impl Checked for crate::models::GenericOAuthConfig {}
impl Validate for crate::models::GenericOAuthConfig {}
impl Checked for crate::models::GoogleWorkspaceCredentials {}
impl Validate for crate::models::GoogleWorkspaceCredentials {}
impl Checked for crate::models::GoogleWorkspaceOAuthConfig {}
impl Validate for crate::models::GoogleWorkspaceOAuthConfig {}
impl Checked for crate::models::AtlassianConfig {}
impl Validate for crate::models::AtlassianConfig {}
impl Checked for crate::models::OneDriveConfig {}
impl Validate for crate::models::OneDriveConfig {}
impl Checked for crate::models::SharePointConfig {}
impl Validate for crate::models::SharePointConfig {}
impl Checked for crate::models::MetricsCollectionConfig {}
impl Validate for crate::models::MetricsCollectionConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/pushIntervalMs");
        Checked::check(
            &self.push_interval_ms,
            &crate::runtime::Rules {
                minimum: Some(1000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.push_interval_ms.validate(&here, out);
    }
}
impl Checked for crate::models::FeatureFlag {}
impl Validate for crate::models::FeatureFlag {}
impl Checked for crate::models::CustomSystemPrompt {}
impl Validate for crate::models::CustomSystemPrompt {}
impl Checked for crate::models::CrawlingScheduleType {}
impl Validate for crate::models::CrawlingScheduleType {}
impl Checked for crate::models::BaseScheduleConfig {}
impl Validate for crate::models::BaseScheduleConfig {}
impl Checked for crate::models::HourlyScheduleConfig {}
impl Validate for crate::models::HourlyScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/minute");
        Checked::check(
            &self.minute,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(59.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.minute.validate(&here, out);
        let here = format!("{at}/interval");
        Checked::check(
            &self.interval,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(24.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.interval.validate(&here, out);
    }
}
impl Checked for crate::models::DailyScheduleConfig {}
impl Validate for crate::models::DailyScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/hour");
        Checked::check(
            &self.hour,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(23.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hour.validate(&here, out);
        let here = format!("{at}/minute");
        Checked::check(
            &self.minute,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(59.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.minute.validate(&here, out);
    }
}
impl Checked for crate::models::WeeklyScheduleConfig {}
impl Validate for crate::models::WeeklyScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/daysOfWeek");
        Checked::check(
            &self.days_of_week,
            &crate::runtime::Rules {
                min_items: Some(1),
                items: Some(
                    &crate::runtime::Rules {
                        minimum: Some(0.0),
                        maximum: Some(6.0),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.days_of_week.validate(&here, out);
        let here = format!("{at}/hour");
        Checked::check(
            &self.hour,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(23.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hour.validate(&here, out);
        let here = format!("{at}/minute");
        Checked::check(
            &self.minute,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(59.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.minute.validate(&here, out);
    }
}
impl Checked for crate::models::MonthlyScheduleConfig {}
impl Validate for crate::models::MonthlyScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/dayOfMonth");
        Checked::check(
            &self.day_of_month,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(31.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.day_of_month.validate(&here, out);
        let here = format!("{at}/hour");
        Checked::check(
            &self.hour,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(23.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.hour.validate(&here, out);
        let here = format!("{at}/minute");
        Checked::check(
            &self.minute,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(59.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.minute.validate(&here, out);
    }
}
impl Checked for crate::models::CustomScheduleConfig {}
impl Validate for crate::models::CustomScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/cronExpression");
        Checked::check(
            &self.cron_expression,
            &crate::runtime::Rules {
                pattern: Some("^(\\S+\\s+){4}\\S+$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.cron_expression.validate(&here, out);
    }
}
impl Checked for crate::models::OnceScheduleConfig {}
impl Validate for crate::models::OnceScheduleConfig {}
impl Checked for crate::models::ScheduleConfig {}
impl Validate for crate::models::ScheduleConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        match self {
            Self::HourlyScheduleConfig(value) => value.validate(at, out),
            Self::DailyScheduleConfig(value) => value.validate(at, out),
            Self::WeeklyScheduleConfig(value) => value.validate(at, out),
            Self::MonthlyScheduleConfig(value) => value.validate(at, out),
            Self::CustomScheduleConfig(value) => value.validate(at, out),
            Self::OnceScheduleConfig(value) => value.validate(at, out),
        }
    }
}
impl Checked for crate::models::CrawlingJobData {}
impl Validate for crate::models::CrawlingJobData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/scheduleConfig");
        self.schedule_config.validate(&here, out);
    }
}
impl Checked for crate::models::JobStatus {}
impl Validate for crate::models::JobStatus {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
        let here = format!("{at}/progress");
        self.progress.validate(&here, out);
    }
}
impl Checked for crate::models::QueueStats {}
impl Validate for crate::models::QueueStats {}
impl Checked for crate::models::MailBody {}
impl Validate for crate::models::MailBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/sendEmailTo");
        Checked::check(
            &self.send_email_to,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.send_email_to.validate(&here, out);
        let here = format!("{at}/templateData");
        self.template_data.validate(&here, out);
    }
}
impl Checked for crate::models::ResetPasswordTemplateData {}
impl Validate for crate::models::ResetPasswordTemplateData {}
impl Checked for crate::models::AccountCreationTemplateData {}
impl Validate for crate::models::AccountCreationTemplateData {}
impl Checked for crate::models::AppUserInviteTemplateData {}
impl Validate for crate::models::AppUserInviteTemplateData {}
impl Checked for crate::models::SuspiciousLoginTemplateData {}
impl Validate for crate::models::SuspiciousLoginTemplateData {}
impl Checked for crate::models::PaginationInfo {}
impl Validate for crate::models::PaginationInfo {}
impl Checked for crate::models::OpenIdConfiguration {}
impl Validate for crate::models::OpenIdConfiguration {}
impl Checked for crate::models::Jwks {}
impl Validate for crate::models::Jwks {}
impl Checked for crate::models::Jwk {}
impl Validate for crate::models::Jwk {}
impl Checked for crate::models::KbPermission {}
impl Validate for crate::models::KbPermission {}
impl Checked for crate::models::SseEvent {}
impl Validate for crate::models::SseEvent {}
impl Checked for crate::models::SmtpConfig {}
impl Validate for crate::models::SmtpConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/port");
        Checked::check(
            &self.port,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(65535.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.port.validate(&here, out);
    }
}
impl Checked for crate::models::AiModelProviderConfig {}
impl Validate for crate::models::AiModelProviderConfig {}
impl Checked for crate::models::AiModelsConfig {}
impl Validate for crate::models::AiModelsConfig {}
impl Checked for crate::models::SsoAuthConfig {}
impl Validate for crate::models::SsoAuthConfig {}
impl Checked for crate::models::UrlConfig {}
impl Validate for crate::models::UrlConfig {}
impl Checked for crate::models::AddAiModelProviderRequest {}
impl Validate for crate::models::AddAiModelProviderRequest {}
impl Checked for crate::models::UpdateAiModelProviderRequest {}
impl Validate for crate::models::UpdateAiModelProviderRequest {}
impl Checked for crate::models::AiModelProviderResponse {}
impl Validate for crate::models::AiModelProviderResponse {}
impl Checked for crate::models::LoginWithOtpTemplateData {}
impl Validate for crate::models::LoginWithOtpTemplateData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/otp");
        Checked::check(
            &self.otp,
            &crate::runtime::Rules {
                pattern: Some("^[0-9]{6}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.otp.validate(&here, out);
    }
}
impl Checked for crate::models::AuthMethodType {}
impl Validate for crate::models::AuthMethodType {}
impl Checked for crate::models::InitAuthResponseAllowedMethodsItem {}
impl Validate for crate::models::InitAuthResponseAllowedMethodsItem {}
impl Checked for crate::models::AuthProvidersGoogle {}
impl Validate for crate::models::AuthProvidersGoogle {}
impl Checked for crate::models::AuthProvidersMicrosoft {}
impl Validate for crate::models::AuthProvidersMicrosoft {}
impl Checked for crate::models::AuthProvidersAzuread {}
impl Validate for crate::models::AuthProvidersAzuread {}
impl Checked for crate::models::AuthProvidersOauth {}
impl Validate for crate::models::AuthProvidersOauth {}
impl Checked for crate::models::AuthenticateRequestMethod {}
impl Validate for crate::models::AuthenticateRequestMethod {}
impl Checked for crate::models::AuthenticateRequestCredentials {}
impl Validate for crate::models::AuthenticateRequestCredentials {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        match self {
            Self::PasswordCredentials(value) => value.validate(at, out),
            Self::OtpCredentials(value) => value.validate(at, out),
            Self::OAuthCredentials(value) => value.validate(at, out),
            Self::String(value) => value.validate(at, out),
        }
    }
}
impl Checked for crate::models::AuthenticateResponseStatus {}
impl Validate for crate::models::AuthenticateResponseStatus {}
impl Checked for crate::models::UserBasicAccountType {}
impl Validate for crate::models::UserBasicAccountType {}
impl Checked for crate::models::OAuthConsentRequestConsent {}
impl Validate for crate::models::OAuthConsentRequestConsent {}
impl Checked for crate::models::OAuthConsentRequestCodeChallengeMethod {}
impl Validate for crate::models::OAuthConsentRequestCodeChallengeMethod {}
impl Checked for crate::models::OAuthTokenRequestGrantType {}
impl Validate for crate::models::OAuthTokenRequestGrantType {}
impl Checked for crate::models::OAuthRevokeRequestTokenTypeHint {}
impl Validate for crate::models::OAuthRevokeRequestTokenTypeHint {}
impl Checked for crate::models::OAuthIntrospectRequestTokenTypeHint {}
impl Validate for crate::models::OAuthIntrospectRequestTokenTypeHint {}
impl Checked for crate::models::OAuthErrorResponseError {}
impl Validate for crate::models::OAuthErrorResponseError {}
impl Checked for crate::models::CreateOAuthAppRequestAllowedGrantTypesItem {}
impl Validate for crate::models::CreateOAuthAppRequestAllowedGrantTypesItem {}
impl Checked for crate::models::OAuthAppResponseStatus {}
impl Validate for crate::models::OAuthAppResponseStatus {}
impl Checked for crate::models::OAuthAppListResponsePagination {}
impl Validate for crate::models::OAuthAppListResponsePagination {}
impl Checked for crate::models::OAuthTokenListItemTokenType {}
impl Validate for crate::models::OAuthTokenListItemTokenType {}
impl Checked for crate::models::OrganizationAccountType {}
impl Validate for crate::models::OrganizationAccountType {}
impl Checked for crate::models::OrganizationOnBoardingStatus {}
impl Validate for crate::models::OrganizationOnBoardingStatus {}
impl Checked for crate::models::UserRoleRole {}
impl Validate for crate::models::UserRoleRole {}
impl Checked for crate::models::UserGroupType {}
impl Validate for crate::models::UserGroupType {}
impl Checked for crate::models::DocumentPermissions {}
impl Validate for crate::models::DocumentPermissions {}
impl Checked for crate::models::DocumentCustomMetadataItem {}
impl Validate for crate::models::DocumentCustomMetadataItem {}
impl Checked for crate::models::DocumentStorageVendor {}
impl Validate for crate::models::DocumentStorageVendor {}
impl Checked for crate::models::DocumentS3 {}
impl Validate for crate::models::DocumentS3 {}
impl Checked for crate::models::DocumentAzureBlob {}
impl Validate for crate::models::DocumentAzureBlob {}
impl Checked for crate::models::DocumentLocal {}
impl Validate for crate::models::DocumentLocal {}
impl Checked for crate::models::DocumentVersionS3 {}
impl Validate for crate::models::DocumentVersionS3 {}
impl Checked for crate::models::DocumentVersionAzureBlob {}
impl Validate for crate::models::DocumentVersionAzureBlob {}
impl Checked for crate::models::DocumentVersionLocal {}
impl Validate for crate::models::DocumentVersionLocal {}
impl Checked for crate::models::KnowledgeBaseUserRole {}
impl Validate for crate::models::KnowledgeBaseUserRole {}
impl Checked for crate::models::RecordRecordType {}
impl Validate for crate::models::RecordRecordType {}
impl Checked for crate::models::RecordOrigin {}
impl Validate for crate::models::RecordOrigin {}
impl Checked for crate::models::RecordConnectorName {}
impl Validate for crate::models::RecordConnectorName {}
impl Checked for crate::models::RecordIndexingStatus {}
impl Validate for crate::models::RecordIndexingStatus {}
impl Checked for crate::models::RecordsResponseFilters {}
impl Validate for crate::models::RecordsResponseFilters {}
impl Checked for crate::models::UploadResultUploadResultsItemStatus {}
impl Validate for crate::models::UploadResultUploadResultsItemStatus {}
impl Checked for crate::models::UploadResultUploadResultsItem {}
impl Validate for crate::models::UploadResultUploadResultsItem {}
impl Checked for crate::models::KnowledgeHubNodeType {}
impl Validate for crate::models::KnowledgeHubNodeType {}
impl Checked for crate::models::KbPermissionRole {}
impl Validate for crate::models::KbPermissionRole {}
impl Checked for crate::models::MessageMessageType {}
impl Validate for crate::models::MessageMessageType {}
impl Checked for crate::models::MessageContentFormat {}
impl Validate for crate::models::MessageContentFormat {}
impl Checked for crate::models::MessageMetadata {}
impl Validate for crate::models::MessageMetadata {}
impl Checked for crate::models::MessageFeedbackRatings {}
impl Validate for crate::models::MessageFeedbackRatings {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/accuracy");
        Checked::check(
            &self.accuracy,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.accuracy.validate(&here, out);
        let here = format!("{at}/relevance");
        Checked::check(
            &self.relevance,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.relevance.validate(&here, out);
        let here = format!("{at}/completeness");
        Checked::check(
            &self.completeness,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.completeness.validate(&here, out);
        let here = format!("{at}/clarity");
        Checked::check(
            &self.clarity,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.clarity.validate(&here, out);
    }
}
impl Checked for crate::models::MessageFeedbackCategoriesItem {}
impl Validate for crate::models::MessageFeedbackCategoriesItem {}
impl Checked for crate::models::MessageFeedbackComments {}
impl Validate for crate::models::MessageFeedbackComments {}
impl Checked for crate::models::MessageFeedbackCitationFeedbackItem {}
impl Validate for crate::models::MessageFeedbackCitationFeedbackItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/relevanceScore");
        Checked::check(
            &self.relevance_score,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.relevance_score.validate(&here, out);
    }
}
impl Checked for crate::models::ConversationStatus {}
impl Validate for crate::models::ConversationStatus {}
impl Checked for crate::models::ConversationModelInfo {}
impl Validate for crate::models::ConversationModelInfo {}
impl Checked for crate::models::ConversationSharedWithItemAccessLevel {}
impl Validate for crate::models::ConversationSharedWithItemAccessLevel {}
impl Checked for crate::models::ConversationSharedWithItem {}
impl Validate for crate::models::ConversationSharedWithItem {}
impl Checked for crate::models::ShareRequestAccessLevel {}
impl Validate for crate::models::ShareRequestAccessLevel {}
impl Checked for crate::models::SearchResultItemMetadata {}
impl Validate for crate::models::SearchResultItemMetadata {}
impl Checked for crate::models::AgentLlmConfig {}
impl Validate for crate::models::AgentLlmConfig {}
impl Checked for crate::models::AgentConversationStatus {}
impl Validate for crate::models::AgentConversationStatus {}
impl Checked for crate::models::SseEventEvent {}
impl Validate for crate::models::SseEventEvent {}
impl Checked for crate::models::ConnectorConfigConfig {}
impl Validate for crate::models::ConnectorConfigConfig {}
impl Checked for crate::models::ConnectorSyncConfigSelectedStrategy {}
impl Validate for crate::models::ConnectorSyncConfigSelectedStrategy {}
impl Checked for crate::models::ConnectorSyncConfigScheduledConfig {}
impl Validate for crate::models::ConnectorSyncConfigScheduledConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/intervalMinutes");
        Checked::check(
            &self.interval_minutes,
            &crate::runtime::Rules {
                minimum: Some(5.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.interval_minutes.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorSyncConfigWebhookConfig {}
impl Validate for crate::models::ConnectorSyncConfigWebhookConfig {}
impl Checked for crate::models::ConnectorFiltersConfigSync {}
impl Validate for crate::models::ConnectorFiltersConfigSync {}
impl Checked for crate::models::ConnectorFiltersConfigIndexing {}
impl Validate for crate::models::ConnectorFiltersConfigIndexing {}
impl Checked for crate::models::CreateConnectorRequestAuthType {}
impl Validate for crate::models::CreateConnectorRequestAuthType {}
impl Checked for crate::models::CreateConnectorRequestConfig {}
impl Validate for crate::models::CreateConnectorRequestConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/sync");
        self.sync.validate(&here, out);
    }
}
impl Checked for crate::models::ConnectorToggleRequestType {}
impl Validate for crate::models::ConnectorToggleRequestType {}
impl Checked for crate::models::FilterOptionsFiltersItemType {}
impl Validate for crate::models::FilterOptionsFiltersItemType {}
impl Checked for crate::models::FilterOptionsFiltersItemOptionsItem {}
impl Validate for crate::models::FilterOptionsFiltersItemOptionsItem {}
impl Checked for crate::models::FilterOptionsFiltersItem {}
impl Validate for crate::models::FilterOptionsFiltersItem {}
impl Checked for crate::models::OAuthConfigConfig {}
impl Validate for crate::models::OAuthConfigConfig {}
impl Checked for crate::models::CreateOAuthConfigRequestConfig {}
impl Validate for crate::models::CreateOAuthConfigRequestConfig {}
impl Checked for crate::models::AiModelProviderConfigConfiguration {}
impl Validate for crate::models::AiModelProviderConfigConfiguration {}
impl Checked for crate::models::GoogleWorkspaceCredentialsUserType {}
impl Validate for crate::models::GoogleWorkspaceCredentialsUserType {}
impl Checked for crate::models::AddAiModelProviderRequestConfiguration {}
impl Validate for crate::models::AddAiModelProviderRequestConfiguration {}
impl Checked for crate::models::AiModelProviderResponseStatus {}
impl Validate for crate::models::AiModelProviderResponseStatus {}
impl Checked for crate::models::HourlyScheduleConfigScheduleType {}
impl Validate for crate::models::HourlyScheduleConfigScheduleType {}
impl Checked for crate::models::DailyScheduleConfigScheduleType {}
impl Validate for crate::models::DailyScheduleConfigScheduleType {}
impl Checked for crate::models::WeeklyScheduleConfigScheduleType {}
impl Validate for crate::models::WeeklyScheduleConfigScheduleType {}
impl Checked for crate::models::MonthlyScheduleConfigScheduleType {}
impl Validate for crate::models::MonthlyScheduleConfigScheduleType {}
impl Checked for crate::models::CustomScheduleConfigScheduleType {}
impl Validate for crate::models::CustomScheduleConfigScheduleType {}
impl Checked for crate::models::OnceScheduleConfigScheduleType {}
impl Validate for crate::models::OnceScheduleConfigScheduleType {}
impl Checked for crate::models::JobStatusProgressVariant1 {}
impl Validate for crate::models::JobStatusProgressVariant1 {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/percentage");
        Checked::check(
            &self.percentage,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(100.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.percentage.validate(&here, out);
    }
}
impl Checked for crate::models::JobStatusProgress {}
impl Validate for crate::models::JobStatusProgress {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        match self {
            Self::Number(value) => value.validate(at, out),
            Self::JobStatusProgressVariant1(value) => value.validate(at, out),
        }
    }
}
impl Checked for crate::models::JobStatusState {}
impl Validate for crate::models::JobStatusState {}
impl Checked for crate::models::MailBodyEmailTemplateType {}
impl Validate for crate::models::MailBodyEmailTemplateType {}
impl Checked for crate::models::MailBodyTemplateData {}
impl Validate for crate::models::MailBodyTemplateData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        match self {
            Self::LoginWithOtpTemplateData(value) => value.validate(at, out),
            Self::ResetPasswordTemplateData(value) => value.validate(at, out),
            Self::AccountCreationTemplateData(value) => value.validate(at, out),
            Self::AppUserInviteTemplateData(value) => value.validate(at, out),
            Self::SuspiciousLoginTemplateData(value) => value.validate(at, out),
        }
    }
}
impl Checked for crate::models::MailBodyAttachmentsItem {}
impl Validate for crate::models::MailBodyAttachmentsItem {}
impl Checked for crate::models::GenerateLoginOtpResponse {}
impl Validate for crate::models::GenerateLoginOtpResponse {}
impl Checked for crate::models::CheckPasswordStatusResponse {}
impl Validate for crate::models::CheckPasswordStatusResponse {}
impl Checked for crate::models::OauthAuthorizeResponseType {}
impl Validate for crate::models::OauthAuthorizeResponseType {}
impl Checked for crate::models::OauthAuthorizeCodeChallengeMethod {}
impl Validate for crate::models::OauthAuthorizeCodeChallengeMethod {}
impl Checked for crate::models::OauthAuthorizeConsentResponse {}
impl Validate for crate::models::OauthAuthorizeConsentResponse {}
impl Checked for crate::models::ListOAuthAppsStatus {}
impl Validate for crate::models::ListOAuthAppsStatus {}
impl Checked for crate::models::RevokeAllOAuthAppTokensResponse {}
impl Validate for crate::models::RevokeAllOAuthAppTokensResponse {}
impl Checked for crate::models::CreateOrgAuthConfigResponse {}
impl Validate for crate::models::CreateOrgAuthConfigResponse {}
impl Checked for crate::models::SamlCallbackBody {}
impl Validate for crate::models::SamlCallbackBody {}
impl Checked for crate::models::UpdateSamlAppConfigResponse {}
impl Validate for crate::models::UpdateSamlAppConfigResponse {}
impl Checked for crate::models::GetAllUsersResponsePagination {}
impl Validate for crate::models::GetAllUsersResponsePagination {}
impl Checked for crate::models::GetAllUsersResponse {}
impl Validate for crate::models::GetAllUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::CreateUserBody {}
impl Validate for crate::models::CreateUserBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fullName");
        Checked::check(
            &self.full_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.full_name.validate(&here, out);
        let here = format!("{at}/mobile");
        Checked::check(
            &self.mobile,
            &crate::runtime::Rules {
                pattern: Some("^\\+?[0-9]{10,15}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.mobile.validate(&here, out);
    }
}
impl Checked for crate::models::CreateUserResponse {}
impl Validate for crate::models::CreateUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::GetUserByIdResponse {}
impl Validate for crate::models::GetUserByIdResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserBody {}
impl Validate for crate::models::UpdateUserBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fullName");
        Checked::check(
            &self.full_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.full_name.validate(&here, out);
        let here = format!("{at}/mobile");
        Checked::check(
            &self.mobile,
            &crate::runtime::Rules {
                pattern: Some("^\\+?[0-9]{10,15}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.mobile.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserResponse {}
impl Validate for crate::models::UpdateUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteUserResponseDeletedUser {}
impl Validate for crate::models::DeleteUserResponseDeletedUser {}
impl Checked for crate::models::DeleteUserResponse {}
impl Validate for crate::models::DeleteUserResponse {}
impl Checked for crate::models::GetAllUsersWithGroupsResponseDataItemGroupsItemType {}
impl Validate for crate::models::GetAllUsersWithGroupsResponseDataItemGroupsItemType {}
impl Checked for crate::models::GetAllUsersWithGroupsResponseDataItemGroupsItem {}
impl Validate for crate::models::GetAllUsersWithGroupsResponseDataItemGroupsItem {}
impl Checked for crate::models::GetAllUsersWithGroupsResponseDataItem {}
impl Validate for crate::models::GetAllUsersWithGroupsResponseDataItem {}
impl Checked for crate::models::GetAllUsersWithGroupsResponse {}
impl Validate for crate::models::GetAllUsersWithGroupsResponse {}
impl Checked for crate::models::GetUserEmailByIdResponse {}
impl Validate for crate::models::GetUserEmailByIdResponse {}
impl Checked for crate::models::GetUsersByIdsBody {}
impl Validate for crate::models::GetUsersByIdsBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(100),
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[a-fA-F0-9]{24}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::GetUsersByIdsResponse {}
impl Validate for crate::models::GetUsersByIdsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::CheckUserExistsByEmailResponse {}
impl Validate for crate::models::CheckUserExistsByEmailResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserFullNameBody {}
impl Validate for crate::models::UpdateUserFullNameBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fullName");
        Checked::check(
            &self.full_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.full_name.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserFirstNameBody {}
impl Validate for crate::models::UpdateUserFirstNameBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(50),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserLastNameBody {}
impl Validate for crate::models::UpdateUserLastNameBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(50),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserDesignationBody {}
impl Validate for crate::models::UpdateUserDesignationBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/designation");
        Checked::check(
            &self.designation,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.designation.validate(&here, out);
    }
}
impl Checked for crate::models::CheckUserIsAdminResponse {}
impl Validate for crate::models::CheckUserIsAdminResponse {}
impl Checked for crate::models::RemoveUserDisplayPictureResponse {}
impl Validate for crate::models::RemoveUserDisplayPictureResponse {}
impl Checked for crate::models::BulkInviteUsersBody {}
impl Validate for crate::models::BulkInviteUsersBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/emails");
        Checked::check(
            &self.emails,
            &crate::runtime::Rules {
                min_items: Some(1),
                max_items: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.emails.validate(&here, out);
        let here = format!("{at}/groupIds");
        Checked::check(
            &self.group_ids,
            &crate::runtime::Rules {
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[a-fA-F0-9]{24}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_ids.validate(&here, out);
    }
}
impl Checked for crate::models::BulkInviteUsersResponseFailuresItem {}
impl Validate for crate::models::BulkInviteUsersResponseFailuresItem {}
impl Checked for crate::models::BulkInviteUsersResponse {}
impl Validate for crate::models::BulkInviteUsersResponse {}
impl Checked for crate::models::ResendUserInviteResponse {}
impl Validate for crate::models::ResendUserInviteResponse {}
impl Checked for crate::models::ListUsersGraphSortBy {}
impl Validate for crate::models::ListUsersGraphSortBy {}
impl Checked for crate::models::ListUsersGraphSortOrder {}
impl Validate for crate::models::ListUsersGraphSortOrder {}
impl Checked for crate::models::ListUsersGraphResponse {}
impl Validate for crate::models::ListUsersGraphResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::ListTeamsResponse {}
impl Validate for crate::models::ListTeamsResponse {}
impl Checked for crate::models::CreateTeamBody {}
impl Validate for crate::models::CreateTeamBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/description");
        Checked::check(
            &self.description,
            &crate::runtime::Rules {
                max_length: Some(500),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.description.validate(&here, out);
    }
}
impl Checked for crate::models::CreateTeamResponse {}
impl Validate for crate::models::CreateTeamResponse {}
impl Checked for crate::models::GetTeamByIdResponse {}
impl Validate for crate::models::GetTeamByIdResponse {}
impl Checked for crate::models::UpdateTeamBody {}
impl Validate for crate::models::UpdateTeamBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(100),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/description");
        Checked::check(
            &self.description,
            &crate::runtime::Rules {
                max_length: Some(500),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.description.validate(&here, out);
    }
}
impl Checked for crate::models::GetTeamUsersResponseDataItemRole {}
impl Validate for crate::models::GetTeamUsersResponseDataItemRole {}
impl Checked for crate::models::GetTeamUsersResponseDataItem {}
impl Validate for crate::models::GetTeamUsersResponseDataItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/user");
        self.user.validate(&here, out);
    }
}
impl Checked for crate::models::GetTeamUsersResponsePagination {}
impl Validate for crate::models::GetTeamUsersResponsePagination {}
impl Checked for crate::models::GetTeamUsersResponse {}
impl Validate for crate::models::GetTeamUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::AddUsersToTeamBodyUsersItemRole {}
impl Validate for crate::models::AddUsersToTeamBodyUsersItemRole {}
impl Checked for crate::models::AddUsersToTeamBodyUsersItem {}
impl Validate for crate::models::AddUsersToTeamBodyUsersItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
    }
}
impl Checked for crate::models::AddUsersToTeamBody {}
impl Validate for crate::models::AddUsersToTeamBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/users");
        self.users.validate(&here, out);
    }
}
impl Checked for crate::models::AddUsersToTeamResponse {}
impl Validate for crate::models::AddUsersToTeamResponse {}
impl Checked for crate::models::RemoveUsersFromTeamBody {}
impl Validate for crate::models::RemoveUsersFromTeamBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[a-fA-F0-9]{24}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::RemoveUsersFromTeamResponse {}
impl Validate for crate::models::RemoveUsersFromTeamResponse {}
impl Checked for crate::models::UpdateTeamUserPermissionsBodyRole {}
impl Validate for crate::models::UpdateTeamUserPermissionsBodyRole {}
impl Checked for crate::models::UpdateTeamUserPermissionsBody {}
impl Validate for crate::models::UpdateTeamUserPermissionsBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateTeamUserPermissionsResponse {}
impl Validate for crate::models::UpdateTeamUserPermissionsResponse {}
impl Checked for crate::models::GetUserTeamsResponseDataItem {}
impl Validate for crate::models::GetUserTeamsResponseDataItem {}
impl Checked for crate::models::GetUserTeamsResponse {}
impl Validate for crate::models::GetUserTeamsResponse {}
impl Checked for crate::models::GetUserCreatedTeamsResponseDataItemCurrentRole {}
impl Validate for crate::models::GetUserCreatedTeamsResponseDataItemCurrentRole {}
impl Checked for crate::models::GetUserCreatedTeamsResponseDataItem {}
impl Validate for crate::models::GetUserCreatedTeamsResponseDataItem {}
impl Checked for crate::models::GetUserCreatedTeamsResponse {}
impl Validate for crate::models::GetUserCreatedTeamsResponse {}
impl Checked for crate::models::CheckOrgExistsResponse {}
impl Validate for crate::models::CheckOrgExistsResponse {}
impl Checked for crate::models::GetCurrentOrganizationResponse {}
impl Validate for crate::models::GetCurrentOrganizationResponse {}
impl Checked for crate::models::UpdateOrganizationBody {}
impl Validate for crate::models::UpdateOrganizationBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/registeredName");
        Checked::check(
            &self.registered_name,
            &crate::runtime::Rules {
                max_length: Some(200),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.registered_name.validate(&here, out);
        let here = format!("{at}/shortName");
        Checked::check(
            &self.short_name,
            &crate::runtime::Rules {
                max_length: Some(50),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.short_name.validate(&here, out);
        let here = format!("{at}/phoneNumber");
        Checked::check(
            &self.phone_number,
            &crate::runtime::Rules {
                pattern: Some("^\\+?[0-9]{10,15}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.phone_number.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateOrganizationResponse {}
impl Validate for crate::models::UpdateOrganizationResponse {}
impl Checked for crate::models::CreateOrganizationBodyAccountType {}
impl Validate for crate::models::CreateOrganizationBodyAccountType {}
impl Checked for crate::models::CreateOrganizationBody {}
impl Validate for crate::models::CreateOrganizationBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/password");
        Checked::check(
            &self.password,
            &crate::runtime::Rules {
                min_length: Some(8),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.password.validate(&here, out);
    }
}
impl Checked for crate::models::CreateOrganizationResponseData {}
impl Validate for crate::models::CreateOrganizationResponseData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/adminUser");
        self.admin_user.validate(&here, out);
    }
}
impl Checked for crate::models::CreateOrganizationResponse {}
impl Validate for crate::models::CreateOrganizationResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteOrganizationConfirm {}
impl Validate for crate::models::DeleteOrganizationConfirm {}
impl Checked for crate::models::GetOrganizationLogoResponse {}
impl Validate for crate::models::GetOrganizationLogoResponse {}
impl Checked for crate::models::UploadOrganizationLogoResponse {}
impl Validate for crate::models::UploadOrganizationLogoResponse {}
impl Checked for crate::models::GetOnboardingStatusResponseDataStepsItem {}
impl Validate for crate::models::GetOnboardingStatusResponseDataStepsItem {}
impl Checked for crate::models::GetOnboardingStatusResponseData {}
impl Validate for crate::models::GetOnboardingStatusResponseData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/completionPercentage");
        Checked::check(
            &self.completion_percentage,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(100.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.completion_percentage.validate(&here, out);
    }
}
impl Checked for crate::models::GetOnboardingStatusResponse {}
impl Validate for crate::models::GetOnboardingStatusResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateOnboardingStatusBodyAction {}
impl Validate for crate::models::UpdateOnboardingStatusBodyAction {}
impl Checked for crate::models::UpdateOnboardingStatusBody {}
impl Validate for crate::models::UpdateOnboardingStatusBody {}
impl Checked for crate::models::UpdateOnboardingStatusResponse {}
impl Validate for crate::models::UpdateOnboardingStatusResponse {}
impl Checked for crate::models::GetAllUserGroupsResponse {}
impl Validate for crate::models::GetAllUserGroupsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::CreateUserGroupBodyType {}
impl Validate for crate::models::CreateUserGroupBodyType {}
impl Checked for crate::models::CreateUserGroupBody {}
impl Validate for crate::models::CreateUserGroupBody {}
impl Checked for crate::models::UpdateUserGroupBody {}
impl Validate for crate::models::UpdateUserGroupBody {}
impl Checked for crate::models::AddUsersToGroupBody {}
impl Validate for crate::models::AddUsersToGroupBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[a-fA-F0-9]{24}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::AddUsersToGroupResponse {}
impl Validate for crate::models::AddUsersToGroupResponse {}
impl Checked for crate::models::RemoveUsersFromGroupBody {}
impl Validate for crate::models::RemoveUsersFromGroupBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("^[a-fA-F0-9]{24}$"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(
                    &crate::runtime::Rules {
                        pattern: Some("^[a-fA-F0-9]{24}$"),
                        ..crate::runtime::Rules::NONE
                    },
                ),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::GetUserGroupStatsResponseDataGroupsByType {}
impl Validate for crate::models::GetUserGroupStatsResponseDataGroupsByType {}
impl Checked for crate::models::GetUserGroupStatsResponseDataGroupsItem {}
impl Validate for crate::models::GetUserGroupStatsResponseDataGroupsItem {}
impl Checked for crate::models::GetUserGroupStatsResponseData {}
impl Validate for crate::models::GetUserGroupStatsResponseData {}
impl Checked for crate::models::GetUserGroupStatsResponse {}
impl Validate for crate::models::GetUserGroupStatsResponse {}
impl Checked for crate::models::UploadDocumentIsVersionedFile {}
impl Validate for crate::models::UploadDocumentIsVersionedFile {}
impl Checked for crate::models::CreateDocumentPlaceholderBodyPermissions {}
impl Validate for crate::models::CreateDocumentPlaceholderBodyPermissions {}
impl Checked for crate::models::CreateDocumentPlaceholderBody {}
impl Validate for crate::models::CreateDocumentPlaceholderBody {}
impl Checked for crate::models::GetDocumentByIdResponse {}
impl Validate for crate::models::GetDocumentByIdResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteDocumentByIdResponseData {}
impl Validate for crate::models::DeleteDocumentByIdResponseData {}
impl Checked for crate::models::DeleteDocumentByIdResponse {}
impl Validate for crate::models::DeleteDocumentByIdResponse {}
impl Checked for crate::models::DownloadDocumentResponse {}
impl Validate for crate::models::DownloadDocumentResponse {}
impl Checked for crate::models::UploadNextVersionResponse {}
impl Validate for crate::models::UploadNextVersionResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::RollBackToPreviousVersionBody {}
impl Validate for crate::models::RollBackToPreviousVersionBody {}
impl Checked for crate::models::GetDirectUploadUrlResponse {}
impl Validate for crate::models::GetDirectUploadUrlResponse {}
impl Checked for crate::models::CheckDocumentModifiedResponse {}
impl Validate for crate::models::CheckDocumentModifiedResponse {}
impl Checked for crate::models::ListKnowledgeBasesSortBy {}
impl Validate for crate::models::ListKnowledgeBasesSortBy {}
impl Checked for crate::models::ListKnowledgeBasesResponse {}
impl Validate for crate::models::ListKnowledgeBasesResponse {}
impl Checked for crate::models::CreateKnowledgeBaseBody {}
impl Validate for crate::models::CreateKnowledgeBaseBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/kbName");
        Checked::check(
            &self.kb_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(255),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.kb_name.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateKnowledgeBaseBody {}
impl Validate for crate::models::UpdateKnowledgeBaseBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/kbName");
        Checked::check(
            &self.kb_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(255),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.kb_name.validate(&here, out);
    }
}
impl Checked for crate::models::GetAllRecordsOrigins {}
impl Validate for crate::models::GetAllRecordsOrigins {}
impl Checked for crate::models::UpdateRecordResponse {}
impl Validate for crate::models::UpdateRecordResponse {}
impl Checked for crate::models::CreateRootFolderBody {}
impl Validate for crate::models::CreateRootFolderBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/folderName");
        Checked::check(
            &self.folder_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(255),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.folder_name.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateFolderBody {}
impl Validate for crate::models::UpdateFolderBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/folderName");
        Checked::check(
            &self.folder_name,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(255),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.folder_name.validate(&here, out);
    }
}
impl Checked for crate::models::GetUploadLimitsResponse {}
impl Validate for crate::models::GetUploadLimitsResponse {}
impl Checked for crate::models::ReindexRecordBody {}
impl Validate for crate::models::ReindexRecordBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/depth");
        Checked::check(
            &self.depth,
            &crate::runtime::Rules {
                minimum: Some(-1.0),
                maximum: Some(100.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.depth.validate(&here, out);
    }
}
impl Checked for crate::models::ReindexRecordGroupBody {}
impl Validate for crate::models::ReindexRecordGroupBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/depth");
        Checked::check(
            &self.depth,
            &crate::runtime::Rules {
                minimum: Some(-1.0),
                maximum: Some(100.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.depth.validate(&here, out);
    }
}
impl Checked for crate::models::ReindexFailedConnectorRecordsBody {}
impl Validate for crate::models::ReindexFailedConnectorRecordsBody {}
impl Checked for crate::models::ResyncConnectorBody {}
impl Validate for crate::models::ResyncConnectorBody {}
impl Checked for crate::models::ListKbPermissionsResponse {}
impl Validate for crate::models::ListKbPermissionsResponse {}
impl Checked for crate::models::UpdateKbPermissionsBodyRole {}
impl Validate for crate::models::UpdateKbPermissionsBodyRole {}
impl Checked for crate::models::UpdateKbPermissionsBody {}
impl Validate for crate::models::UpdateKbPermissionsBody {}
impl Checked for crate::models::CreateKbPermissionBodyRole {}
impl Validate for crate::models::CreateKbPermissionBodyRole {}
impl Checked for crate::models::CreateKbPermissionBody {}
impl Validate for crate::models::CreateKbPermissionBody {}
impl Checked for crate::models::CreateKbPermissionResponsePermissionResult {}
impl Validate for crate::models::CreateKbPermissionResponsePermissionResult {}
impl Checked for crate::models::CreateKbPermissionResponse {}
impl Validate for crate::models::CreateKbPermissionResponse {}
impl Checked for crate::models::DeleteKbPermissionsBody {}
impl Validate for crate::models::DeleteKbPermissionsBody {}
impl Checked for crate::models::MoveRecordBody {}
impl Validate for crate::models::MoveRecordBody {}
impl Checked for crate::models::GetKnowledgeHubRootNodesResponse {}
impl Validate for crate::models::GetKnowledgeHubRootNodesResponse {}
impl Checked for crate::models::GetKnowledgeHubChildNodesResponse {}
impl Validate for crate::models::GetKnowledgeHubChildNodesResponse {}
impl Checked for crate::models::GetConversationByIdResponsePagination {}
impl Validate for crate::models::GetConversationByIdResponsePagination {}
impl Checked for crate::models::GetConversationByIdResponse {}
impl Validate for crate::models::GetConversationByIdResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/messages");
        self.messages.validate(&here, out);
    }
}
impl Checked for crate::models::UnshareConversationBody {}
impl Validate for crate::models::UnshareConversationBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateConversationTitleBody {}
impl Validate for crate::models::UpdateConversationTitleBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/title");
        Checked::check(
            &self.title,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(200),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.title.validate(&here, out);
    }
}
impl Checked for crate::models::RegenerateAnswerBody {}
impl Validate for crate::models::RegenerateAnswerBody {}
impl Checked for crate::models::SearchHistoryResponse {}
impl Validate for crate::models::SearchHistoryResponse {}
impl Checked for crate::models::UnshareSearchBody {}
impl Validate for crate::models::UnshareSearchBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::CreateAgentTemplateBody {}
impl Validate for crate::models::CreateAgentTemplateBody {}
impl Checked for crate::models::UpdateAgentTemplateBody {}
impl Validate for crate::models::UpdateAgentTemplateBody {}
impl Checked for crate::models::CreateAgentBodyLlmConfig {}
impl Validate for crate::models::CreateAgentBodyLlmConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/temperature");
        Checked::check(
            &self.temperature,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(2.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.temperature.validate(&here, out);
    }
}
impl Checked for crate::models::CreateAgentBody {}
impl Validate for crate::models::CreateAgentBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/llmConfig");
        self.llm_config.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateAgentBody {}
impl Validate for crate::models::UpdateAgentBody {}
impl Checked for crate::models::GetAgentPermissionsResponseSharedWithItemAccessLevel {}
impl Validate for crate::models::GetAgentPermissionsResponseSharedWithItemAccessLevel {}
impl Checked for crate::models::GetAgentPermissionsResponseSharedWithItem {}
impl Validate for crate::models::GetAgentPermissionsResponseSharedWithItem {}
impl Checked for crate::models::GetAgentPermissionsResponse {}
impl Validate for crate::models::GetAgentPermissionsResponse {}
impl Checked for crate::models::RegenerateAgentAnswerBody {}
impl Validate for crate::models::RegenerateAgentAnswerBody {}
impl Checked for crate::models::GetConnectorRegistryResponse {}
impl Validate for crate::models::GetConnectorRegistryResponse {}
impl Checked for crate::models::GetConnectorSchemaResponse {}
impl Validate for crate::models::GetConnectorSchemaResponse {}
impl Checked for crate::models::ListConnectorInstancesResponse {}
impl Validate for crate::models::ListConnectorInstancesResponse {}
impl Checked for crate::models::CreateConnectorInstanceResponse {}
impl Validate for crate::models::CreateConnectorInstanceResponse {}
impl Checked for crate::models::ListActiveConnectorsResponse {}
impl Validate for crate::models::ListActiveConnectorsResponse {}
impl Checked for crate::models::GetConnectorConfigResponse {}
impl Validate for crate::models::GetConnectorConfigResponse {}
impl Checked for crate::models::ToggleConnectorResponse {}
impl Validate for crate::models::ToggleConnectorResponse {}
impl Checked for crate::models::GetTokenFromCodeBody {}
impl Validate for crate::models::GetTokenFromCodeBody {}
impl Checked for crate::models::GetOAuthAuthorizationUrlResponse {}
impl Validate for crate::models::GetOAuthAuthorizationUrlResponse {}
impl Checked for crate::models::GetConnectorFiltersResponse {}
impl Validate for crate::models::GetConnectorFiltersResponse {}
impl Checked for crate::models::GetFilterFieldOptionsResponsePagination {}
impl Validate for crate::models::GetFilterFieldOptionsResponsePagination {}
impl Checked for crate::models::GetFilterFieldOptionsResponse {}
impl Validate for crate::models::GetFilterFieldOptionsResponse {}
impl Checked for crate::models::GetOAuthConnectorTypeResponse {}
impl Validate for crate::models::GetOAuthConnectorTypeResponse {}
impl Checked for crate::models::ListOAuthConfigsResponse {}
impl Validate for crate::models::ListOAuthConfigsResponse {}
impl Checked for crate::models::CreateOAuthConfigResponse {}
impl Validate for crate::models::CreateOAuthConfigResponse {}
impl Checked for crate::models::GetOAuthConfigResponse {}
impl Validate for crate::models::GetOAuthConfigResponse {}
impl Checked for crate::models::UpdateOAuthConfigBodyConfig {}
impl Validate for crate::models::UpdateOAuthConfigBodyConfig {}
impl Checked for crate::models::UpdateOAuthConfigBody {}
impl Validate for crate::models::UpdateOAuthConfigBody {}
impl Checked for crate::models::CreateLocalStorageConfigBodyStorageType {}
impl Validate for crate::models::CreateLocalStorageConfigBodyStorageType {}
impl Checked for crate::models::CreateLocalStorageConfigBody {}
impl Validate for crate::models::CreateLocalStorageConfigBody {}
impl Checked for crate::models::CreateS3StorageConfigBodyStorageType {}
impl Validate for crate::models::CreateS3StorageConfigBodyStorageType {}
impl Checked for crate::models::CreateS3StorageConfigBody {}
impl Validate for crate::models::CreateS3StorageConfigBody {}
impl Checked for crate::models::CreateAzureBlobStorageConfigBodyStorageType {}
impl Validate for crate::models::CreateAzureBlobStorageConfigBodyStorageType {}
impl Checked for crate::models::CreateAzureBlobStorageConfigBody {}
impl Validate for crate::models::CreateAzureBlobStorageConfigBody {}
impl Checked for crate::models::GetStorageConfigResponseStorageType {}
impl Validate for crate::models::GetStorageConfigResponseStorageType {}
impl Checked for crate::models::GetStorageConfigResponse {}
impl Validate for crate::models::GetStorageConfigResponse {}
impl Checked for crate::models::GetModelsByTypeResponse {}
impl Validate for crate::models::GetModelsByTypeResponse {}
impl Checked for crate::models::GetAvailableModelsByTypeResponseModelsItem {}
impl Validate for crate::models::GetAvailableModelsByTypeResponseModelsItem {}
impl Checked for crate::models::GetAvailableModelsByTypeResponse {}
impl Validate for crate::models::GetAvailableModelsByTypeResponse {}
impl Checked for crate::models::CreateGoogleWorkspaceCredentialsUserType {}
impl Validate for crate::models::CreateGoogleWorkspaceCredentialsUserType {}
impl Checked for crate::models::SetPlatformSettingsBody {}
impl Validate for crate::models::SetPlatformSettingsBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/fileUploadMaxSizeBytes");
        Checked::check(
            &self.file_upload_max_size_bytes,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(1073741824.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.file_upload_max_size_bytes.validate(&here, out);
    }
}
impl Checked for crate::models::GetAvailableFeatureFlagsResponse {}
impl Validate for crate::models::GetAvailableFeatureFlagsResponse {}
impl Checked for crate::models::ToggleMetricsCollectionBody {}
impl Validate for crate::models::ToggleMetricsCollectionBody {}
impl Checked for crate::models::SetMetricsPushIntervalBody {}
impl Validate for crate::models::SetMetricsPushIntervalBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/pushIntervalMs");
        Checked::check(
            &self.push_interval_ms,
            &crate::runtime::Rules {
                minimum: Some(1000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.push_interval_ms.validate(&here, out);
    }
}
impl Checked for crate::models::SetMetricsServerUrlBody {}
impl Validate for crate::models::SetMetricsServerUrlBody {}
impl Checked for crate::models::GetCrawlingJobStatusResponse {}
impl Validate for crate::models::GetCrawlingJobStatusResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::ScheduleCrawlingJobBody {}
impl Validate for crate::models::ScheduleCrawlingJobBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/scheduleConfig");
        self.schedule_config.validate(&here, out);
        let here = format!("{at}/priority");
        Checked::check(
            &self.priority,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.priority.validate(&here, out);
        let here = format!("{at}/maxRetries");
        Checked::check(
            &self.max_retries,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.max_retries.validate(&here, out);
        let here = format!("{at}/timeout");
        Checked::check(
            &self.timeout,
            &crate::runtime::Rules {
                minimum: Some(1000.0),
                maximum: Some(600000.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.timeout.validate(&here, out);
    }
}
impl Checked for crate::models::ScheduleCrawlingJobResponseData {}
impl Validate for crate::models::ScheduleCrawlingJobResponseData {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/scheduleConfig");
        self.schedule_config.validate(&here, out);
    }
}
impl Checked for crate::models::ScheduleCrawlingJobResponse {}
impl Validate for crate::models::ScheduleCrawlingJobResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::PauseCrawlingJobResponseData {}
impl Validate for crate::models::PauseCrawlingJobResponseData {}
impl Checked for crate::models::PauseCrawlingJobResponse {}
impl Validate for crate::models::PauseCrawlingJobResponse {}
impl Checked for crate::models::ResumeCrawlingJobResponseData {}
impl Validate for crate::models::ResumeCrawlingJobResponseData {}
impl Checked for crate::models::ResumeCrawlingJobResponse {}
impl Validate for crate::models::ResumeCrawlingJobResponse {}
impl Checked for crate::models::GetAllCrawlingJobStatusResponse {}
impl Validate for crate::models::GetAllCrawlingJobStatusResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/data");
        self.data.validate(&here, out);
    }
}
impl Checked for crate::models::GetQueueStatsResponse {}
impl Validate for crate::models::GetQueueStatsResponse {}
impl Checked for crate::models::SendEmailResponseData {}
impl Validate for crate::models::SendEmailResponseData {}
impl Checked for crate::models::SendEmailResponse {}
impl Validate for crate::models::SendEmailResponse {}
impl Checked for crate::models::SendEmailResponse400 {}
impl Validate for crate::models::SendEmailResponse400 {}
impl Checked for crate::models::UpdateSmtpConfigResponse {}
impl Validate for crate::models::UpdateSmtpConfigResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/smtp");
        self.smtp.validate(&here, out);
    }
}
impl Checked for crate::models::QueryServiceHealthResponseStatus {}
impl Validate for crate::models::QueryServiceHealthResponseStatus {}
impl Checked for crate::models::QueryServiceHealthResponse {}
impl Validate for crate::models::QueryServiceHealthResponse {}
impl Checked for crate::models::QueryServiceHealthResponse500Status {}
impl Validate for crate::models::QueryServiceHealthResponse500Status {}
impl Checked for crate::models::QueryServiceHealthResponse500 {}
impl Validate for crate::models::QueryServiceHealthResponse500 {}
impl Checked for crate::models::QueryServiceSearchBodyFilters {}
impl Validate for crate::models::QueryServiceSearchBodyFilters {}
impl Checked for crate::models::QueryServiceSearchBody {}
impl Validate for crate::models::QueryServiceSearchBody {}
impl Checked for crate::models::QueryServiceSearchResponse {}
impl Validate for crate::models::QueryServiceSearchResponse {}
impl Checked for crate::models::QueryServiceChatBodyPreviousConversationsItemRole {}
impl Validate for crate::models::QueryServiceChatBodyPreviousConversationsItemRole {}
impl Checked for crate::models::QueryServiceChatBodyPreviousConversationsItem {}
impl Validate for crate::models::QueryServiceChatBodyPreviousConversationsItem {}
impl Checked for crate::models::QueryServiceChatBodyRetrievalMode {}
impl Validate for crate::models::QueryServiceChatBodyRetrievalMode {}
impl Checked for crate::models::QueryServiceChatBodyChatMode {}
impl Validate for crate::models::QueryServiceChatBodyChatMode {}
impl Checked for crate::models::QueryServiceChatBody {}
impl Validate for crate::models::QueryServiceChatBody {}
impl Checked for crate::models::QueryServiceHealthCheckModelType {}
impl Validate for crate::models::QueryServiceHealthCheckModelType {}
impl Checked for crate::models::QueryServiceHealthCheckBodyConfiguration {}
impl Validate for crate::models::QueryServiceHealthCheckBodyConfiguration {}
impl Checked for crate::models::QueryServiceHealthCheckBody {}
impl Validate for crate::models::QueryServiceHealthCheckBody {}
impl Checked for crate::models::QueryServiceHealthCheckResponse {}
impl Validate for crate::models::QueryServiceHealthCheckResponse {}
impl Checked for crate::models::QueryServiceHealthCheckResponse500Status {}
impl Validate for crate::models::QueryServiceHealthCheckResponse500Status {}
impl Checked for crate::models::QueryServiceHealthCheckResponse500 {}
impl Validate for crate::models::QueryServiceHealthCheckResponse500 {}
impl Checked for crate::models::QueryListToolsResponseItem {}
impl Validate for crate::models::QueryListToolsResponseItem {}
impl Checked for crate::models::IndexingServiceHealthResponse {}
impl Validate for crate::models::IndexingServiceHealthResponse {}
impl Checked for crate::models::ConnectorConvertRecordBufferBody {}
impl Validate for crate::models::ConnectorConvertRecordBufferBody {}
impl Checked for crate::models::ConnectorGetStatsResponse {}
impl Validate for crate::models::ConnectorGetStatsResponse {}
impl Checked for crate::models::ConnectorReindexFailedRecordsBody {}
impl Validate for crate::models::ConnectorReindexFailedRecordsBody {}
impl Checked for crate::models::ConnectorReindexFailedRecordsResponse {}
impl Validate for crate::models::ConnectorReindexFailedRecordsResponse {}
impl Checked for crate::models::ConnectorGetSignedUrlResponse {}
impl Validate for crate::models::ConnectorGetSignedUrlResponse {}
impl Checked for crate::models::DoclingServiceHealthResponse {}
impl Validate for crate::models::DoclingServiceHealthResponse {}
impl Checked for crate::models::DoclingProcessPdfBody {}
impl Validate for crate::models::DoclingProcessPdfBody {}
impl Checked for crate::models::DoclingProcessPdfResponse {}
impl Validate for crate::models::DoclingProcessPdfResponse {}
impl Checked for crate::models::DoclingParsePdfBody {}
impl Validate for crate::models::DoclingParsePdfBody {}
impl Checked for crate::models::DoclingParsePdfResponse {}
impl Validate for crate::models::DoclingParsePdfResponse {}
impl Checked for crate::models::DoclingCreateBlocksBody {}
impl Validate for crate::models::DoclingCreateBlocksBody {}
