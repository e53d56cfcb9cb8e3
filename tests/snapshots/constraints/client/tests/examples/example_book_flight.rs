#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_constraints::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    let code = "example".to_string();
    let body = models::Booking::default();
    match client.book_flight(&code, &body).limit(1).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
