#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = models::CreateS3StorageConfigBody {
        storage_type: models::CreateS3StorageConfigBodyStorageType::S3,
        s3_access_key_id: "example".to_string(),
        s3_secret_access_key: "example".to_string(),
        s3_region: "example".to_string(),
        s3_bucket_name: "example".to_string(),
    };
    match client.create_s3_storage_config(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
