//! Generated models inside a user's own serde types behave as serde-derived ones would: as a
//! flattened part, in `Option`, `Vec` and maps, through JSON and YAML. Formats that are not
//! self-describing (postcard here) cannot read them back, as the client README says.

use std::collections::BTreeMap;

use ory_hydra_client::models::{GenericError, OAuth2Client};
use serde::{Deserialize, Serialize};

/// A user's own type wrapping generated models every way serde allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Envelope {
    request_id: String,
    #[serde(flatten)]
    error: GenericError,
    previous: Option<GenericError>,
    missing: Option<GenericError>,
    history: Vec<GenericError>,
    clients: BTreeMap<String, OAuth2Client>,
}

/// `GenericError` is only ever received, so the client marks it `#[non_exhaustive]`: it is
/// built from its default and filled in.
fn error(message: &str, code: i64) -> GenericError {
    let mut error = GenericError::default();
    error.code = Some(code);
    error.message = message.to_string();
    error.details = Some(serde_json::json!({"field": "redirect_uris", "hints": [1, 2]}));
    error.reason = Some("because".to_string());
    error
}

fn envelope() -> Envelope {
    let client = OAuth2Client {
        client_id: Some("web".to_string()),
        client_name: Some("Web app".to_string()),
        redirect_uris: Some(vec!["https://app.example.com/cb".to_string()]),
        ..OAuth2Client::default()
    };
    Envelope {
        request_id: "r-1".to_string(),
        error: error("not found", 404),
        previous: Some(error("conflict", 409)),
        missing: None,
        history: vec![error("a", 500), error("b", 502)],
        clients: BTreeMap::from([("web".to_string(), client)]),
    }
}

#[test]
fn models_round_trip_inside_user_types_through_json() {
    let value = envelope();
    let text = serde_json::to_string(&value).unwrap();
    // The flattened model's fields sit beside the user's own.
    let tree: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(tree["request_id"], "r-1");
    assert_eq!(tree["message"], "not found");
    assert_eq!(tree["code"], 404);
    assert_eq!(tree["missing"], serde_json::Value::Null);
    assert_eq!(serde_json::from_str::<Envelope>(&text).unwrap(), value);
}

#[test]
fn models_round_trip_inside_user_types_through_yaml() {
    let value = envelope();
    let text = serde_yaml::to_string(&value).unwrap();
    assert!(text.contains("message: not found"), "{text}");
    assert_eq!(serde_yaml::from_str::<Envelope>(&text).unwrap(), value);
}

#[test]
fn formats_that_are_not_self_describing_cannot_read_models_back() {
    let value = error("not found", 404);
    let bytes = postcard::to_stdvec(&value).expect("postcard writes a model");
    let read = postcard::from_bytes::<GenericError>(&bytes);
    assert!(read.is_err(), "postcard read a model back: {read:?}");
}
