#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost/api/v1").build()?;
    let body = models::CreateOrganizationBody {
        account_type: models::CreateOrganizationBodyAccountType::Individual,
        short_name: None,
        registered_name: None,
        contact_email: "example".to_string(),
        admin_full_name: "example".to_string(),
        password: "example".to_string(),
    };
    match client.create_organization(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
