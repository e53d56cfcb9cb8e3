//! `multipart/form-data` bodies: files and typed values as parts.

use serde::Serialize;

/// A file to send as one part of a multipart body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilePart {
    /// The file name the part carries (`filename` in its `Content-Disposition`).
    pub file_name: Option<String>,
    /// The part's media type, for example `application/pdf`.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl FilePart {
    /// A file with these contents, no file name and no media type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        FilePart {
            file_name: None,
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sets the file name sent with the part.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sets the part's media type.
    pub fn content_type(mut self, media_type: impl Into<String>) -> Self {
        self.content_type = Some(media_type.into());
        self
    }
}

/// Adds a file to a multipart form; fails when its media type is not a valid one.
pub(crate) fn file_part(
    form: reqwest::multipart::Form,
    name: &str,
    file: FilePart,
) -> Result<reqwest::multipart::Form, reqwest::Error> {
    let mut part = reqwest::multipart::Part::bytes(file.bytes);
    if let Some(file_name) = file.file_name {
        part = part.file_name(file_name);
    }
    if let Some(media_type) = file.content_type {
        part = part.mime_str(&media_type)?;
    }
    Ok(form.part(name.to_string(), part))
}

/// Adds a value to a multipart form as text: strings as they are, objects and arrays as JSON,
/// and a list (`list`) as one part per item.
pub(crate) fn value_part<T: Serialize + ?Sized>(
    mut form: reqwest::multipart::Form,
    name: &str,
    value: &T,
    list: bool,
) -> reqwest::multipart::Form {
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    let items = match value {
        serde_json::Value::Array(items) if list => items,
        one => vec![one],
    };
    for item in items {
        let part = match item {
            serde_json::Value::Null => continue,
            serde_json::Value::String(text) => reqwest::multipart::Part::text(text),
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => {
                let json = item.to_string();
                match reqwest::multipart::Part::text(json.clone()).mime_str("application/json") {
                    Ok(part) => part,
                    Err(_) => reqwest::multipart::Part::text(json),
                }
            }
            scalar => reqwest::multipart::Part::text(scalar.to_string()),
        };
        form = form.part(name.to_string(), part);
    }
    form
}
