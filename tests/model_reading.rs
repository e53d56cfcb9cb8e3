//! Models are read, written, printed and compared through the runtime's `object!` tables
//! rather than serde's and the standard derives. These tests hold them to what the derives did:
//! renamed and escaped keys, absent and `null` optional fields, missing and repeated required
//! ones, unknown entries, additional properties, objects only, error paths through nested
//! models, `Debug`'s text and `PartialEq`, in the client and in the server; for structs read
//! into their `Default` and structs read into slots (a required field without a default).

use fixture_objects::models::{
    Closed, Leash, LeashColor, Open, Pet, PetOwner, Walk, WalkPace, WalkRoute,
};
use serde_json::json;

fn pet_json() -> serde_json::Value {
    json!({
        "id": 7,
        "name": "Rex",
        "type": "dog",
        "ref": "r-1",
        "self": "s-1",
        "fooBar": "camel",
        "foo_bar": "snake",
        "cf-turnstile-response": "token",
        "nickname": null,
        "owner": {"name": "Ann", "since": 2020},
        "legacy_code": "L1",
        "unknown": {"ignored": [1, 2, 3]},
    })
}

#[test]
fn client_reads_every_field_by_its_wire_name() {
    let pet: Pet = serde_json::from_value(pet_json()).unwrap();
    assert_eq!(pet.id, 7);
    assert_eq!(pet.name, "Rex");
    assert_eq!(pet.type_, "dog");
    assert_eq!(pet.ref_.as_deref(), Some("r-1"));
    assert_eq!(pet.self_.as_deref(), Some("s-1"));
    assert_eq!(pet.foo_bar.as_deref(), Some("camel"));
    assert_eq!(pet.foo_bar2.as_deref(), Some("snake"));
    assert_eq!(pet.cf_turnstile_response.as_deref(), Some("token"));
    // `null` and absent optional fields are both `None`.
    assert_eq!(pet.nickname, None);
    assert_eq!(pet.tags, None);
    assert_eq!(
        pet.owner.as_ref().and_then(|o| o.name.as_deref()),
        Some("Ann")
    );
    #[allow(deprecated)]
    let legacy = pet.legacy_code.as_deref();
    assert_eq!(legacy, Some("L1"));

    // Written back, `None` fields are left out, except the required nullable one.
    let written = serde_json::to_value(&pet).unwrap();
    assert_eq!(
        written,
        json!({
            "id": 7, "name": "Rex", "type": "dog", "ref": "r-1", "self": "s-1",
            "fooBar": "camel", "foo_bar": "snake", "cf-turnstile-response": "token",
            "owner": {"name": "Ann"}, "legacy_code": "L1",
        })
    );
    let again: Pet = serde_json::from_value(written).unwrap();
    assert_eq!(again, pet);
}

#[test]
fn client_reads_escaped_keys_and_required_nullable_fields() {
    // A key with an escape cannot be borrowed from the input; it still names the field.
    let text = r#"{"id": 1, "na\u006de": "Rex", "type": "cat", "owner": null}"#;
    let pet: Pet = serde_json::from_str(text).unwrap();
    assert_eq!(pet.name, "Rex");
    assert_eq!(pet.owner, None);
    // Required but nullable: absent reads as `None`, as with serde's derive.
    let pet: Pet = serde_json::from_str(r#"{"id": 1, "name": "Rex", "type": "cat"}"#).unwrap();
    assert_eq!(pet.owner, None);
}

#[test]
fn client_refuses_missing_repeated_and_non_object_values() {
    let missing = serde_json::from_str::<Pet>(r#"{"id": 1, "type": "cat"}"#).unwrap_err();
    assert!(
        missing.to_string().contains("missing field `name`"),
        "{missing}"
    );
    let repeated =
        serde_json::from_str::<Pet>(r#"{"id": 1, "id": 2, "name": "Rex", "type": "cat"}"#)
            .unwrap_err();
    assert!(
        repeated.to_string().contains("duplicate field `id`"),
        "{repeated}"
    );
    let array = serde_json::from_str::<Pet>(r#"[1, "Rex", "cat"]"#).unwrap_err();
    assert!(
        array.to_string().contains("expected a JSON object"),
        "{array}"
    );
    let wrong_type =
        serde_json::from_str::<Pet>(r#"{"id": "seven", "name": "Rex", "type": "cat"}"#)
            .unwrap_err();
    assert!(
        wrong_type.to_string().contains("invalid type"),
        "{wrong_type}"
    );
}

#[test]
fn error_paths_run_through_nested_models() {
    let text = r#"{"id": 1, "name": "Rex", "type": "cat", "owner": {"name": 5}}"#;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, Pet>(&mut deserializer).unwrap_err();
    assert_eq!(err.path().to_string(), "owner.name");
}

#[test]
fn additional_properties_are_kept_and_written_back() {
    let open: Open =
        serde_json::from_value(json!({"known": "k", "x": 1, "y": {"z": [true]}})).unwrap();
    assert_eq!(open.known.as_deref(), Some("k"));
    assert_eq!(open.additional_properties.len(), 2);
    assert_eq!(open.additional_properties["x"], json!(1));
    assert_eq!(open.additional_properties["y"], json!({"z": [true]}));
    assert_eq!(
        serde_json::to_value(&open).unwrap(),
        json!({"known": "k", "x": 1, "y": {"z": [true]}})
    );
    // A struct without fields or additional properties skips whatever it is given.
    let closed: Closed = serde_json::from_value(json!({"a": 1, "b": [null]})).unwrap();
    assert_eq!(closed, Closed::default());
}

#[test]
fn server_models_read_alike() {
    use fixture_objects_server::models::Pet as ServerPet;
    let pet: ServerPet = serde_json::from_value(pet_json()).unwrap();
    assert_eq!(pet.name, "Rex");
    assert_eq!(pet.foo_bar2.as_deref(), Some("snake"));
    let array = serde_json::from_str::<ServerPet>(r#"[1, "Rex", "cat"]"#).unwrap_err();
    assert!(
        array.to_string().contains("expected a JSON object"),
        "{array}"
    );
    let repeated = serde_json::from_str::<ServerPet>(
        r#"{"id": 1, "name": "Rex", "name": "Max", "type": "cat"}"#,
    )
    .unwrap_err();
    assert!(
        repeated.to_string().contains("duplicate field `name`"),
        "{repeated}"
    );
}

#[test]
fn debug_prints_what_the_derive_printed() {
    // The models are only received (`#[non_exhaustive]`), so they are read, not built.
    let owner: PetOwner = serde_json::from_value(json!({"name": "Ann"})).unwrap();
    assert_eq!(format!("{owner:?}"), r#"PetOwner { name: Some("Ann") }"#);
    // Fields go by their Rust names (`type_`, `ref_`), in declaration order.
    let pet: Pet = serde_json::from_value(pet_json()).unwrap();
    let printed = format!("{pet:?}");
    assert!(
        printed.starts_with(r#"Pet { id: 7, name: "Rex", type_: "dog", ref_: Some("r-1"), "#),
        "{printed}"
    );
    assert!(
        printed.contains(r#"owner: Some(PetOwner { name: Some("Ann") })"#),
        "{printed}"
    );
    // The additional properties come last, under their field's name.
    let open: Open = serde_json::from_value(json!({"known": "k", "x": 1})).unwrap();
    assert_eq!(
        format!("{open:?}"),
        r#"Open { known: Some("k"), additional_properties: {"x": Number(1)} }"#
    );
    assert_eq!(format!("{:?}", Closed::default()), "Closed");
    // The alternate form is the derive's too.
    assert_eq!(
        format!("{owner:#?}"),
        "PetOwner {\n    name: Some(\n        \"Ann\",\n    ),\n}"
    );
}

#[test]
fn equality_compares_every_field_and_the_additional_properties() {
    let pet: Pet = serde_json::from_value(pet_json()).unwrap();
    let mut other = pet.clone();
    assert_eq!(pet, other);
    other.nickname = Some("Rexy".into());
    assert_ne!(pet, other);
    let mut other = pet.clone();
    other.owner = Some(PetOwner::default());
    assert_ne!(pet, other);

    let open: Open = serde_json::from_value(json!({"known": "k", "x": 1})).unwrap();
    let mut other = open.clone();
    assert_eq!(open, other);
    other.additional_properties.insert("x".into(), json!(2));
    assert_ne!(open, other);
}

#[test]
fn a_struct_with_a_required_enum_has_a_default_and_still_requires_the_field() {
    // The enum's default is the first value the spec lists.
    assert_eq!(LeashColor::default(), LeashColor::Red);
    let leash = Leash::default();
    assert_eq!((&leash.color, leash.length), (&LeashColor::Red, None));
    // Being read into its default does not make the field optional.
    let missing = serde_json::from_value::<Leash>(json!({"length": 2})).unwrap_err();
    assert!(
        missing.to_string().contains("missing field `color`"),
        "{missing}"
    );
    let leash: Leash = serde_json::from_value(json!({"color": "blue"})).unwrap();
    assert_eq!((&leash.color, leash.length), (&LeashColor::Blue, None));
    assert_eq!(
        serde_json::to_value(&leash).unwrap(),
        json!({"color": "blue"})
    );
}

#[test]
fn a_struct_without_a_default_is_read_into_slots() {
    let walk: Walk = serde_json::from_value(json!({
        "pace": "brisk",
        "route": 12,
        "leash": {"color": "red", "length": 3},
        "unknown": true,
    }))
    .unwrap();
    assert_eq!(walk.pace, WalkPace::Brisk);
    assert_eq!(walk.route, WalkRoute::Integer(12));
    assert_eq!(walk.note, None);
    assert_eq!(walk.leash.as_ref().map(|l| l.length), Some(Some(3)));
    assert_eq!(
        serde_json::to_value(&walk).unwrap(),
        json!({"pace": "brisk", "route": 12, "leash": {"color": "red", "length": 3}})
    );
    let missing = serde_json::from_value::<Walk>(json!({"pace": "slow"})).unwrap_err();
    assert!(
        missing.to_string().contains("missing field `route`"),
        "{missing}"
    );
    let repeated = serde_json::from_str::<Walk>(r#"{"pace": "slow", "route": "a", "route": "b"}"#)
        .unwrap_err();
    assert!(
        repeated.to_string().contains("duplicate field `route`"),
        "{repeated}"
    );
    let null = serde_json::from_value::<Walk>(json!({"pace": null, "route": "a"})).unwrap_err();
    assert!(null.to_string().contains("invalid type: null"), "{null}");
    assert_eq!(
        format!("{walk:?}"),
        r#"Walk { pace: Brisk, route: Integer(12), note: None, leash: Some(Leash { color: Red, length: Some(3) }) }"#
    );
}
