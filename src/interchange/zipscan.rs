//! A look inside a zipped workbook before calamine opens it: every part it
//! would read is unpacked once, counting bytes, without keeping them, so that
//! a few kilobytes that unpack to gigabytes, a shared string of hundreds of
//! megabytes, a forged count of shared strings or an `.ods` row repeated a
//! million times are refused before anything of their size is allocated.

use super::ImportError;
use super::limits::{
    MAX_CELLS, MAX_PARTS, MAX_SHARED_STRINGS, MAX_UNPACKED, MAX_XML_TEXT, Refusal,
};
use std::fs::File;
use std::io::Read;

/// Which workbook the zip holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Xlsx,
    Xlsb,
    Ods,
}

/// The columns and rows calamine caps an `.ods` table at.
const ODS_MAX_COLUMNS: u64 = 16_384;
const ODS_MAX_ROWS: u64 = 1_048_576;

/// Checks every part of `file` calamine would read against the limits.
pub fn check(file: &File, flavor: Flavor) -> Result<(), ImportError> {
    let size = file
        .metadata()
        .map_err(|e| ImportError::Read(e.to_string()))?
        .len();
    let limit = unpacked_limit(size);
    let mut zip = zip::ZipArchive::new(file).map_err(|e| ImportError::Read(e.to_string()))?;
    if zip.len() > MAX_PARTS {
        return Err(Refusal::Unpacked { limit }.into());
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| ImportError::Read(e.to_string()))?;
        let name = String::from_utf8_lossy(part.name_raw()).into_owned();
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        if !xml && !name.ends_with(".bin") {
            continue; // pictures and the like: calamine does not read them
        }
        if total.saturating_add(part.size()) > limit {
            return Err(Refusal::Unpacked { limit }.into());
        }
        let mut scan = Scan::new(&name, flavor);
        let mut buf = vec![0u8; 64 << 10];
        loop {
            let n = part
                .read(&mut buf)
                .map_err(|e| ImportError::Read(e.to_string()))?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return Err(Refusal::Unpacked { limit }.into());
            }
            if xml {
                scan.feed(&buf[..n])?;
            }
        }
        if name.ends_with("sharedStrings.bin") && scan.offset > MAX_SHARED_BIN {
            return Err(Refusal::TooManyStrings {
                limit: MAX_SHARED_STRINGS,
            }
            .into());
        }
    }
    Ok(())
}

/// The most a workbook of `size` bytes may unpack to: a hundred times its
/// size (XML of real sheets packs ten to twenty times), at least 32 MiB, at
/// most `MAX_UNPACKED`.
pub fn unpacked_limit(size: u64) -> u64 {
    size.saturating_mul(100).clamp(MIN_UNPACKED, MAX_UNPACKED)
}

/// What any workbook may unpack to, however small (32 MiB).
const MIN_UNPACKED: u64 = 32 << 20;

/// The largest binary shared-strings part of an `.xlsb` read (64 MiB).
const MAX_SHARED_BIN: u64 = 64 << 20;

/// The state of one part's scan, kept across the chunks it is unpacked in.
struct Scan {
    part: String,
    shared: bool,
    ods: bool,
    /// Bytes since the last `<`.
    run: u64,
    /// The tag being read (from `<` to `>`), when inside one.
    tag: Option<Vec<u8>>,
    offset: u64,
    strings: u64,
    table: OdsTable,
}

/// What an `.ods` table unpacks to in calamine, counted as it is read.
#[derive(Default)]
struct OdsTable {
    /// Rows so far (repeats counted), and up to the last row holding a value.
    rows: u64,
    used_rows: u64,
    /// The widest row holding a value, in columns (repeats counted).
    width: u64,
    /// The current row: its repeats, columns, empty columns pending, whether
    /// it holds a value, and the bytes its repeated cells unpack to.
    row_repeat: u64,
    row_width: u64,
    pending_empty: u64,
    row_used: bool,
    row_bytes: u64,
    /// The current cell: where it starts and how often it repeats.
    cell: Option<(u64, u64)>,
    /// Bytes of cell text the table's repeats unpack to.
    unpacked: u64,
}

impl Scan {
    fn new(part: &str, flavor: Flavor) -> Self {
        Scan {
            part: part.to_owned(),
            shared: part.ends_with("sharedStrings.xml"),
            ods: flavor == Flavor::Ods && part.ends_with("content.xml"),
            run: 0,
            tag: None,
            offset: 0,
            strings: 0,
            table: OdsTable::default(),
        }
    }

    fn feed(&mut self, mut bytes: &[u8]) -> Result<(), ImportError> {
        while !bytes.is_empty() {
            if let Some(tag) = &mut self.tag {
                // Inside a tag: up to its `>`.
                let end = bytes.iter().position(|b| *b == b'>');
                let taken = end.unwrap_or(bytes.len());
                tag.extend_from_slice(&bytes[..taken]);
                self.run += taken as u64;
                self.offset += taken as u64;
                self.too_long()?;
                let Some(end) = end else { break };
                self.offset += 1;
                self.run += 1;
                let tag = self.tag.take().unwrap_or_default();
                self.on_tag(&tag)?;
                bytes = &bytes[end + 1..];
            } else {
                // Text: up to the next `<`.
                let start = bytes.iter().position(|b| *b == b'<');
                let taken = start.unwrap_or(bytes.len());
                self.run += taken as u64;
                self.offset += taken as u64;
                self.too_long()?;
                let Some(start) = start else { break };
                self.offset += 1;
                self.run = 0;
                self.tag = Some(Vec::new());
                bytes = &bytes[start + 1..];
            }
        }
        Ok(())
    }

    fn too_long(&self) -> Result<(), ImportError> {
        if self.run > MAX_XML_TEXT {
            return Err(Refusal::TextTooLong {
                part: self.part.clone(),
                limit: MAX_XML_TEXT,
            }
            .into());
        }
        Ok(())
    }

    /// A whole tag, without its `<` and `>`.
    fn on_tag(&mut self, tag: &[u8]) -> Result<(), ImportError> {
        let closing = tag.first() == Some(&b'/');
        let body = if closing { &tag[1..] } else { tag };
        let end = body
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(body.len());
        let name = &body[..end];
        let empty = tag.last() == Some(&b'/');
        let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
        if self.shared && !closing {
            if local == b"sst" && attr(tag, b"uniqueCount").is_some_and(|n| n > MAX_SHARED_STRINGS)
            {
                return Err(Refusal::TooManyStrings {
                    limit: MAX_SHARED_STRINGS,
                }
                .into());
            }
            if local == b"si" {
                self.strings += 1;
                if self.strings > MAX_SHARED_STRINGS {
                    return Err(Refusal::TooManyStrings {
                        limit: MAX_SHARED_STRINGS,
                    }
                    .into());
                }
            }
        }
        if self.ods {
            self.on_ods_tag(name, tag, closing, empty)?;
        }
        Ok(())
    }

    fn on_ods_tag(
        &mut self,
        name: &[u8],
        tag: &[u8],
        closing: bool,
        empty: bool,
    ) -> Result<(), ImportError> {
        let t = &mut self.table;
        let too_many = |part: &str| -> ImportError {
            Refusal::TooManyCells {
                sheet: part.to_owned(),
                limit: MAX_CELLS,
            }
            .into()
        };
        match (name, closing) {
            (b"text:s", false) if attr(tag, b"text:c").is_some_and(|n| n > MAX_XML_TEXT) => {
                return Err(Refusal::TextTooLong {
                    part: self.part.clone(),
                    limit: MAX_XML_TEXT,
                }
                .into());
            }
            (b"table:table", false) => *t = OdsTable::default(),
            (b"table:table-row", false) => {
                t.row_repeat = attr(tag, b"table:number-rows-repeated")
                    .unwrap_or(1)
                    .clamp(1, ODS_MAX_ROWS);
                (t.row_width, t.pending_empty, t.row_used, t.row_bytes) = (0, 0, false, 0);
                if empty {
                    t.rows = (t.rows + t.row_repeat).min(ODS_MAX_ROWS);
                }
            }
            (b"table:table-cell" | b"table:covered-table-cell", false) => {
                let repeat = attr(tag, b"table:number-columns-repeated")
                    .unwrap_or(1)
                    .clamp(1, ODS_MAX_COLUMNS);
                let valued = !empty
                    || contains(tag, b"office:value-type")
                    || contains(tag, b"table:formula");
                if valued {
                    t.row_width = (t.row_width + t.pending_empty + repeat).min(ODS_MAX_COLUMNS);
                    t.pending_empty = 0;
                    t.row_used = true;
                    if empty {
                        t.row_bytes += (tag.len() as u64 + 2) * repeat;
                    } else {
                        t.cell = Some((self.offset, repeat));
                    }
                } else {
                    t.pending_empty += repeat;
                }
            }
            (b"table:table-cell" | b"table:covered-table-cell", true) => {
                if let Some((start, repeat)) = t.cell.take() {
                    t.row_bytes += (self.offset - start) * repeat;
                }
            }
            (b"table:table-row", true) => {
                t.rows = (t.rows + t.row_repeat).min(ODS_MAX_ROWS);
                if t.row_used {
                    t.used_rows = t.rows;
                    t.width = t.width.max(t.row_width);
                    t.unpacked = t
                        .unpacked
                        .saturating_add(t.row_bytes.saturating_mul(t.row_repeat));
                }
                if t.used_rows.saturating_mul(t.width) > MAX_CELLS {
                    return Err(too_many(&self.part));
                }
                if t.unpacked > MAX_UNPACKED {
                    return Err(Refusal::Unpacked {
                        limit: MAX_UNPACKED,
                    }
                    .into());
                }
            }
            _ => {}
        }
        Ok(())
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The number an attribute of a tag holds (`name="123"`), if any; a number
/// too large for `u64` reads as `u64::MAX`.
fn attr(tag: &[u8], name: &[u8]) -> Option<u64> {
    let mut at = 0;
    while let Some(i) = tag[at..].windows(name.len()).position(|w| w == name) {
        let start = at + i;
        at = start + name.len();
        let before_ok = start == 0 || tag[start - 1].is_ascii_whitespace();
        let rest = &tag[at..];
        let rest = rest.strip_prefix(b"=").map(|r| {
            r.strip_prefix(b"\"")
                .or_else(|| r.strip_prefix(b"'"))
                .unwrap_or(r)
        });
        if let (true, Some(rest)) = (before_ok, rest) {
            let digits: Vec<u8> = rest
                .iter()
                .copied()
                .take_while(u8::is_ascii_digit)
                .collect();
            if digits.is_empty() {
                return None;
            }
            return Some(
                std::str::from_utf8(&digits)
                    .ok()
                    .and_then(|d| d.parse().ok())
                    .unwrap_or(u64::MAX),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_as_numbers() {
        assert_eq!(
            attr(b"sst count=\"5\" uniqueCount=\"12\"", b"uniqueCount"),
            Some(12)
        );
        assert_eq!(
            attr(b"sst uniqueCount='99999999999999999999999'", b"uniqueCount"),
            Some(u64::MAX)
        );
        assert_eq!(attr(b"sst xuniqueCount=\"12\"", b"uniqueCount"), None);
    }

    #[test]
    fn an_ods_row_repeated_a_million_times_is_refused_while_trailing_empty_rows_are_not() {
        let mut s = Scan::new("content.xml", Flavor::Ods);
        let padding = br#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#;
        assert!(s.feed(padding).is_ok());
        let mut s = Scan::new("content.xml", Flavor::Ods);
        let bomb = br#"<table:table table:name="S"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>"#;
        assert!(matches!(
            s.feed(bomb),
            Err(ImportError::Refused(Refusal::TooManyCells { .. }))
        ));
    }
}
