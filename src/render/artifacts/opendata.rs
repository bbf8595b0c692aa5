//! Open data as a static API: per portal, under `du-lieu/`, each dataset
//! (units, plans, indicators, targets, reported values per period — total
//! and per child unit —, tasks, task statuses per period) as JSON and as
//! CSV, a JSON Schema per dataset (`schema/<name>.schema.json`), and a zip
//! of all of them. One definition per dataset (its columns, their types
//! and their meaning in Vietnamese) makes the JSON, the CSV, the schema and
//! the page that documents them, so they cannot disagree. Figures are the
//! model's numbers, never formatted text: CSV uses a dot for decimals and
//! ISO dates, in UTF-8 with a byte-order mark (so Excel shows Vietnamese).
//! Nothing depends on the build's date: the same content gives the same
//! bytes, at the same addresses, so other systems can read them as web
//! services.

mod tables;

use std::io::Write;

use serde_json::{Map, Value, json};

use crate::date::Date;
use crate::render::{Body, File};
pub use tables::datasets;

/// The folder of the data under the portal root.
pub const DIR: &str = crate::model::CHANNEL_PAGES[1];
/// The zip of every file of the folder.
pub const ZIP: &str = "du-lieu.zip";

/// A column's type, as JSON Schema and the page name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Type {
    String,
    Integer,
    Number,
    Date,
    Boolean,
}

/// One column: its name (the same in JSON and CSV), type, whether every
/// record has it, and what it means.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Column {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: Type,
    pub required: bool,
    pub about: &'static str,
}

/// A value of a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Str(String),
    Int(i64),
    Num(f64),
    Date(Date),
    Bool(bool),
    Null,
}

/// One dataset of a portal.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Dataset {
    /// File name without extension (`so-lieu`).
    pub name: &'static str,
    pub title: &'static str,
    pub about: &'static str,
    pub columns: Vec<Column>,
    #[serde(skip)]
    pub rows: Vec<Vec<Cell>>,
    pub count: usize,
}

impl Cell {
    fn json(&self) -> Value {
        match self {
            Cell::Str(s) => Value::String(s.clone()),
            Cell::Int(i) => json!(i),
            Cell::Num(f) => number(*f),
            Cell::Date(d) => Value::String(d.iso()),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Null => Value::Null,
        }
    }

    fn csv(&self) -> String {
        match self {
            Cell::Str(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Num(f) => number(*f).to_string(),
            Cell::Date(d) => d.iso(),
            Cell::Bool(b) => b.to_string(),
            Cell::Null => String::new(),
        }
    }
}

/// A number as JSON: whole numbers without a decimal part (`22000`, not
/// `22000.0`), others in their shortest exact form with a dot (`71.5`).
pub fn number(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9e15 {
        json!(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

impl Dataset {
    /// `{"dataset": …, "records": [{column: value, …}, …]}`.
    pub fn to_json(&self) -> Vec<u8> {
        let records: Vec<Value> = self
            .rows
            .iter()
            .map(|r| {
                let mut m = Map::new();
                for (c, v) in self.columns.iter().zip(r) {
                    m.insert(c.name.to_string(), v.json());
                }
                Value::Object(m)
            })
            .collect();
        let doc = json!({
            "$schema": format!("schema/{}.schema.json", self.name),
            "dataset": self.name,
            "title": self.title,
            "records": records,
        });
        let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// RFC 4180 CSV with a header row, CRLF line ends, UTF-8 with a BOM.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        let _ = w.write_record(self.columns.iter().map(|c| c.name));
        for r in &self.rows {
            let _ = w.write_record(r.iter().map(Cell::csv));
        }
        let mut out = "\u{feff}".as_bytes().to_vec();
        out.extend(w.into_inner().unwrap_or_default());
        out
    }

    /// The JSON Schema (draft 2020-12) of the JSON file, each column's
    /// meaning in its description.
    pub fn schema(&self, base_url: &str) -> Vec<u8> {
        let mut props = Map::new();
        for c in &self.columns {
            let t = match c.kind {
                Type::String => json!({"type": "string"}),
                Type::Integer => json!({"type": "integer"}),
                Type::Number => json!({"type": "number"}),
                Type::Date => json!({"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
                Type::Boolean => json!({"type": "boolean"}),
            };
            let mut t = t.as_object().cloned().unwrap_or_default();
            if !c.required {
                let ty = t.remove("type").unwrap_or(Value::Null);
                t.insert("type".into(), json!([ty, "null"]));
            }
            t.insert("description".into(), Value::String(c.about.to_string()));
            props.insert(c.name.to_string(), Value::Object(t));
        }
        let required: Vec<&str> = self.columns.iter().map(|c| c.name).collect();
        let doc = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": format!("{base_url}{DIR}schema/{}.schema.json", self.name),
            "title": self.title,
            "description": self.about,
            "type": "object",
            "required": ["dataset", "records"],
            "properties": {
                "$schema": {"type": "string"},
                "dataset": {"const": self.name},
                "title": {"type": "string"},
                "records": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": required,
                        "properties": props,
                    }
                }
            }
        });
        let mut out = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        out.push(b'\n');
        out
    }
}

/// Every data file of a portal: JSON, CSV and schema of each dataset, and
/// the zip of them all (entries dated 1980-01-01, the zip format's first
/// day, so the bytes do not change from build to build).
pub fn files(sets: &[Dataset], base_url: &str) -> Vec<File> {
    let mut out = Vec::new();
    for d in sets {
        out.push((format!("{}.json", d.name), d.to_json()));
        out.push((format!("{}.csv", d.name), d.to_csv()));
        out.push((format!("schema/{}.schema.json", d.name), d.schema(base_url)));
    }
    let zip = zip_of(&out);
    out.push((ZIP.to_string(), zip));
    out.into_iter().map(|(p, b)| File { path: format!("{DIR}{p}"), body: Body::Bytes(b) }).collect()
}

fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        if zip.start_file(name.as_str(), options).is_err() || zip.write_all(bytes).is_err() {
            return Vec::new();
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> Dataset {
        Dataset {
            name: "thu",
            title: "Thử",
            about: "Bộ dữ liệu thử",
            columns: vec![
                Column { name: "ten", kind: Type::String, required: true, about: "Tên" },
                Column { name: "so", kind: Type::Number, required: false, about: "Số" },
                Column { name: "ngay", kind: Type::Date, required: false, about: "Ngày" },
            ],
            rows: vec![
                vec![
                    Cell::Str("Phường \"Một\", Ba Đình".into()),
                    Cell::Num(71.5),
                    Cell::Date(Date::ymd(2022, 1, 11).unwrap()),
                ],
                vec![Cell::Str("Hai".into()), Cell::Num(22000.0), Cell::Null],
            ],
            count: 2,
        }
    }

    #[test]
    fn csv_has_a_bom_dot_decimals_iso_dates_and_quotes() {
        let csv = String::from_utf8(set().to_csv()).unwrap();
        assert_eq!(csv, "\u{feff}ten,so,ngay\r\n\"Phường \"\"Một\"\", Ba Đình\",71.5,2022-01-11\r\nHai,22000,\r\n");
    }

    #[test]
    fn json_numbers_are_numbers() {
        let v: Value = serde_json::from_slice(&set().to_json()).unwrap();
        assert_eq!(v["records"][0]["so"], json!(71.5));
        assert_eq!(v["records"][1]["so"], json!(22000));
        assert_eq!(v["records"][1]["ngay"], Value::Null);
    }

    #[test]
    fn the_zip_is_the_same_every_time() {
        let a = files(&[set()], "https://x.vn/");
        let b = files(&[set()], "https://x.vn/");
        let bytes = |f: &[File]| {
            f.iter().map(|f| if let Body::Bytes(b) = &f.body { b.clone() } else { vec![] }).collect::<Vec<_>>()
        };
        assert_eq!(bytes(&a), bytes(&b));
        assert_eq!(a.last().unwrap().path, "du-lieu/du-lieu.zip");
    }
}
