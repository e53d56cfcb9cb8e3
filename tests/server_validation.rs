//! A generated server (the enums fixture's) with a small implementation, through the generated
//! client and through raw HTTP: enum values the spec does not list are refused before the
//! implementation runs, and what it returns goes out typed.

use fixture_enums_server::apis::default::{self, DefaultApi};
use fixture_enums_server::{models, Reply};

/// Echoes the status filter back as one order.
#[derive(Clone)]
struct Orders;

impl DefaultApi for Orders {
    async fn list_orders(
        &self,
        request: default::ListOrdersRequest,
    ) -> Reply<default::ListOrdersResponse> {
        let status = match request.status {
            Some(models::ListOrdersStatus::Delivered) => models::Status::Placed,
            _ => models::Status::V1,
        };
        // The integer enum comes back as the order's size.
        let size = request.level.map(|level| match level {
            models::ListOrdersLevel::Minus1 => models::OrderSize::V1,
            models::ListOrdersLevel::V0 => models::OrderSize::V2,
            models::ListOrdersLevel::V10 => models::OrderSize::V3,
        });
        default::ListOrdersResponse::Ok(vec![models::Order {
            status,
            priority: Some(models::OrderPriority::High),
            codes: None,
            size,
        }])
        .into()
    }
}

async fn start() -> String {
    specmint_tests::serve(fixture_enums_server::router(Orders)).await
}

#[tokio::test]
async fn listed_values_pass_and_others_are_refused() {
    let url = start().await;
    let client = fixture_enums::Client::new(&url);
    let orders = client
        .list_orders()
        .status(&fixture_enums::models::ListOrdersStatus::Delivered)
        .level(&fixture_enums::models::ListOrdersLevel::Minus1)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(orders[0].status, fixture_enums::models::Status::Placed);
    assert_eq!(
        orders[0].priority,
        Some(fixture_enums::models::OrderPriority::High)
    );
    assert_eq!(orders[0].size, Some(fixture_enums::models::OrderSize::V1));
    let orders = client.list_orders().await.unwrap().into_inner();
    assert_eq!(orders[0].status, fixture_enums::models::Status::V1);
    assert_eq!(orders[0].size, None);
    assert_eq!(
        serde_json::to_value(fixture_enums::models::OrderSize::V3).unwrap(),
        serde_json::json!(3)
    );
    // An integer the client does not know is kept; the server refuses it.
    let unknown: fixture_enums::models::ListOrdersLevel = serde_json::from_str("7").unwrap();
    assert_eq!(unknown, fixture_enums::models::ListOrdersLevel::Unknown(7));
    match client.list_orders().level(&unknown).await {
        Err(fixture_enums::Error::Status(
            fixture_enums::apis::default::ListOrdersError::Unknown(response),
        )) => assert_eq!(response.status, 400),
        other => panic!("unexpected {other:?}"),
    }

    // A value the spec does not list: the client would send it (its enums are open), the server
    // refuses it, naming the parameter.
    let unknown = fixture_enums::models::ListOrdersStatus::Unknown("lost".into());
    match client.list_orders().status(&unknown).await {
        Err(fixture_enums::Error::Status(
            fixture_enums::apis::default::ListOrdersError::Unknown(response),
        )) => {
            assert_eq!(response.status, 400);
            let problem: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
            assert_eq!(
                (problem["location"].as_str(), problem["pointer"].as_str()),
                (Some("query"), Some("status"))
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    let response = reqwest::get(format!("{url}/orders?status=placed&status=approved"))
        .await
        .unwrap();
    assert_eq!(response.status(), 400, "given twice");
}

mod constraints {
    //! The constraints fixture's server: bounds, lengths, patterns (one with lookaheads), item
    //! counts and uniqueness, on parameters, fields, list items and aliases.

    use fixture_constraints_server::apis::default::{self, DefaultApi};
    use fixture_constraints_server::Reply;
    use serde_json::{json, Value};

    /// Books whatever passed validation, echoing it back with the path's airport first.
    #[derive(Clone)]
    struct Desk;

    impl DefaultApi for Desk {
        async fn book_flight(
            &self,
            request: default::BookFlightRequest,
        ) -> Reply<default::BookFlightResponse> {
            let mut booking = request.body;
            booking.name = format!("{}:{}", request.code, booking.name);
            default::BookFlightResponse::Created(booking).into()
        }
    }

    async fn start() -> String {
        specmint_tests::serve(fixture_constraints_server::router(Desk)).await
    }

    fn good() -> Value {
        json!({
            "name": "Ada",
            "seats": 2,
            "price": 120.5,
            "password": "Secret12",
            "via": ["CDG", "FRA"],
            "legs": [{"from": "LHR", "minutes": 95}],
            "notes": {"meal": "veg"}
        })
    }

    /// Sends a booking and returns the status and the JSON answer.
    async fn send(url: &str, path_and_query: &str, body: &Value, agent: &str) -> (u16, Value) {
        let response = reqwest::Client::new()
            .post(format!("{url}{path_and_query}"))
            .header("X-Agent", agent)
            .json(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    #[tokio::test]
    async fn valid_requests_pass_through_the_generated_client() {
        let url = start().await;
        let client = fixture_constraints::Client::new(&url);
        let booking: fixture_constraints::models::Booking = serde_json::from_value(good()).unwrap();
        let code: fixture_constraints::models::AirportCode = "LHR".to_string();
        let tags = ["aa".to_string(), "bb".to_string()];
        let booked = client
            .book_flight(&code, &booking)
            .limit(100)
            .ratio(0.75)
            .tags(&tags)
            .x_agent("agent-07")
            .await
            .unwrap()
            .into_inner();
        assert_eq!(booked.name, "LHR:Ada");
        assert_eq!(booked.legs, booking.legs);
    }

    #[tokio::test]
    async fn parameters_breaking_their_rules_get_400_naming_them() {
        let url = start().await;
        let cases = [
            ("/airports/lhr/flights", "ok", "path", "code"),
            ("/airports/LHRX/flights", "ok", "path", "code"),
            ("/airports/LHR/flights?limit=0", "ok", "query", "limit"),
            ("/airports/LHR/flights?limit=101", "ok", "query", "limit"),
            ("/airports/LHR/flights?ratio=0", "ok", "query", "ratio"),
            ("/airports/LHR/flights?ratio=0.3", "ok", "query", "ratio"),
            ("/airports/LHR/flights?tags=a", "ok", "query", "tags"),
            ("/airports/LHR/flights?tags=aa,bb,cc", "ok", "query", "tags"),
            ("/airports/LHR/flights", "agent-007", "header", "X-Agent"),
        ];
        for (path, agent, location, name) in cases {
            let (status, problem) = send(&url, path, &good(), agent).await;
            assert_eq!(status, 400, "{path} {agent}: {problem}");
            assert_eq!(problem["location"], location, "{path}: {problem}");
            assert_eq!(problem["pointer"], name, "{path}: {problem}");
            assert!(
                problem["violations"]
                    .as_array()
                    .is_some_and(|v| !v.is_empty()),
                "{path}: {problem}"
            );
        }
        let (status, _) = send(
            &url,
            "/airports/LHR/flights?limit=1&ratio=0.25&tags=aa",
            &good(),
            "agent-07",
        )
        .await;
        assert_eq!(status, 201, "values on the bounds pass");
    }

    #[tokio::test]
    async fn bodies_breaking_their_rules_get_422_with_pointers() {
        let url = start().await;
        let cases: [(&str, Value, &str); 11] = [
            ("empty name", json!({"name": ""}), "/name"),
            ("long name", json!({"name": "Ada Lovelace"}), "/name"),
            ("seats at exclusive maximum", json!({"seats": 10}), "/seats"),
            ("seats below minimum", json!({"seats": 0}), "/seats"),
            ("price off the step", json!({"price": 1.25}), "/price"),
            (
                "password without capitals",
                json!({"password": "secret12"}),
                "/password",
            ),
            ("repeated stop", json!({"via": ["CDG", "CDG"]}), "/via/1"),
            (
                "stop not an airport code",
                json!({"via": ["CDG", "ams"]}),
                "/via/1",
            ),
            ("no legs", json!({"legs": []}), "/legs"),
            (
                "short leg",
                json!({"legs": [{"from": "LHR"}, {"from": "JFK", "minutes": 5}]}),
                "/legs/1/minutes",
            ),
            (
                "too many notes",
                json!({"notes": {"a": "1", "b": "2", "c": "3"}}),
                "/notes",
            ),
        ];
        for (what, change, pointer) in cases {
            let mut body = good();
            for (key, value) in change.as_object().unwrap() {
                body[key] = value.clone();
            }
            let (status, problem) = send(&url, "/airports/LHR/flights", &body, "ok").await;
            assert_eq!(status, 422, "{what}: {problem}");
            assert_eq!(problem["location"], "body", "{what}: {problem}");
            assert_eq!(problem["pointer"], pointer, "{what}: {problem}");
        }

        // A model is read from a JSON object only, not from an array of its fields in order
        // (which serde's derive alone would take), at the top or nested.
        let fields_in_order = json!(["Ada", 2, 10.0, null, null, [{"from": "LHR"}], null]);
        let (status, problem) = send(&url, "/airports/LHR/flights", &fields_in_order, "ok").await;
        assert_eq!(
            (status, &problem["pointer"]),
            (422, &json!("")),
            "{problem}"
        );
        let mut body = good();
        body["legs"] = json!([["LHR", 95]]);
        let (status, problem) = send(&url, "/airports/LHR/flights", &body, "ok").await;
        assert_eq!(
            (status, &problem["pointer"]),
            (422, &json!("/legs/0")),
            "{problem}"
        );

        // Every broken rule is listed, not only the first.
        let mut body = good();
        body["name"] = json!("");
        body["seats"] = json!(0);
        body["legs"] = json!([{"from": "xx"}]);
        let (status, problem) = send(&url, "/airports/LHR/flights", &body, "ok").await;
        assert_eq!(status, 422);
        let pointers: Vec<&str> = problem["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["pointer"].as_str().unwrap())
            .collect();
        assert_eq!(pointers, ["/name", "/seats", "/legs/0/from"], "{problem}");
    }
}

mod response_headers {
    //! The responses fixture's server: documented response headers are typed fields of the
    //! response variants and go out on the wire.

    use axum::http::StatusCode;
    use fixture_responses_server::apis::default::{self, DefaultApi};
    use fixture_responses_server::{models, Reply};

    #[derive(Clone)]
    struct Answers;

    impl DefaultApi for Answers {
        async fn respond(
            &self,
            request: default::RespondRequest,
        ) -> Reply<default::RespondResponse> {
            match request.status {
                303 => default::RespondResponse::SeeOther {
                    headers: default::RespondSeeOtherHeaders {
                        location: "/widgets/7".into(),
                        x_rate_remaining: Some(41),
                        x_tags: Some(vec!["blue".into(), "round".into()]),
                    },
                }
                .into(),
                status => default::RespondResponse::Status5XX {
                    status: StatusCode::from_u16(status as u16)
                        .unwrap_or(StatusCode::SERVICE_UNAVAILABLE),
                    body: models::Problem {
                        error: "busy".into(),
                        error_description: None,
                    },
                    headers: default::RespondStatus5XXHeaders {
                        retry_after: (status == 503).then_some(30),
                    },
                }
                .into(),
            }
        }

        async fn strict(&self, _: default::StrictRequest) -> Reply<default::StrictResponse> {
            default::StrictResponse::Created(models::Widget {
                name: "w".into(),
                nested: None,
            })
            .into()
        }

        async fn defaulted(
            &self,
            _: default::DefaultedRequest,
        ) -> Reply<default::DefaultedResponse> {
            default::DefaultedResponse::NoContent.into()
        }

        async fn only_default(
            &self,
            request: default::OnlyDefaultRequest,
        ) -> Reply<default::OnlyDefaultResponse> {
            default::OnlyDefaultResponse::Default {
                status: StatusCode::from_u16(request.status as u16)
                    .unwrap_or(StatusCode::BAD_REQUEST),
                body: models::Problem {
                    error: "default".into(),
                    error_description: None,
                },
            }
            .into()
        }

        async fn no_success(
            &self,
            _: default::NoSuccessRequest,
        ) -> Reply<default::NoSuccessResponse> {
            default::NoSuccessResponse::NotFound.into()
        }
    }

    #[tokio::test]
    async fn documented_headers_are_sent() {
        let url = specmint_tests::serve(fixture_responses_server::router(Answers)).await;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();

        let response = http.get(format!("{url}/respond/303")).send().await.unwrap();
        assert_eq!(response.status(), 303);
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        assert_eq!(header("location").as_deref(), Some("/widgets/7"));
        assert_eq!(header("x-rate-remaining").as_deref(), Some("41"));
        assert_eq!(header("x-tags").as_deref(), Some("blue,round"));

        let response = http.get(format!("{url}/respond/503")).send().await.unwrap();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["retry-after"], "30");
        let response = http.get(format!("{url}/respond/502")).send().await.unwrap();
        assert_eq!(response.status(), 502);
        assert!(
            response.headers().get("retry-after").is_none(),
            "optional header left out"
        );
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"], "busy");
    }
}

mod tagged_unions {
    //! The composition fixture's `Pet`: a oneOf with a discriminator (an explicit mapping for
    //! dogs, the schema name for cats). The tag picks the variant both ways; the client keeps
    //! unknown tags, the server refuses them, and the member rules still apply.

    use fixture_composition::models as client_models;
    use fixture_composition_server::apis::default::{self, DefaultApi};
    use fixture_composition_server::{models, Reply};
    use serde_json::{json, Value};

    /// Answers with a fixed dog, the pet it was sent, and a pet of a kind the spec does not
    /// list (as a newer server might).
    #[derive(Clone)]
    struct Shelter;

    impl DefaultApi for Shelter {
        async fn list_shapes(
            &self,
            _: default::ListShapesRequest,
        ) -> Reply<default::ListShapesResponse> {
            default::ListShapesResponse::Ok(Vec::new()).into()
        }

        async fn add_pet(&self, request: default::AddPetRequest) -> Reply<default::AddPetResponse> {
            let dog = models::Pet::Dog(models::Dog {
                pet_type: "dog".into(),
                name: "Rex".into(),
                bark: Some(models::DogBark::Loud),
            });
            default::AddPetResponse::Ok(vec![dog, request.body]).into()
        }
    }

    async fn start() -> String {
        specmint_tests::serve(fixture_composition_server::router(Shelter)).await
    }

    #[tokio::test]
    async fn the_discriminator_picks_the_variant_both_ways() {
        let url = start().await;
        let client = fixture_composition::Client::new(&url);
        let cat = client_models::Pet::Cat(client_models::Cat {
            name: "Tom".into(),
            lives: Some(9),
        });
        // The cat has no `petType` field of its own: encoding adds its tag, `Cat`.
        assert_eq!(
            serde_json::to_value(&cat).unwrap(),
            json!({"petType": "Cat", "name": "Tom", "lives": 9})
        );
        let pets = client.add_pet(&cat).await.unwrap().into_inner();
        assert_eq!(pets.len(), 2);
        assert!(
            matches!(&pets[0], client_models::Pet::Dog(d) if d.name == "Rex" && d.bark == Some(client_models::DogBark::Loud))
        );
        assert_eq!(pets[1], cat);

        // A tag the spec does not list: kept by a client, refused by the server.
        let bird: client_models::Pet =
            serde_json::from_value(json!({"petType": "bird", "wings": 2})).unwrap();
        assert_eq!(
            bird,
            client_models::Pet::Unknown(json!({"petType": "bird", "wings": 2}))
        );
        let http = reqwest::Client::new();
        for (body, what) in [
            (json!({"petType": "bird", "name": "Tweety"}), "unknown tag"),
            (json!({"name": "Tom"}), "no tag"),
            (json!({"petType": "dog"}), "dog without a name"),
            (
                json!({"petType": "Cat", "name": "Tom", "lives": 12}),
                "cat with too many lives",
            ),
        ] {
            let response = http
                .post(format!("{url}/pets"))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 422, "{what}");
            let problem: Value = response.json().await.unwrap();
            assert_eq!(problem["location"], "body", "{what}: {problem}");
        }
    }
}

mod path_shapes {
    //! The parameters fixture's server: parameters that share a path segment with text
    //! (`/files/{name}.{ext}`, `System.{region}`) and a parameter used twice in one template.
    //! axum cannot route a parameter with a suffix, so such segments are captured whole and
    //! split by the generated handler.

    use fixture_parameters_server::apis::default::{self, DefaultApi};
    use fixture_parameters_server::{models, Reply};

    #[derive(Clone)]
    struct Paths;

    fn echo(path: String) -> models::Echo {
        models::Echo {
            method: "GET".into(),
            path,
            query: String::new(),
            headers: Default::default(),
            body: String::new(),
        }
    }

    impl DefaultApi for Paths {
        async fn get_part(
            &self,
            request: default::GetPartRequest,
        ) -> Reply<default::GetPartResponse> {
            default::GetPartResponse::Ok(echo(format!("{}/{}", request.item_id, request.part)))
                .into()
        }

        async fn get_file(
            &self,
            request: default::GetFileRequest,
        ) -> Reply<default::GetFileResponse> {
            default::GetFileResponse::Ok(echo(format!("{} as {}", request.name, request.ext)))
                .into()
        }

        async fn get_zone(
            &self,
            request: default::GetZoneRequest,
        ) -> Reply<default::GetZoneResponse> {
            default::GetZoneResponse::Ok(echo(format!(
                "zone {} of {}",
                request.zone, request.region
            )))
            .into()
        }

        async fn get_styled(
            &self,
            request: default::GetStyledRequest,
        ) -> Reply<default::GetStyledResponse> {
            default::GetStyledResponse::Ok(echo(format!(
                "{:?} {:?}",
                request.label, request.matrix
            )))
            .into()
        }
    }

    #[tokio::test]
    async fn segments_mixing_text_and_parameters_are_routed_and_split() {
        let url = specmint_tests::serve(fixture_parameters_server::router(Paths)).await;
        let client = fixture_parameters::Client::new(&url);
        let file = client
            .get_file(
                "annual.report",
                &fixture_parameters::models::GetFileExt::Txt,
            )
            .await
            .unwrap()
            .into_inner();
        // The name runs to the last `.`, the text the template puts before the extension.
        assert_eq!(file.path, "annual.report as txt");
        let file = client
            .get_file("report", &fixture_parameters::models::GetFileExt::Json)
            .await
            .unwrap()
            .into_inner();
        assert_eq!(file.path, "report as json");
        let zone = client.get_zone("eu-west", 3).await.unwrap().into_inner();
        assert_eq!(zone.path, "zone 3 of eu-west");

        for (path, status) in [
            ("/files/report.pdf", 400),
            ("/files/report", 404),
            ("/files/.json", 404),
            ("/regions/eu/zones/3/of/eu", 404),
            ("/regions/System.eu/zones/three/of/eu", 400),
        ] {
            let response = reqwest::get(format!("{url}{path}")).await.unwrap();
            assert_eq!(response.status(), status, "{path}");
            let problem: serde_json::Value = response.json().await.unwrap();
            assert_eq!(problem["status"], status, "{path}: {problem}");
        }
    }
}

mod multipart_forms {
    //! The bodies fixture's server and client: a typed multipart form goes out through the
    //! client's form struct and comes back in the server's, part for part.

    use fixture_bodies_server::apis::default::{self, DefaultApi};
    use fixture_bodies_server::{models, Reply};

    #[derive(Clone)]
    struct Echoes;

    fn echo(body: String) -> models::Echo {
        models::Echo {
            method: "POST".into(),
            path: String::new(),
            query: String::new(),
            headers: Default::default(),
            body,
        }
    }

    impl DefaultApi for Echoes {
        async fn send_json(&self, r: default::SendJsonRequest) -> Reply<default::SendJsonResponse> {
            default::SendJsonResponse::Ok(echo(r.body.title)).into()
        }

        async fn send_form(&self, r: default::SendFormRequest) -> Reply<default::SendFormResponse> {
            let grant = r.body.map(|b| b.grant_type).unwrap_or_default();
            default::SendFormResponse::Ok(echo(grant)).into()
        }

        async fn send_preferred(
            &self,
            r: default::SendPreferredRequest,
        ) -> Reply<default::SendPreferredResponse> {
            default::SendPreferredResponse::Ok(echo(r.body.title)).into()
        }

        /// Describes the typed form it received as JSON.
        async fn upload(&self, r: default::UploadRequest) -> Reply<default::UploadResponse> {
            let file = |f: &fixture_bodies_server::runtime::FilePart| {
                serde_json::json!({
                    "name": f.file_name,
                    "type": f.content_type,
                    "text": String::from_utf8_lossy(&f.bytes),
                })
            };
            let form = r.body;
            let described = serde_json::json!({
                "file": file(&form.file),
                "attachments": form.attachments.map(|a| a.iter().map(file).collect::<Vec<_>>()),
                "tags": form.tags,
                "meta": form.meta.map(|m| (m.title, m.pinned)),
                "count": form.count,
            });
            default::UploadResponse::Ok(echo(described.to_string())).into()
        }

        async fn upload_any(
            &self,
            r: default::UploadAnyRequest,
        ) -> Reply<default::UploadAnyResponse> {
            let size = r.body.map(|b| b.len()).unwrap_or_default();
            default::UploadAnyResponse::Ok(echo(size.to_string())).into()
        }

        async fn put_raw(&self, r: default::PutRawRequest) -> Reply<default::PutRawResponse> {
            default::PutRawResponse::Ok(r.body).into()
        }

        async fn send_text(&self, r: default::SendTextRequest) -> Reply<default::SendTextResponse> {
            default::SendTextResponse::Ok(r.body).into()
        }

        async fn get_note(&self, r: default::GetNoteRequest) -> Reply<default::GetNoteResponse> {
            default::GetNoteResponse::Ok(echo(r.id)).into()
        }
    }

    async fn start() -> String {
        specmint_tests::serve(fixture_bodies_server::router(Echoes)).await
    }

    #[tokio::test]
    async fn typed_forms_arrive_part_for_part() {
        use fixture_bodies::apis::default::UploadForm;
        use fixture_bodies::{models, Client, FilePart};
        let client = Client::new(start().await);
        let form = UploadForm {
            file: FilePart::new(b"main".to_vec())
                .file_name("main.txt")
                .content_type("text/plain"),
            attachments: Some(vec![
                FilePart::new(b"one".to_vec()).file_name("1.bin"),
                FilePart::new(b"two".to_vec()),
            ]),
            tags: Some(vec!["red".into(), "a,b".into(), "42".into()]),
            meta: Some(models::Note {
                title: "hello".into(),
                pinned: Some(false),
                stars: None,
            }),
            count: Some(-3),
        };
        let echoed = client.upload(form).await.unwrap().into_inner();
        let got: serde_json::Value = serde_json::from_str(&echoed.body).unwrap();
        assert_eq!(
            got,
            serde_json::json!({
                "file": {"name": "main.txt", "type": "text/plain", "text": "main"},
                "attachments": [
                    {"name": "1.bin", "type": null, "text": "one"},
                    {"name": null, "type": null, "text": "two"},
                ],
                "tags": ["red", "a,b", "42"],
                "meta": ["hello", false],
                "count": -3,
            })
        );

        // Optional parts left out are absent on the server too.
        let echoed = client
            .upload(UploadForm {
                file: FilePart::new(Vec::new()),
                attachments: None,
                tags: None,
                meta: None,
                count: None,
            })
            .await
            .unwrap()
            .into_inner();
        let got: serde_json::Value = serde_json::from_str(&echoed.body).unwrap();
        assert_eq!(got["attachments"], serde_json::Value::Null);
        assert_eq!(got["tags"], serde_json::Value::Null);
        assert_eq!(got["count"], serde_json::Value::Null);

        // A media type that is not one fails before anything is sent.
        let bad = UploadForm {
            file: FilePart::new(b"x".to_vec()).content_type("not a media type"),
            attachments: None,
            tags: None,
            meta: None,
            count: None,
        };
        assert!(matches!(
            client.upload(bad).await,
            Err(fixture_bodies::Error::Transport(e)) if e.is_builder()
        ));
    }
}
