//! The hidden key of a row of the translator's workbook: which text it is
//! (a [`TextRef`]) and the fingerprint of its original when exported, so
//! that an import knows a row whose original changed meanwhile.
//! `1a2b3c4d:title:JC2-03`, `…:note:2:JC2-01` (notes counted from 1),
//! `…:meeting-title:JC2`, `…:meeting-place:JC2`, `…:workstream:NAME`,
//! `…:committee`.

use crate::ledger::TextRef;

/// The key of the text `r` whose original had the fingerprint `source`.
pub fn write(source: &str, r: &TextRef) -> String {
    let what = match r {
        TextRef::CommitteeName => "committee".to_owned(),
        TextRef::Workstream(name) => format!("workstream:{name}"),
        TextRef::MeetingTitle(id) => format!("meeting-title:{id}"),
        TextRef::MeetingPlace(id) => format!("meeting-place:{id}"),
        TextRef::ItemTitle(id) => format!("title:{id}"),
        TextRef::Note { item, index } => format!("note:{}:{item}", index + 1),
    };
    format!("{source}:{what}")
}

/// The fingerprint and the text a key names, if it is one [`write`] wrote.
pub fn read(key: &str) -> Option<(String, TextRef)> {
    let (source, what) = key.trim().split_once(':')?;
    if source.len() != 8 || !source.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let (kind, rest) = what.split_once(':').unwrap_or((what, ""));
    let named = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let r = match kind {
        "committee" if rest.is_empty() => TextRef::CommitteeName,
        "workstream" => TextRef::Workstream(named(rest)?),
        "meeting-title" => TextRef::MeetingTitle(named(rest)?),
        "meeting-place" => TextRef::MeetingPlace(named(rest)?),
        "title" => TextRef::ItemTitle(named(rest)?),
        "note" => {
            let (n, item) = rest.split_once(':')?;
            let n: usize = n.parse().ok().filter(|n| *n >= 1)?;
            TextRef::Note {
                item: named(item)?,
                index: n - 1,
            }
        }
        _ => return None,
    };
    Some((source.to_ascii_lowercase(), r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_reads_back_from_its_key_and_nothing_else_does() {
        let refs = [
            TextRef::CommitteeName,
            TextRef::Workstream("SMBA: liaison".into()),
            TextRef::MeetingTitle("JC2".into()),
            TextRef::MeetingPlace("JC2".into()),
            TextRef::ItemTitle("JC2-03".into()),
            TextRef::Note {
                item: "JC2-01".into(),
                index: 1,
            },
        ];
        for r in refs {
            let key = write("0a1b2c3d", &r);
            assert_eq!(read(&key), Some(("0a1b2c3d".into(), r)), "{key}");
        }
        assert_eq!(
            write("0a1b2c3d", &TextRef::ItemTitle("JC2-03".into())),
            "0a1b2c3d:title:JC2-03"
        );
        for bad in [
            "",
            "title:JC2-03",
            "0a1b2c3:title:JC2-03",
            "0a1b2c3g:title:JC2-03",
            "0a1b2c3d:title:",
            "0a1b2c3d:note:0:JC2-01",
            "0a1b2c3d:note:x:JC2-01",
            "0a1b2c3d:committee:x",
            "0a1b2c3d:=HYPERLINK(\"x\")",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }
}
