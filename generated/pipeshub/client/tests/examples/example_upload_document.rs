#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error, FilePart};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = pipeshub_client::apis::document_upload::UploadDocumentForm {
        document_name: "example".to_string(),
        document_path: None,
        alternate_document_name: None,
        permissions: None,
        custom_metadata: None,
        is_versioned_file: models::UploadDocumentIsVersionedFile::True,
        file: FilePart::new(b"file contents".to_vec())
            .file_name("file.txt")
            .content_type("text/plain"),
    };
    match client.upload_document(body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
