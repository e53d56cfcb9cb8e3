#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_hydra_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    match client
        .revoke_o_auth2_consent_sessions("subject_example")
        .client("client_example")
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
