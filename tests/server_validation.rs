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
        default::ListOrdersResponse::Ok(vec![models::Order {
            status,
            priority: Some(models::OrderPriority::High),
            codes: None,
            size: None,
        }])
        .into()
    }
}

async fn start() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, fixture_enums_server::router(Orders)).await });
    url
}

#[tokio::test]
async fn listed_values_pass_and_others_are_refused() {
    let url = start().await;
    let client = fixture_enums::Client::new(&url);
    let orders = client
        .list_orders(Some(&fixture_enums::models::ListOrdersStatus::Delivered))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(orders[0].status, fixture_enums::models::Status::Placed);
    assert_eq!(
        orders[0].priority,
        Some(fixture_enums::models::OrderPriority::High)
    );
    let orders = client.list_orders(None).await.unwrap().into_inner();
    assert_eq!(orders[0].status, fixture_enums::models::Status::V1);

    // A value the spec does not list: the client would send it (its enums are open), the server
    // refuses it, naming the parameter.
    let unknown = fixture_enums::models::ListOrdersStatus::Unknown("lost".into());
    match client.list_orders(Some(&unknown)).await {
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
