#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    match client
        .get_record_by_id("record_id_example")
        .convert_to("convert_to_example")
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
