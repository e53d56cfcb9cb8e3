//! Pipeshub's generated server with a small in-memory implementation of its `Document Buffer`
//! and `Upload` APIs: multipart uploads read into typed parts (single files, several files
//! under one name, text and boolean values) and a binary download, through Pipeshub's
//! generated client and through raw HTTP for the requests a client would never send.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use pipeshub_server::apis::document_buffer::{self, DocumentBufferApi};
use pipeshub_server::apis::upload::{self, UploadApi};
use pipeshub_server::runtime::FilePart;
use pipeshub_server::{models, Reply};
use reqwest::multipart::{Form, Part};
use serde_json::Value;

/// Document buffers by id, and every upload seen.
#[derive(Clone, Default)]
struct Store {
    buffers: Arc<Mutex<BTreeMap<String, FilePart>>>,
}

impl Store {
    fn buffers(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, FilePart>> {
        self.buffers.lock().unwrap()
    }
}

fn results(files: &[FilePart], versioned: Option<bool>) -> models::UploadResult {
    let items = files
        .iter()
        .map(|f| models::UploadResultUploadResultsItem {
            record_id: Some(format!("{} bytes", f.bytes.len())),
            record_name: f.file_name.clone(),
            status: Some(models::UploadResultUploadResultsItemStatus::Success),
            error: f.content_type.clone(),
        })
        .collect();
    models::UploadResult {
        message: Some(format!("versioned: {versioned:?}")),
        upload_results: Some(items),
    }
}

impl DocumentBufferApi for Store {
    async fn get_document_buffer(
        &self,
        request: document_buffer::GetDocumentBufferRequest,
    ) -> Reply<document_buffer::GetDocumentBufferResponse> {
        match self.buffers().get(&request.document_id) {
            Some(file) => document_buffer::GetDocumentBufferResponse::Ok(file.bytes.clone()),
            None => document_buffer::GetDocumentBufferResponse::NotFound,
        }
        .into()
    }

    async fn update_document_buffer(
        &self,
        request: document_buffer::UpdateDocumentBufferRequest,
    ) -> Reply<document_buffer::UpdateDocumentBufferResponse> {
        let file = request.body.file;
        let message = format!(
            "{} ({}, {} bytes)",
            file.file_name.as_deref().unwrap_or("unnamed"),
            file.content_type.as_deref().unwrap_or("no type"),
            file.bytes.len()
        );
        self.buffers().insert(request.document_id, file);
        document_buffer::UpdateDocumentBufferResponse::Ok(models::UpdateDocumentBufferResponse {
            success: Some(true),
            message: Some(message),
        })
        .into()
    }
}

impl UploadApi for Store {
    async fn upload_records_to_kb(
        &self,
        request: upload::UploadRecordsToKbRequest,
    ) -> Reply<upload::UploadRecordsToKbResponse> {
        let form = request.body;
        upload::UploadRecordsToKbResponse::Ok(results(&form.files, form.is_versioned)).into()
    }

    async fn upload_records_to_folder(
        &self,
        request: upload::UploadRecordsToFolderRequest,
    ) -> Reply<upload::UploadRecordsToFolderResponse> {
        let form = request.body;
        upload::UploadRecordsToFolderResponse::Ok(results(&form.files, form.is_versioned)).into()
    }

    async fn get_upload_limits(
        &self,
        _: upload::GetUploadLimitsRequest,
    ) -> Reply<upload::GetUploadLimitsResponse> {
        upload::GetUploadLimitsResponse::Ok(models::GetUploadLimitsResponse {
            max_files_per_request: Some(8),
            max_file_size_bytes: Some(LIMIT as i64),
        })
        .into()
    }
}

/// The largest upload the test server takes (Pipeshub documents 1 GB; 4 MiB is enough here).
const LIMIT: usize = 4 * 1024 * 1024;

async fn start() -> String {
    let routes = document_buffer::routes().merge(upload::routes());
    specmint_tests::serve(pipeshub_server::serve_with_body_limit(
        routes,
        Store::default(),
        LIMIT,
    ))
    .await
}

const DOC: &str = "65a1b2c3d4e5f60718293a4b";

/// Every byte value, so that nothing is lost to a text conversion; larger than the default
/// body limit, so the raised limit is what lets it through.
fn binary() -> Vec<u8> {
    (0..=255u8).cycle().take(3_000_000).collect()
}

#[tokio::test]
async fn multipart_upload_and_binary_download_through_the_generated_client() {
    let url = start().await;
    let client = pipeshub_client::Client::new(&url);
    let form = pipeshub_client::apis::document_buffer::UpdateDocumentBufferForm {
        file: pipeshub_client::FilePart::new(binary())
            .file_name("report.pdf")
            .content_type("application/pdf"),
    };
    let updated = client
        .update_document_buffer(DOC, form)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        updated.message.as_deref(),
        Some("report.pdf (application/pdf, 3000000 bytes)")
    );
    let downloaded = client
        .get_document_buffer(DOC)
        .version(0)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(downloaded, binary());

    // The same download as a stream of chunks, read as they arrive.
    let streamed = client.get_document_buffer_stream(DOC).await.unwrap();
    assert_eq!(streamed.status(), 200);
    let mut stream = streamed.into_inner();
    let (mut chunks, mut bytes) = (0, Vec::new());
    while let Some(chunk) = futures_util::StreamExt::next(&mut stream).await {
        bytes.extend_from_slice(&chunk.unwrap());
        chunks += 1;
    }
    assert_eq!(bytes, binary());
    assert!(chunks > 1, "3 MB arrive in more than one chunk");
    // An error status is read and typed as for the buffered method.
    match client
        .get_document_buffer_stream("65a1b2c3d4e5f60718293a4c")
        .await
    {
        Err(pipeshub_client::Error::Status(
            pipeshub_client::apis::document_buffer::GetDocumentBufferError::NotFound,
        )) => {}
        other => panic!(
            "expected the documented 404, got {:?}",
            other.map(|r| r.status())
        ),
    }

    // Several files under one name, and values read into their types.
    let form = pipeshub_client::apis::upload::UploadRecordsToKbForm {
        files: vec![
            pipeshub_client::FilePart::new(b"a,b\n1,2\n".to_vec()).file_name("one.csv"),
            pipeshub_client::FilePart::new(vec![0, 159, 146, 150])
                .file_name("two.bin")
                .content_type("application/octet-stream"),
        ],
        files_metadata: None,
        is_versioned: Some(true),
        record_type: Some("FILE".to_string()),
    };
    let uploaded = client
        .upload_records_to_kb("kb-1", form)
        .await
        .unwrap()
        .into_inner();
    assert_eq!(uploaded.message.as_deref(), Some("versioned: Some(true)"));
    let names: Vec<_> = uploaded
        .upload_results
        .unwrap()
        .into_iter()
        .map(|r| (r.record_name.unwrap(), r.record_id.unwrap(), r.error))
        .collect();
    assert_eq!(
        names,
        [
            ("one.csv".to_string(), "8 bytes".to_string(), None),
            (
                "two.bin".to_string(),
                "4 bytes".to_string(),
                Some("application/octet-stream".to_string())
            )
        ]
    );
}

/// Sends a raw multipart request and returns the status and JSON answer.
async fn put_raw(url: &str, content_type: &str, body: Vec<u8>) -> (u16, Value) {
    let response = reqwest::Client::new()
        .put(format!("{url}/document/{DOC}/buffer"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn bad_multipart_bodies_get_4xx_naming_the_problem() {
    let url = start().await;
    let parts = |names: &[&str]| {
        let mut body = String::new();
        for name in names {
            body.push_str(&format!(
                "--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"a.txt\"\r\n\r\nhello\r\n"
            ));
        }
        body.push_str("--XyZ--\r\n");
        body.into_bytes()
    };
    let cases = [
        (
            "missing part",
            "multipart/form-data; boundary=XyZ",
            parts(&["other"]),
            422,
            Some("/file"),
        ),
        (
            "part twice",
            "multipart/form-data; boundary=XyZ",
            parts(&["file", "file"]),
            422,
            Some("/file"),
        ),
        (
            "no boundary",
            "multipart/form-data",
            parts(&["file"]),
            400,
            None,
        ),
        (
            "JSON instead",
            "application/json",
            b"{\"file\": 1}".to_vec(),
            415,
            None,
        ),
        (
            "cut short",
            "multipart/form-data; boundary=XyZ",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhel".to_vec(),
            400,
            None,
        ),
    ];
    let over_the_limit = [parts(&["file"]), vec![b' '; LIMIT]].concat();
    let cases = [
        cases.as_slice(),
        &[(
            "over the limit",
            "multipart/form-data; boundary=XyZ",
            over_the_limit,
            413,
            None,
        )],
    ]
    .concat();
    for (what, content_type, body, status, pointer) in cases {
        let (got, problem) = put_raw(&url, content_type, body).await;
        assert_eq!(got, status, "{what}: {problem}");
        assert_eq!(problem["status"], status, "{what}: {problem}");
        if let Some(pointer) = pointer {
            assert_eq!(problem["pointer"], pointer, "{what}: {problem}");
        }
    }

    // A boolean part that is not a boolean, through the typed reader.
    let form = Form::new()
        .part("files", Part::bytes(vec![1]).file_name("x"))
        .text("isVersioned", "maybe");
    let response = reqwest::Client::new()
        .post(format!("{url}/knowledgeBase/kb-1/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["pointer"], "/isVersioned", "{problem}");

    // The document id must match its pattern; the version its minimum.
    let response = reqwest::get(format!("{url}/document/not-an-id/buffer"))
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let response = reqwest::get(format!("{url}/document/{DOC}/buffer?version=-1"))
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}
