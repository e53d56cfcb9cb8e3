#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_bodies::{Client, Error, FilePart};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    let body = fixture_bodies::apis::default::UploadForm {
        file: FilePart::new(b"file contents".to_vec())
            .file_name("file.txt")
            .content_type("text/plain"),
        attachments: None,
        tags: None,
        meta: None,
        count: None,
    };
    match client.upload(body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
