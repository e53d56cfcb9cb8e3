//! A model's page: its fields, enum values or union variants.

use super::*;

pub(super) fn model(api: &Api, def: &TypeDef) -> ModelView {
    let mut view = ModelView {
        name: def.name.clone(),
        file: model_file(&def.name),
        original: def.original.clone().unwrap_or_default(),
        kind: String::new(),
        description: [def.title.as_deref(), def.description.as_deref()]
            .iter()
            .flatten()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
        fields: Vec::new(),
        additional: String::new(),
        values: Vec::new(),
        variants: Vec::new(),
        discriminator: String::new(),
        aliased: String::new(),
        since: String::new(),
        deprecated: def.deprecated,
    };
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            view.kind = "struct".to_string();
            view.fields = fields
                .iter()
                .map(|f| {
                    let mut description = f
                        .description
                        .as_deref()
                        .map(str::trim)
                        .unwrap_or_default()
                        .to_string();
                    let mut notes = Vec::new();
                    if f.deprecated {
                        notes.push("**Deprecated.**".to_string());
                    }
                    if let Some(values) = enum_values(api, &f.ty) {
                        notes.push(format!("One of {values}."));
                    }
                    if f.read_only {
                        notes.push("Read-only.".to_string());
                    }
                    if f.write_only {
                        notes.push("Write-only.".to_string());
                    }
                    if let Some(default) = &f.default {
                        notes.push(format!("Default: `{default}`."));
                    }
                    if !notes.is_empty() {
                        if !description.is_empty() {
                            description.push('\n');
                        }
                        description.push_str(&notes.join(" "));
                    }
                    FieldView {
                        name: f.name.clone(),
                        rust_name: f.rust_name.clone(),
                        ty: type_md(api, &f.ty, ""),
                        required: f.required,
                        description: cell(&description),
                    }
                })
                .collect();
            if let Some(a) = additional {
                view.additional = type_md(api, a, "");
            }
        }
        TypeKind::Enum { variants, .. } => {
            view.kind = "enum".to_string();
            view.values = variants
                .iter()
                .map(|v| ValueView {
                    value: v.value.clone(),
                    variant: v.rust_name.clone(),
                })
                .collect();
        }
        TypeKind::Union {
            variants,
            discriminator,
        } => {
            view.kind = "union".to_string();
            if variants.iter().all(|v| v.tag.is_some()) {
                view.discriminator = discriminator.clone().unwrap_or_default();
            }
            view.variants = variants
                .iter()
                .map(|v| FieldView {
                    name: v.tag.clone().unwrap_or_default(),
                    rust_name: v.rust_name.clone(),
                    ty: type_md(api, &v.ty, ""),
                    required: true,
                    description: String::new(),
                })
                .collect();
        }
        TypeKind::Alias(ty) => {
            view.kind = "alias".to_string();
            view.aliased = type_md(api, ty, "");
        }
        TypeKind::Newtype(ty) => {
            view.kind = "newtype".to_string();
            view.aliased = type_md(api, ty, "");
        }
    }
    view
}
