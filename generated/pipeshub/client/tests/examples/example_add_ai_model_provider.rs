#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = models::AddAiModelProviderRequest {
        model_type: models::ModelType::Llm,
        provider: "example".to_string(),
        configuration: models::AddAiModelProviderRequestConfiguration::default(),
        is_multimodal: None,
        is_reasoning: None,
        is_default: None,
        context_length: None,
    };
    match client.add_ai_model_provider(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
