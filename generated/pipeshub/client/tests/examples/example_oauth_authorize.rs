#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost/api/v1").build()?;
    let response_type = models::OauthAuthorizeResponseType::Code;
    match client
        .oauth_authorize(
            &response_type,
            "client_id_example",
            "redirect_uri_example",
            "scope_example",
            "state_example",
        )
        .code_challenge("code_challenge_example")
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
