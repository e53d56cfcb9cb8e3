#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error, FilePart};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let body = pipeshub_client::apis::connector_o_auth_configuration::CreateGoogleWorkspaceCredentialsForm {
        user_type: models::CreateGoogleWorkspaceCredentialsUserType::Individual,
        google_workspace_credentials: FilePart::new(b"file contents".to_vec())
            .file_name("googleWorkspaceCredentials.txt")
            .content_type("text/plain"),
    };
    match client.create_google_workspace_credentials(body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
