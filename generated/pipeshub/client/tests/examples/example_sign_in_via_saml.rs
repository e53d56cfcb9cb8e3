#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost/api/v1").build()?;
    match client
        .sign_in_via_saml("email_example")
        .session_token("session_token_example")
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
