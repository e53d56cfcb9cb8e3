#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_swagger2::{Client, Error, FilePart};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://pets.example.com/v2")
        .api_key("YOUR_API_KEY")
        .build()?;
    let body = fixture_swagger2::apis::photos::UploadPhotoForm {
        caption: None,
        file: FilePart::new(b"file contents".to_vec())
            .file_name("file.txt")
            .content_type("text/plain"),
    };
    match client.upload_photo(1, body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
