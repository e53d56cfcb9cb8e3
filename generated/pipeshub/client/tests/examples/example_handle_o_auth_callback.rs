#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost/api/v1").build()?;
    match client.handle_o_auth_callback().code("code_example").await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
