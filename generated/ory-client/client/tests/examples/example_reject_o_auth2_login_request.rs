#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://playground.projects.oryapis.com/")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = models::RejectOAuth2Request::default();
    match client
        .reject_o_auth2_login_request("login_challenge_example")
        .body(&body)
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
