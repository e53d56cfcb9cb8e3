#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = models::MailBody {
        product_name: None,
        email_template_type: models::MailBodyEmailTemplateType::LoginWithOtp,
        is_auto_email: None,
        from_email_domain: None,
        send_email_to: Vec::new(),
        subject: None,
        template_data: None,
        send_cc_to: None,
        attachments: None,
    };
    match client.send_email(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
