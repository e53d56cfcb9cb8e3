use wickr_client::{models, AwsCredentials, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://admin.wickr.us-east-1.amazonaws.com")
        .aws_credentials(AwsCredentials::new("AKIDEXAMPLE", "YOUR_SECRET_ACCESS_KEY"))
        .region("us-east-1")
        .build()?;
    let body = models::BatchDeleteUserRequestBody::default();
    match client
        .batch_delete_user("network_id_example", &body)
        .x_client_token("x_client_token_example")
        .await
    {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
