#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = models::CreateAzureBlobStorageConfigBody {
        storage_type: models::CreateAzureBlobStorageConfigBodyStorageType::AzureBlob,
        container_name: "example".to_string(),
        azure_blob_connection_string: None,
        account_name: None,
        account_key: None,
        endpoint_protocol: None,
        endpoint_suffix: None,
    };
    match client.create_azure_blob_storage_config(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
