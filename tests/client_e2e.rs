//! Generated clients (the fixture snapshots) against a real HTTP server on a loopback port:
//! what goes over the wire for each parameter style and body kind, and how each documented,
//! undocumented and malformed response comes back as a typed value.

use serde_json::json;
use specmint_tests::echo::EchoServer;

/// Starts the loopback server; it stops when the test's runtime ends.
async fn serve() -> String {
    format!("{}/", EchoServer::start().await.url)
}

#[tokio::test]
async fn parameters_are_encoded_by_location_and_style() {
    use fixture_parameters::Client;
    let client = Client::new(serve().await);
    let tags = ["a b~*+".to_string(), "c&d".to_string()];
    let echo = client
        .get_part("x/y z", 7, &tags, "req-1")
        .ids(&[1, 2, 3])
        .piped(&["p".to_string(), "q".to_string()])
        .x_trace(true)
        .session("s1")
        .await
        .unwrap();
    assert_eq!(echo.status(), 200);
    assert_eq!(echo.method, "GET");
    // The path parameter is percent-encoded, slash included; the base URL's slash is not doubled.
    assert_eq!(echo.path, "/items/x%2Fy%20z/parts/7");
    // form+explode repeats the key, explode=false joins with commas, pipeDelimited with pipes,
    // and an absent optional parameter is left out. Names and values are percent-encoded as
    // RFC 3986 (and SigV4) canonicalize them: a space as `%20`, `~` as it is, `*` as `%2A`.
    assert_eq!(
        echo.query,
        "tags=a%20b~%2A%2B&tags=c%26d&ids=1%2C2%2C3&piped=p%7Cq"
    );
    assert_eq!(
        echo.headers.get("x-request-id").map(String::as_str),
        Some("req-1")
    );
    assert_eq!(
        echo.headers.get("x-trace").map(String::as_str),
        Some("true")
    );
    assert_eq!(
        echo.headers.get("cookie").map(String::as_str),
        Some("session=s1")
    );

    let echo = client
        .get_part("i", 1, &[], "req-2")
        .limit(5)
        .await
        .unwrap();
    assert_eq!(echo.query, "limit=5");
    assert!(!echo.headers.contains_key("x-trace") && !echo.headers.contains_key("cookie"));
}

#[tokio::test]
async fn bodies_are_sent_per_media_type() {
    use fixture_bodies::{models, Client};
    let client = Client::new(serve().await);
    let note = models::Note {
        title: "hi".into(),
        pinned: Some(true),
        stars: None,
    };

    let echo = client.send_json(&note).await.unwrap();
    assert_eq!(
        echo.headers.get("content-type").map(String::as_str),
        Some("application/json")
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&echo.body).unwrap(),
        json!({"title": "hi", "pinned": true})
    );

    let form = models::SendFormBody {
        grant_type: "client_credentials".into(),
        scope: Some("a b".into()),
    };
    let echo = client.send_form().body(&form).await.unwrap();
    assert_eq!(
        echo.headers.get("content-type").map(String::as_str),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(echo.body, "grant_type=client_credentials&scope=a+b");
    let echo = client.send_form().await.unwrap();
    assert_eq!(echo.body, "");

    // Offered both, the client prefers JSON.
    let echo = client.send_preferred(&note).await.unwrap();
    assert_eq!(echo.method, "PUT");
    assert_eq!(
        echo.headers.get("content-type").map(String::as_str),
        Some("application/json")
    );

    let form = fixture_bodies::apis::default::UploadForm {
        file: fixture_bodies::FilePart::new(b"contents".to_vec()).file_name("a.txt"),
        attachments: None,
        tags: Some(vec!["x".into(), "y".into()]),
        meta: Some(note.clone()),
        count: Some(2),
    };
    let echo = client.upload(form).await.unwrap();
    assert!(
        echo.headers["content-type"].starts_with("multipart/form-data; boundary="),
        "{:?}",
        echo.headers
    );
    // A file part with its name, a list as one part per item, an object as JSON, a number as
    // text, and nothing for the part left out.
    for expected in [
        "name=\"file\"; filename=\"a.txt\"\r\n\r\ncontents\r\n",
        "name=\"tags\"\r\n\r\nx\r\n",
        "name=\"tags\"\r\n\r\ny\r\n",
        "name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"title\":\"hi\",\"pinned\":true}\r\n",
        "name=\"count\"\r\n\r\n2\r\n",
    ] {
        assert!(echo.body.contains(expected), "{expected:?} in {}", echo.body);
    }
    assert!(!echo.body.contains("attachments"), "{}", echo.body);

    // A multipart body without named parts is a form the caller builds.
    let form = fixture_bodies::reqwest::multipart::Form::new().text("free", "style");
    let echo = client.upload_any().body(form).await.unwrap();
    assert!(echo.body.contains("name=\"free\""), "{}", echo.body);

    let bytes = client.put_raw(vec![0, 159, 146, 150]).await.unwrap();
    assert_eq!(bytes.into_inner(), vec![0, 159, 146, 150]);

    let text = client.send_text("ping").await.unwrap();
    assert_eq!(&*text, "you said: ping");
}

#[tokio::test]
async fn responses_decode_into_typed_values_and_errors() {
    use fixture_responses::apis::default::{
        DefaultedError, RespondError, RespondResponse, StrictError,
    };
    use fixture_responses::{Client, Error};
    let client = Client::new(serve().await);

    // Several success responses of different shapes: a response enum.
    match client.respond(200).await.unwrap().into_inner() {
        RespondResponse::Ok(widget) => {
            assert_eq!(widget.name, "gear");
            assert_eq!(widget.nested.and_then(|n| n.count), Some(3));
        }
        other => panic!("unexpected {other:?}"),
    }
    // `Ticket` is only received (`#[non_exhaustive]`), so it is matched, not built.
    match client.respond(202).await.unwrap().into_inner() {
        RespondResponse::Accepted(ticket) => assert_eq!(ticket.ticket.as_deref(), Some("t-1")),
        other => panic!("unexpected {other:?}"),
    }
    let no_content = client.respond(204).await.unwrap();
    assert_eq!(
        (no_content.status(), no_content.into_inner()),
        (
            fixture_responses::StatusCode::NO_CONTENT,
            RespondResponse::NoContent
        )
    );

    // Documented errors carry their typed bodies; ranges keep the status.
    match client.respond(404).await {
        Err(Error::Status(RespondError::NotFound(problem))) => {
            assert_eq!(problem.error_description.as_deref(), Some("status 404"))
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(matches!(
        client.respond(409).await,
        Err(Error::Status(RespondError::Conflict))
    ));
    match client.respond(503).await {
        Err(Error::Status(RespondError::Status5XX { status, body })) => {
            assert_eq!(status, 503);
            assert_eq!(body.error, "no");
        }
        other => panic!("unexpected {other:?}"),
    }
    // An undocumented status keeps status, headers and raw body.
    match client.respond(418).await {
        Err(Error::Status(RespondError::Unknown(unexpected))) => {
            assert_eq!(unexpected.status, 418);
            assert_eq!(unexpected.text(), "short and stout");
            assert!(unexpected.headers.contains_key("content-type"));
        }
        other => panic!("unexpected {other:?}"),
    }

    // An error status never becomes a decode error: a body that is not the documented type
    // (an HTML error page, plain text, another JSON shape) gives `Unknown` with status, headers
    // and raw body, and says why the documented type did not fit.
    for (kind, status, start) in [
        ("html", 500, "<html>"),
        ("text", 404, "no widget by that name"),
        ("other-json", 404, "{\"message\":\"Widget not found\""),
    ] {
        match client.with_header("x-body", kind).respond(status).await {
            Err(Error::Status(RespondError::Unknown(unexpected))) => {
                assert_eq!(unexpected.status.as_u16(), status as u16, "{kind}");
                assert!(
                    unexpected.text().starts_with(start),
                    "{kind}: {}",
                    unexpected.text()
                );
                assert!(unexpected.headers.contains_key("content-type"), "{kind}");
                let why = unexpected.decode_error.as_deref().unwrap_or_default();
                assert!(!why.is_empty(), "{kind}: no decode error kept");
            }
            other => panic!("{kind}: unexpected {other:?}"),
        }
    }

    // A body that does not match its schema names the operation and the path inside the body.
    match client.strict(201).await {
        Err(Error::Decode {
            operation,
            status,
            path,
            message,
            ..
        }) => {
            assert_eq!(
                (operation, status.as_u16(), path.as_str()),
                ("strict", 201, "name")
            );
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(
        matches!(client.strict(400).await, Err(Error::Status(StrictError::BadRequest(p))) if p.error == "bad")
    );

    // `default` takes every status not listed, typed.
    assert_eq!(client.defaulted(204).await.unwrap().status(), 204);
    match client.defaulted(422).await {
        Err(Error::Status(DefaultedError::Default { status, body })) => {
            assert_eq!(status, 422);
            assert_eq!(body.error, "failed with 422");
        }
        other => panic!("unexpected {other:?}"),
    }

    // Only `default` documented: a 2xx decodes into its type, anything else is the error.
    assert_eq!(client.only_default(200).await.unwrap().error, "outcome 200");
    assert!(matches!(
        client.only_default(500).await,
        Err(Error::Status(_))
    ));
    // No success documented at all: a 2xx body comes back raw.
    let raw = client.no_success(200).await.unwrap().into_inner();
    assert_eq!(
        String::from_utf8(raw).unwrap(),
        r#"{"error":"outcome 200"}"#
    );
    assert!(matches!(
        client.no_success(404).await,
        Err(Error::Status(
            fixture_responses::apis::default::NoSuccessError::NotFound
        ))
    ));
}

#[tokio::test]
async fn a_schema_reached_through_a_path_ref_is_one_type() {
    use fixture_refs::{models, Client};
    let client = Client::new(serve().await);
    let a: models::GetAResponse = client.get_a().limit(3).await.unwrap().into_inner();
    let b: models::GetAResponse = client.get_b().await.unwrap().into_inner();
    assert_eq!(a, b);
}

#[tokio::test]
async fn label_and_matrix_path_parameters_are_styled() {
    let client = fixture_parameters::Client::new(serve().await);
    let echo = client.get_styled(&[1, 2], &[3, 4]).await.unwrap();
    // label: a leading dot, values joined with commas; matrix with explode: `;name=value` each.
    assert_eq!(echo.path, "/styled/.1,2/;matrix=3;matrix=4");
}

#[tokio::test]
async fn transport_failures_are_transport_errors() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = fixture_responses::Client::new(format!("http://{addr}"));
    match client.respond(200).await {
        Err(fixture_responses::Error::Transport(e)) => assert!(e.is_connect(), "{e}"),
        other => panic!("unexpected {other:?}"),
    }
}
