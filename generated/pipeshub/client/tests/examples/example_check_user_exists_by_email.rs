#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    match client.check_user_exists_by_email("email_example").include_deleted(true).await
    {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
