//! The spec's validation keywords for every model: each `validate` reports the rules a
//! value breaks, with the JSON pointer of the offending value.
#![allow(unused_variables)]
#[allow(unused_imports)]
use crate::runtime::{Checked, Validate, Violation};
impl Checked for crate::models::AccessLevel {}
impl Validate for crate::models::AccessLevel {}
impl Checked for crate::models::BadRequestError {}
impl Validate for crate::models::BadRequestError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::BasicDeviceObject {}
impl Validate for crate::models::BasicDeviceObject {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/appId");
        Checked::check(
            &self.app_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.app_id.validate(&here, out);
        let here = format!("{at}/created");
        Checked::check(
            &self.created,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.created.validate(&here, out);
        let here = format!("{at}/lastLogin");
        Checked::check(
            &self.last_login,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_login.validate(&here, out);
        let here = format!("{at}/statusText");
        Checked::check(
            &self.status_text,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.status_text.validate(&here, out);
        let here = format!("{at}/type");
        Checked::check(
            &self.type_,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.type_.validate(&here, out);
    }
}
impl Checked for crate::models::BatchCreateUserRequestBody {}
impl Validate for crate::models::BatchCreateUserRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/users");
        self.users.validate(&here, out);
    }
}
impl Checked for crate::models::BatchCreateUserRequestItem {}
impl Validate for crate::models::BatchCreateUserRequestItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
        let here = format!("{at}/securityGroupIds");
        Checked::check(
            &self.security_group_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.security_group_ids.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/inviteCode");
        Checked::check(
            &self.invite_code,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.invite_code.validate(&here, out);
    }
}
impl Checked for crate::models::BatchCreateUserResponse {}
impl Validate for crate::models::BatchCreateUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchDeleteUserRequestBody {}
impl Validate for crate::models::BatchDeleteUserRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::BatchDeleteUserResponse {}
impl Validate for crate::models::BatchDeleteUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchDeviceErrorResponseItem {}
impl Validate for crate::models::BatchDeviceErrorResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/field");
        Checked::check(
            &self.field,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.field.validate(&here, out);
        let here = format!("{at}/reason");
        Checked::check(
            &self.reason,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.reason.validate(&here, out);
        let here = format!("{at}/appId");
        Checked::check(
            &self.app_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.app_id.validate(&here, out);
    }
}
impl Checked for crate::models::BatchDeviceSuccessResponseItem {}
impl Validate for crate::models::BatchDeviceSuccessResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/appId");
        Checked::check(
            &self.app_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.app_id.validate(&here, out);
    }
}
impl Checked for crate::models::BatchLookupUserUnameRequestBody {}
impl Validate for crate::models::BatchLookupUserUnameRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/unames");
        Checked::check(
            &self.unames,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.unames.validate(&here, out);
    }
}
impl Checked for crate::models::BatchLookupUserUnameResponse {}
impl Validate for crate::models::BatchLookupUserUnameResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchReinviteUserRequestBody {}
impl Validate for crate::models::BatchReinviteUserRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::BatchReinviteUserResponse {}
impl Validate for crate::models::BatchReinviteUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchResetDevicesForUserRequestBody {}
impl Validate for crate::models::BatchResetDevicesForUserRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/appIds");
        Checked::check(
            &self.app_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.app_ids.validate(&here, out);
    }
}
impl Checked for crate::models::BatchResetDevicesForUserResponse {}
impl Validate for crate::models::BatchResetDevicesForUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchToggleUserSuspendStatusRequestBody {}
impl Validate for crate::models::BatchToggleUserSuspendStatusRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userIds");
        Checked::check(
            &self.user_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_ids.validate(&here, out);
    }
}
impl Checked for crate::models::BatchToggleUserSuspendStatusResponse {}
impl Validate for crate::models::BatchToggleUserSuspendStatusResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/successful");
        self.successful.validate(&here, out);
        let here = format!("{at}/failed");
        self.failed.validate(&here, out);
    }
}
impl Checked for crate::models::BatchUnameErrorResponseItem {}
impl Validate for crate::models::BatchUnameErrorResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/field");
        Checked::check(
            &self.field,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.field.validate(&here, out);
        let here = format!("{at}/reason");
        Checked::check(
            &self.reason,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.reason.validate(&here, out);
    }
}
impl Checked for crate::models::BatchUnameSuccessResponseItem {}
impl Validate for crate::models::BatchUnameSuccessResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
    }
}
impl Checked for crate::models::BatchUserErrorResponseItem {}
impl Validate for crate::models::BatchUserErrorResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/field");
        Checked::check(
            &self.field,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.field.validate(&here, out);
        let here = format!("{at}/reason");
        Checked::check(
            &self.reason,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.reason.validate(&here, out);
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
    }
}
impl Checked for crate::models::BatchUserSuccessResponseItem {}
impl Validate for crate::models::BatchUserSuccessResponseItem {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
    }
}
impl Checked for crate::models::BlockedGuestUser {}
impl Validate for crate::models::BlockedGuestUser {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/admin");
        Checked::check(
            &self.admin,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.admin.validate(&here, out);
        let here = format!("{at}/modified");
        Checked::check(
            &self.modified,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.modified.validate(&here, out);
        let here = format!("{at}/usernameHash");
        Checked::check(
            &self.username_hash,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username_hash.validate(&here, out);
    }
}
impl Checked for crate::models::Bot {}
impl Validate for crate::models::Bot {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/botId");
        Checked::check(
            &self.bot_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.bot_id.validate(&here, out);
        let here = format!("{at}/displayName");
        Checked::check(
            &self.display_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.display_name.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/uname");
        Checked::check(
            &self.uname,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.uname.validate(&here, out);
        let here = format!("{at}/pubkey");
        Checked::check(
            &self.pubkey,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.pubkey.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/lastLogin");
        Checked::check(
            &self.last_login,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_login.validate(&here, out);
    }
}
impl Checked for crate::models::CallingSettings {}
impl Validate for crate::models::CallingSettings {}
impl Checked for crate::models::ConsentPopupConfig {}
impl Validate for crate::models::ConsentPopupConfig {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/header");
        Checked::check(
            &self.header,
            &crate::runtime::Rules {
                min_length: Some(0),
                max_length: Some(100),
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.header.validate(&here, out);
        let here = format!("{at}/content");
        Checked::check(
            &self.content,
            &crate::runtime::Rules {
                min_length: Some(0),
                max_length: Some(5000),
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.content.validate(&here, out);
        let here = format!("{at}/closeButtonLabel");
        Checked::check(
            &self.close_button_label,
            &crate::runtime::Rules {
                min_length: Some(0),
                max_length: Some(20),
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.close_button_label.validate(&here, out);
    }
}
impl Checked for crate::models::CreateBotRequestBody {}
impl Validate for crate::models::CreateBotRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/displayName");
        Checked::check(
            &self.display_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.display_name.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/challenge");
        Checked::check(
            &self.challenge,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.challenge.validate(&here, out);
    }
}
impl Checked for crate::models::CreateBotResponse {}
impl Validate for crate::models::CreateBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/botId");
        Checked::check(
            &self.bot_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.bot_id.validate(&here, out);
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/displayName");
        Checked::check(
            &self.display_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.display_name.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
    }
}
impl Checked for crate::models::CreateDataRetentionBotChallengeResponse {}
impl Validate for crate::models::CreateDataRetentionBotChallengeResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/challenge");
        Checked::check(
            &self.challenge,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.challenge.validate(&here, out);
    }
}
impl Checked for crate::models::CreateDataRetentionBotResponse {}
impl Validate for crate::models::CreateDataRetentionBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::CreateNetworkRequest {}
impl Validate for crate::models::CreateNetworkRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networkName");
        Checked::check(
            &self.network_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_name.validate(&here, out);
        let here = format!("{at}/encryptionKeyArn");
        Checked::check(
            &self.encryption_key_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.encryption_key_arn.validate(&here, out);
    }
}
impl Checked for crate::models::CreateNetworkResponse {}
impl Validate for crate::models::CreateNetworkResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/networkName");
        Checked::check(
            &self.network_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_name.validate(&here, out);
        let here = format!("{at}/encryptionKeyArn");
        Checked::check(
            &self.encryption_key_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.encryption_key_arn.validate(&here, out);
    }
}
impl Checked for crate::models::CreateSecurityGroupRequestBody {}
impl Validate for crate::models::CreateSecurityGroupRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/securityGroupSettings");
        self.security_group_settings.validate(&here, out);
    }
}
impl Checked for crate::models::CreateSecurityGroupResponse {}
impl Validate for crate::models::CreateSecurityGroupResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/securityGroup");
        self.security_group.validate(&here, out);
    }
}
impl Checked for crate::models::DataRetentionActionType {}
impl Validate for crate::models::DataRetentionActionType {}
impl Checked for crate::models::DeleteBotResponse {}
impl Validate for crate::models::DeleteBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteDataRetentionBotResponse {}
impl Validate for crate::models::DeleteDataRetentionBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteNetworkResponse {}
impl Validate for crate::models::DeleteNetworkResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::DeleteSecurityGroupResponse {}
impl Validate for crate::models::DeleteSecurityGroupResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
    }
}
impl Checked for crate::models::ErrorDetail {}
impl Validate for crate::models::ErrorDetail {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/field");
        Checked::check(
            &self.field,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.field.validate(&here, out);
        let here = format!("{at}/reason");
        Checked::check(
            &self.reason,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.reason.validate(&here, out);
    }
}
impl Checked for crate::models::ForbiddenError {}
impl Validate for crate::models::ForbiddenError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::GetBotResponse {}
impl Validate for crate::models::GetBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/botId");
        Checked::check(
            &self.bot_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.bot_id.validate(&here, out);
        let here = format!("{at}/displayName");
        Checked::check(
            &self.display_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.display_name.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/uname");
        Checked::check(
            &self.uname,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.uname.validate(&here, out);
        let here = format!("{at}/pubkey");
        Checked::check(
            &self.pubkey,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.pubkey.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/lastLogin");
        Checked::check(
            &self.last_login,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_login.validate(&here, out);
    }
}
impl Checked for crate::models::GetBotsCountResponse {}
impl Validate for crate::models::GetBotsCountResponse {}
impl Checked for crate::models::GetDataRetentionBotResponse {}
impl Validate for crate::models::GetDataRetentionBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/botName");
        Checked::check(
            &self.bot_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.bot_name.validate(&here, out);
    }
}
impl Checked for crate::models::GetGuestUserHistoryCountResponse {}
impl Validate for crate::models::GetGuestUserHistoryCountResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/history");
        self.history.validate(&here, out);
    }
}
impl Checked for crate::models::GetNetworkResponse {}
impl Validate for crate::models::GetNetworkResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/networkName");
        Checked::check(
            &self.network_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_name.validate(&here, out);
        let here = format!("{at}/awsAccountId");
        Checked::check(
            &self.aws_account_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.aws_account_id.validate(&here, out);
        let here = format!("{at}/networkArn");
        Checked::check(
            &self.network_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_arn.validate(&here, out);
        let here = format!("{at}/freeTrialExpiration");
        Checked::check(
            &self.free_trial_expiration,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.free_trial_expiration.validate(&here, out);
        let here = format!("{at}/encryptionKeyArn");
        Checked::check(
            &self.encryption_key_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.encryption_key_arn.validate(&here, out);
    }
}
impl Checked for crate::models::GetNetworkSettingsResponse {}
impl Validate for crate::models::GetNetworkSettingsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/settings");
        self.settings.validate(&here, out);
    }
}
impl Checked for crate::models::GetOidcInfoResponse {}
impl Validate for crate::models::GetOidcInfoResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/openidConnectInfo");
        self.openid_connect_info.validate(&here, out);
        let here = format!("{at}/tokenInfo");
        self.token_info.validate(&here, out);
    }
}
impl Checked for crate::models::GetOpentdfConfigResponse {}
impl Validate for crate::models::GetOpentdfConfigResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/clientId");
        Checked::check(
            &self.client_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_id.validate(&here, out);
        let here = format!("{at}/domain");
        Checked::check(
            &self.domain,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.domain.validate(&here, out);
        let here = format!("{at}/clientSecret");
        Checked::check(
            &self.client_secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_secret.validate(&here, out);
        let here = format!("{at}/provider");
        Checked::check(
            &self.provider,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.provider.validate(&here, out);
    }
}
impl Checked for crate::models::GetSecurityGroupResponse {}
impl Validate for crate::models::GetSecurityGroupResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/securityGroup");
        self.security_group.validate(&here, out);
    }
}
impl Checked for crate::models::GetUserResponse {}
impl Validate for crate::models::GetUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/securityGroupIds");
        Checked::check(
            &self.security_group_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.security_group_ids.validate(&here, out);
    }
}
impl Checked for crate::models::GetUsersCountResponse {}
impl Validate for crate::models::GetUsersCountResponse {}
impl Checked for crate::models::GuestUser {}
impl Validate for crate::models::GuestUser {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/billingPeriod");
        Checked::check(
            &self.billing_period,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.billing_period.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/usernameHash");
        Checked::check(
            &self.username_hash,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username_hash.validate(&here, out);
    }
}
impl Checked for crate::models::GuestUserHistoryCount {}
impl Validate for crate::models::GuestUserHistoryCount {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/month");
        Checked::check(
            &self.month,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.month.validate(&here, out);
        let here = format!("{at}/count");
        Checked::check(
            &self.count,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.count.validate(&here, out);
    }
}
impl Checked for crate::models::InternalServerError {}
impl Validate for crate::models::InternalServerError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::ListBlockedGuestUsersResponse {}
impl Validate for crate::models::ListBlockedGuestUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
        let here = format!("{at}/blocklist");
        self.blocklist.validate(&here, out);
    }
}
impl Checked for crate::models::ListBotsResponse {}
impl Validate for crate::models::ListBotsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/bots");
        self.bots.validate(&here, out);
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
    }
}
impl Checked for crate::models::ListDevicesForUserResponse {}
impl Validate for crate::models::ListDevicesForUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
        let here = format!("{at}/devices");
        self.devices.validate(&here, out);
    }
}
impl Checked for crate::models::ListGuestUsersResponse {}
impl Validate for crate::models::ListGuestUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
        let here = format!("{at}/guestlist");
        self.guestlist.validate(&here, out);
    }
}
impl Checked for crate::models::ListNetworksResponse {}
impl Validate for crate::models::ListNetworksResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networks");
        self.networks.validate(&here, out);
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
    }
}
impl Checked for crate::models::ListSecurityGroupUsersResponse {}
impl Validate for crate::models::ListSecurityGroupUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/users");
        self.users.validate(&here, out);
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
    }
}
impl Checked for crate::models::ListSecurityGroupsResponse {}
impl Validate for crate::models::ListSecurityGroupsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/securityGroups");
        self.security_groups.validate(&here, out);
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
    }
}
impl Checked for crate::models::ListUsersResponse {}
impl Validate for crate::models::ListUsersResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/nextToken");
        Checked::check(
            &self.next_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.next_token.validate(&here, out);
        let here = format!("{at}/users");
        self.users.validate(&here, out);
    }
}
impl Checked for crate::models::Network {}
impl Validate for crate::models::Network {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/networkName");
        Checked::check(
            &self.network_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_name.validate(&here, out);
        let here = format!("{at}/awsAccountId");
        Checked::check(
            &self.aws_account_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.aws_account_id.validate(&here, out);
        let here = format!("{at}/networkArn");
        Checked::check(
            &self.network_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_arn.validate(&here, out);
        let here = format!("{at}/freeTrialExpiration");
        Checked::check(
            &self.free_trial_expiration,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.free_trial_expiration.validate(&here, out);
        let here = format!("{at}/encryptionKeyArn");
        Checked::check(
            &self.encryption_key_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.encryption_key_arn.validate(&here, out);
    }
}
impl Checked for crate::models::NetworkSettings {}
impl Validate for crate::models::NetworkSettings {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/consentPopup");
        self.consent_popup.validate(&here, out);
    }
}
impl Checked for crate::models::OidcConfigInfo {}
impl Validate for crate::models::OidcConfigInfo {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/applicationName");
        Checked::check(
            &self.application_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.application_name.validate(&here, out);
        let here = format!("{at}/clientId");
        Checked::check(
            &self.client_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_id.validate(&here, out);
        let here = format!("{at}/companyId");
        Checked::check(
            &self.company_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.company_id.validate(&here, out);
        let here = format!("{at}/scopes");
        Checked::check(
            &self.scopes,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scopes.validate(&here, out);
        let here = format!("{at}/issuer");
        Checked::check(
            &self.issuer,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.issuer.validate(&here, out);
        let here = format!("{at}/clientSecret");
        Checked::check(
            &self.client_secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_secret.validate(&here, out);
        let here = format!("{at}/secret");
        Checked::check(
            &self.secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.secret.validate(&here, out);
        let here = format!("{at}/redirectUrl");
        Checked::check(
            &self.redirect_url,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.redirect_url.validate(&here, out);
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/customUsername");
        Checked::check(
            &self.custom_username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.custom_username.validate(&here, out);
        let here = format!("{at}/caCertificate");
        Checked::check(
            &self.ca_certificate,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.ca_certificate.validate(&here, out);
        let here = format!("{at}/applicationId");
        Checked::check(
            &self.application_id,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.application_id.validate(&here, out);
        let here = format!("{at}/extraAuthParams");
        Checked::check(
            &self.extra_auth_params,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.extra_auth_params.validate(&here, out);
    }
}
impl Checked for crate::models::OidcTokenInfo {}
impl Validate for crate::models::OidcTokenInfo {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/codeVerifier");
        Checked::check(
            &self.code_verifier,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.code_verifier.validate(&here, out);
        let here = format!("{at}/codeChallenge");
        Checked::check(
            &self.code_challenge,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.code_challenge.validate(&here, out);
        let here = format!("{at}/accessToken");
        Checked::check(
            &self.access_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.access_token.validate(&here, out);
        let here = format!("{at}/idToken");
        Checked::check(
            &self.id_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.id_token.validate(&here, out);
        let here = format!("{at}/refreshToken");
        Checked::check(
            &self.refresh_token,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.refresh_token.validate(&here, out);
        let here = format!("{at}/tokenType");
        Checked::check(
            &self.token_type,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.token_type.validate(&here, out);
    }
}
impl Checked for crate::models::PasswordRequirements {}
impl Validate for crate::models::PasswordRequirements {}
impl Checked for crate::models::PermittedWickrEnterpriseNetwork {}
impl Validate for crate::models::PermittedWickrEnterpriseNetwork {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/domain");
        Checked::check(
            &self.domain,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.domain.validate(&here, out);
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
    }
}
impl Checked for crate::models::RateLimitError {}
impl Validate for crate::models::RateLimitError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::ReadReceiptConfig {}
impl Validate for crate::models::ReadReceiptConfig {}
impl Checked for crate::models::RegisterOidcConfigRequestBody {}
impl Validate for crate::models::RegisterOidcConfigRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/companyId");
        Checked::check(
            &self.company_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.company_id.validate(&here, out);
        let here = format!("{at}/customUsername");
        Checked::check(
            &self.custom_username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.custom_username.validate(&here, out);
        let here = format!("{at}/extraAuthParams");
        Checked::check(
            &self.extra_auth_params,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.extra_auth_params.validate(&here, out);
        let here = format!("{at}/issuer");
        Checked::check(
            &self.issuer,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.issuer.validate(&here, out);
        let here = format!("{at}/scopes");
        Checked::check(
            &self.scopes,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scopes.validate(&here, out);
        let here = format!("{at}/secret");
        Checked::check(
            &self.secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.secret.validate(&here, out);
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
    }
}
impl Checked for crate::models::RegisterOidcConfigResponse {}
impl Validate for crate::models::RegisterOidcConfigResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/applicationName");
        Checked::check(
            &self.application_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.application_name.validate(&here, out);
        let here = format!("{at}/clientId");
        Checked::check(
            &self.client_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_id.validate(&here, out);
        let here = format!("{at}/companyId");
        Checked::check(
            &self.company_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.company_id.validate(&here, out);
        let here = format!("{at}/scopes");
        Checked::check(
            &self.scopes,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scopes.validate(&here, out);
        let here = format!("{at}/issuer");
        Checked::check(
            &self.issuer,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.issuer.validate(&here, out);
        let here = format!("{at}/clientSecret");
        Checked::check(
            &self.client_secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_secret.validate(&here, out);
        let here = format!("{at}/secret");
        Checked::check(
            &self.secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.secret.validate(&here, out);
        let here = format!("{at}/redirectUrl");
        Checked::check(
            &self.redirect_url,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.redirect_url.validate(&here, out);
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/customUsername");
        Checked::check(
            &self.custom_username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.custom_username.validate(&here, out);
        let here = format!("{at}/caCertificate");
        Checked::check(
            &self.ca_certificate,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.ca_certificate.validate(&here, out);
        let here = format!("{at}/applicationId");
        Checked::check(
            &self.application_id,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.application_id.validate(&here, out);
        let here = format!("{at}/extraAuthParams");
        Checked::check(
            &self.extra_auth_params,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.extra_auth_params.validate(&here, out);
    }
}
impl Checked for crate::models::RegisterOidcConfigTestRequestBody {}
impl Validate for crate::models::RegisterOidcConfigTestRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/extraAuthParams");
        Checked::check(
            &self.extra_auth_params,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.extra_auth_params.validate(&here, out);
        let here = format!("{at}/issuer");
        Checked::check(
            &self.issuer,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.issuer.validate(&here, out);
        let here = format!("{at}/scopes");
        Checked::check(
            &self.scopes,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scopes.validate(&here, out);
        let here = format!("{at}/certificate");
        Checked::check(
            &self.certificate,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.certificate.validate(&here, out);
    }
}
impl Checked for crate::models::RegisterOidcConfigTestResponse {}
impl Validate for crate::models::RegisterOidcConfigTestResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/tokenEndpoint");
        Checked::check(
            &self.token_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.token_endpoint.validate(&here, out);
        let here = format!("{at}/userinfoEndpoint");
        Checked::check(
            &self.userinfo_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.userinfo_endpoint.validate(&here, out);
        let here = format!("{at}/responseTypesSupported");
        Checked::check(
            &self.response_types_supported,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.response_types_supported.validate(&here, out);
        let here = format!("{at}/scopesSupported");
        Checked::check(
            &self.scopes_supported,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scopes_supported.validate(&here, out);
        let here = format!("{at}/issuer");
        Checked::check(
            &self.issuer,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.issuer.validate(&here, out);
        let here = format!("{at}/authorizationEndpoint");
        Checked::check(
            &self.authorization_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.authorization_endpoint.validate(&here, out);
        let here = format!("{at}/endSessionEndpoint");
        Checked::check(
            &self.end_session_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.end_session_endpoint.validate(&here, out);
        let here = format!("{at}/logoutEndpoint");
        Checked::check(
            &self.logout_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.logout_endpoint.validate(&here, out);
        let here = format!("{at}/grantTypesSupported");
        Checked::check(
            &self.grant_types_supported,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.grant_types_supported.validate(&here, out);
        let here = format!("{at}/revocationEndpoint");
        Checked::check(
            &self.revocation_endpoint,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.revocation_endpoint.validate(&here, out);
        let here = format!("{at}/tokenEndpointAuthMethodsSupported");
        Checked::check(
            &self.token_endpoint_auth_methods_supported,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.token_endpoint_auth_methods_supported
            .validate(&here, out);
    }
}
impl Checked for crate::models::RegisterOpentdfConfigRequestBody {}
impl Validate for crate::models::RegisterOpentdfConfigRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/clientId");
        Checked::check(
            &self.client_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_id.validate(&here, out);
        let here = format!("{at}/clientSecret");
        Checked::check(
            &self.client_secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_secret.validate(&here, out);
        let here = format!("{at}/domain");
        Checked::check(
            &self.domain,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.domain.validate(&here, out);
        let here = format!("{at}/provider");
        Checked::check(
            &self.provider,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.provider.validate(&here, out);
    }
}
impl Checked for crate::models::RegisterOpentdfConfigResponse {}
impl Validate for crate::models::RegisterOpentdfConfigResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/clientId");
        Checked::check(
            &self.client_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_id.validate(&here, out);
        let here = format!("{at}/domain");
        Checked::check(
            &self.domain,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.domain.validate(&here, out);
        let here = format!("{at}/clientSecret");
        Checked::check(
            &self.client_secret,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.client_secret.validate(&here, out);
        let here = format!("{at}/provider");
        Checked::check(
            &self.provider,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.provider.validate(&here, out);
    }
}
impl Checked for crate::models::ResourceNotFoundError {}
impl Validate for crate::models::ResourceNotFoundError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::SecurityGroup {}
impl Validate for crate::models::SecurityGroup {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/activeDirectoryGuid");
        Checked::check(
            &self.active_directory_guid,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.active_directory_guid.validate(&here, out);
        let here = format!("{at}/id");
        Checked::check(
            &self.id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.id.validate(&here, out);
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/securityGroupSettings");
        self.security_group_settings.validate(&here, out);
    }
}
impl Checked for crate::models::SecurityGroupSettings {}
impl Validate for crate::models::SecurityGroupSettings {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/atakPackageValues");
        Checked::check(
            &self.atak_package_values,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.atak_package_values.validate(&here, out);
        let here = format!("{at}/quickResponses");
        Checked::check(
            &self.quick_responses,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.quick_responses.validate(&here, out);
        let here = format!("{at}/maxNonSsoSessionMinutes");
        Checked::check(
            &self.max_non_sso_session_minutes,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(525600.0),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.max_non_sso_session_minutes.validate(&here, out);
        let here = format!("{at}/permittedNetworks");
        Checked::check(
            &self.permitted_networks,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.permitted_networks.validate(&here, out);
        let here = format!("{at}/permittedWickrAwsNetworks");
        self.permitted_wickr_aws_networks.validate(&here, out);
        let here = format!("{at}/permittedWickrEnterpriseNetworks");
        self.permitted_wickr_enterprise_networks
            .validate(&here, out);
    }
}
impl Checked for crate::models::SecurityGroupSettingsRequest {}
impl Validate for crate::models::SecurityGroupSettingsRequest {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/permittedNetworks");
        Checked::check(
            &self.permitted_networks,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.permitted_networks.validate(&here, out);
        let here = format!("{at}/permittedWickrAwsNetworks");
        self.permitted_wickr_aws_networks.validate(&here, out);
        let here = format!("{at}/permittedWickrEnterpriseNetworks");
        self.permitted_wickr_enterprise_networks
            .validate(&here, out);
    }
}
impl Checked for crate::models::Setting {}
impl Validate for crate::models::Setting {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/optionName");
        Checked::check(
            &self.option_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.option_name.validate(&here, out);
        let here = format!("{at}/value");
        Checked::check(
            &self.value,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.value.validate(&here, out);
        let here = format!("{at}/type");
        Checked::check(
            &self.type_,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.type_.validate(&here, out);
    }
}
impl Checked for crate::models::ShredderSettings {}
impl Validate for crate::models::ShredderSettings {}
impl Checked for crate::models::SortDirection {}
impl Validate for crate::models::SortDirection {}
impl Checked for crate::models::Status {}
impl Validate for crate::models::Status {}
impl Checked for crate::models::UnauthorizedError {}
impl Validate for crate::models::UnauthorizedError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateBotRequestBody {}
impl Validate for crate::models::UpdateBotRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/displayName");
        Checked::check(
            &self.display_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.display_name.validate(&here, out);
        let here = format!("{at}/groupId");
        Checked::check(
            &self.group_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.group_id.validate(&here, out);
        let here = format!("{at}/challenge");
        Checked::check(
            &self.challenge,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.challenge.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateBotResponse {}
impl Validate for crate::models::UpdateBotResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateDataRetentionRequestBody {}
impl Validate for crate::models::UpdateDataRetentionRequestBody {}
impl Checked for crate::models::UpdateDataRetentionResponse {}
impl Validate for crate::models::UpdateDataRetentionResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateGuestUserRequestBody {}
impl Validate for crate::models::UpdateGuestUserRequestBody {}
impl Checked for crate::models::UpdateGuestUserResponse {}
impl Validate for crate::models::UpdateGuestUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateNetworkRequestBody {}
impl Validate for crate::models::UpdateNetworkRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/networkName");
        Checked::check(
            &self.network_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_name.validate(&here, out);
        let here = format!("{at}/encryptionKeyArn");
        Checked::check(
            &self.encryption_key_arn,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.encryption_key_arn.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateNetworkResponse {}
impl Validate for crate::models::UpdateNetworkResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateNetworkSettingsRequestBody {}
impl Validate for crate::models::UpdateNetworkSettingsRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/settings");
        self.settings.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateNetworkSettingsResponse {}
impl Validate for crate::models::UpdateNetworkSettingsResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/settings");
        self.settings.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateSecurityGroupRequestBody {}
impl Validate for crate::models::UpdateSecurityGroupRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/name");
        Checked::check(
            &self.name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.name.validate(&here, out);
        let here = format!("{at}/securityGroupSettings");
        self.security_group_settings.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateSecurityGroupResponse {}
impl Validate for crate::models::UpdateSecurityGroupResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/securityGroup");
        self.security_group.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserDetails {}
impl Validate for crate::models::UpdateUserDetails {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/securityGroupIds");
        Checked::check(
            &self.security_group_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.security_group_ids.validate(&here, out);
        let here = format!("{at}/inviteCode");
        Checked::check(
            &self.invite_code,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.invite_code.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserRequestBody {}
impl Validate for crate::models::UpdateUserRequestBody {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/userDetails");
        self.user_details.validate(&here, out);
    }
}
impl Checked for crate::models::UpdateUserResponse {}
impl Validate for crate::models::UpdateUserResponse {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
        let here = format!("{at}/securityGroupIds");
        Checked::check(
            &self.security_group_ids,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.security_group_ids.validate(&here, out);
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
        let here = format!("{at}/middleName");
        Checked::check(
            &self.middle_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.middle_name.validate(&here, out);
        let here = format!("{at}/inviteCode");
        Checked::check(
            &self.invite_code,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.invite_code.validate(&here, out);
    }
}
impl Checked for crate::models::User {}
impl Validate for crate::models::User {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/userId");
        Checked::check(
            &self.user_id,
            &crate::runtime::Rules {
                min_length: Some(1),
                max_length: Some(10),
                pattern: Some("[0-9]+"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.user_id.validate(&here, out);
        let here = format!("{at}/firstName");
        Checked::check(
            &self.first_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.first_name.validate(&here, out);
        let here = format!("{at}/lastName");
        Checked::check(
            &self.last_name,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.last_name.validate(&here, out);
        let here = format!("{at}/username");
        Checked::check(
            &self.username,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.username.validate(&here, out);
        let here = format!("{at}/securityGroups");
        Checked::check(
            &self.security_groups,
            &crate::runtime::Rules {
                items: Some(&crate::runtime::Rules {
                    pattern: Some("[\\S]+"),
                    ..crate::runtime::Rules::NONE
                }),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.security_groups.validate(&here, out);
        let here = format!("{at}/scimId");
        Checked::check(
            &self.scim_id,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.scim_id.validate(&here, out);
        let here = format!("{at}/type");
        Checked::check(
            &self.type_,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.type_.validate(&here, out);
        let here = format!("{at}/cell");
        Checked::check(
            &self.cell,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.cell.validate(&here, out);
        let here = format!("{at}/countryCode");
        Checked::check(
            &self.country_code,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.country_code.validate(&here, out);
        let here = format!("{at}/inviteCode");
        Checked::check(
            &self.invite_code,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.invite_code.validate(&here, out);
        let here = format!("{at}/uname");
        Checked::check(
            &self.uname,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.uname.validate(&here, out);
    }
}
impl Checked for crate::models::ValidationError {}
impl Validate for crate::models::ValidationError {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/reasons");
        self.reasons.validate(&here, out);
        let here = format!("{at}/message");
        Checked::check(
            &self.message,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.message.validate(&here, out);
    }
}
impl Checked for crate::models::WickrAwsNetworks {}
impl Validate for crate::models::WickrAwsNetworks {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let here = format!("{at}/region");
        Checked::check(
            &self.region,
            &crate::runtime::Rules {
                pattern: Some("[\\S\\s]*"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.region.validate(&here, out);
        let here = format!("{at}/networkId");
        Checked::check(
            &self.network_id,
            &crate::runtime::Rules {
                min_length: Some(8),
                max_length: Some(8),
                pattern: Some("[0-9]{8}"),
                ..crate::runtime::Rules::NONE
            },
            &here,
            out,
        );
        self.network_id.validate(&here, out);
    }
}
