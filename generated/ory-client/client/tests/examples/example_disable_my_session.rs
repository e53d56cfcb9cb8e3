#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://playground.projects.oryapis.com/")
        .build()?;
    match client
        .disable_my_session("id_example")
        .x_session_token("x_session_token_example")
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
