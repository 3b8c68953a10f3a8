//! The ledger's JSON writer: the bytes of serde_json's pretty printer with a
//! 2-space indent, written straight into a buffer, strings scanned eight
//! bytes at a time for what needs escaping. The `Serialize` impls of the
//! codecs stay the one definition of each object; only the bytes are ours.
//!
//! serde_json escapes a string one byte at a time through a writer: the
//! canonical text of `check` and `list --json` spent a sixth of their time there.

use super::json_escape::write_str;
use serde::Serialize;
use serde::ser::{self, Error as _};
use serde_json::Error;

/// Appends `value` as serde_json's pretty printer (2-space indent) writes it
/// where it sits `level` brackets deep (its first line not indented).
pub(super) fn write_pretty<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    level: usize,
) -> Result<(), Error> {
    value.serialize(Pretty { out, level })
}

/// serde_json's name for a number kept as written (`arbitrary_precision`):
/// a struct of one field, the number's text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Writes one value `level` brackets deep.
struct Pretty<'a> {
    out: &'a mut Vec<u8>,
    level: usize,
}

/// An array or object being written `level` brackets deep, `close` its
/// closing bracket.
struct Compound<'a> {
    out: &'a mut Vec<u8>,
    level: usize,
    empty: bool,
    close: u8,
    form: Form,
}

/// What a compound's end closes.
#[derive(PartialEq)]
enum Form {
    Plain,
    /// The value of a variant: its `{"variant": ` wrapper closes after it.
    InVariant,
    /// A number kept as written: its one field's text goes out unquoted.
    Number,
}

fn indent(out: &mut Vec<u8>, level: usize) {
    const SPACES: &[u8; 64] = &[b' '; 64];
    let mut n = 2 * level;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.extend_from_slice(&SPACES[..k]);
        n -= k;
    }
}

impl<'a> Pretty<'a> {
    fn open(self, bracket: u8, form: Form) -> Compound<'a> {
        self.out.push(bracket);
        Compound {
            out: self.out,
            level: self.level,
            empty: true,
            close: if bracket == b'[' { b']' } else { b'}' },
            form,
        }
    }

    /// Writes `{` and the variant's key: its value follows, one level deeper.
    fn variant(self, variant: &str) -> Pretty<'a> {
        self.out.extend_from_slice(b"{\n");
        indent(self.out, self.level + 1);
        write_str(self.out, variant);
        self.out.extend_from_slice(b": ");
        Pretty {
            out: self.out,
            level: self.level + 1,
        }
    }

    fn display(self, v: impl std::fmt::Display) -> Result<(), Error> {
        use std::io::Write;
        write!(self.out, "{v}").map_err(Error::io)
    }
}

/// Closes the `{"variant": ` wrapper opened at `level - 1`.
fn close_variant(out: &mut Vec<u8>, level: usize) {
    out.push(b'\n');
    indent(out, level - 1);
    out.push(b'}');
}

impl Compound<'_> {
    /// Starts the next element or key on its own line; the writer for it.
    fn next(&mut self) -> Pretty<'_> {
        self.out
            .extend_from_slice(if self.empty { b"\n" } else { b",\n" });
        self.empty = false;
        indent(self.out, self.level + 1);
        Pretty {
            out: self.out,
            level: self.level + 1,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(self.next())
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let Pretty { out, level } = self.next();
        let at = out.len();
        key.serialize(Pretty { out, level })?;
        let written = &self.out[at..];
        if written.first() == Some(&b'"') {
            return Ok(());
        }
        // As serde_json: a number or boolean key is quoted, any other refused.
        let scalar = |c: &u8| c.is_ascii_alphanumeric() || b"+-.".contains(c);
        if written.is_empty() || written == b"null" || !written.iter().all(scalar) {
            return Err(Error::custom("key must be a string"));
        }
        self.out.insert(at, b'"');
        self.out.push(b'"');
        Ok(())
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.extend_from_slice(b": ");
        value.serialize(Pretty {
            out: self.out,
            level: self.level + 1,
        })
    }

    fn end(self) -> Result<(), Error> {
        if self.form == Form::Number {
            return Ok(());
        }
        if !self.empty {
            self.out.push(b'\n');
            indent(self.out, self.level);
        }
        self.out.push(self.close);
        if self.form == Form::InVariant {
            close_variant(self.out, self.level);
        }
        Ok(())
    }

    /// A number kept as written: its text, serialized as a string, unquoted.
    fn number<T: Serialize + ?Sized>(&mut self, text: &T) -> Result<(), Error> {
        let at = self.out.len();
        text.serialize(Pretty {
            out: self.out,
            level: self.level,
        })?;
        match self.out.get(at..) {
            Some([b'"', .., b'"']) => {
                self.out.pop();
                self.out.remove(at);
                Ok(())
            }
            _ => Err(Error::custom("invalid number")),
        }
    }
}

/// serde's integer methods, each writing the number's decimal digits.
macro_rules! integers {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result<(), Error> {
            self.display(v)
        }
    )*};
}

impl<'a> ser::Serializer for Pretty<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    integers!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_u128: u128
    );
    // Floats as serde_json writes them (shortest round trip; `null` when not finite).
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        serde_json::to_writer(self.out, &v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        serde_json::to_writer(self.out, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        let Pretty { out, level } = self.variant(variant);
        v.serialize(Pretty {
            out: &mut *out,
            level,
        })?;
        close_variant(out, level);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'[', Form::Plain))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).open(b'[', Form::InVariant))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(b'{', Form::Plain))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        if name == NUMBER_TOKEN {
            let level = self.level;
            return Ok(Compound {
                out: self.out,
                level,
                empty: true,
                close: b'}',
                form: Form::Number,
            });
        }
        Ok(self.open(b'{', Form::Plain))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.variant(variant).open(b'{', Form::InVariant))
    }
}

/// serde's four kinds of list, each element written as [`Compound::element`].
macro_rules! list_like {
    ($($kind:ident :: $add:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $add<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.element(v)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        }
    )*};
}

list_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        self.key(k)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.value(v)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        match self.form {
            Form::Number if key == NUMBER_TOKEN => self.number(v),
            Form::Number => Err(Error::custom("invalid number")),
            _ => {
                self.key(key)?;
                self.value(v)
            }
        }
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.key(key)?;
        self.value(v)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Item;
    use crate::ledger::items_text::tests::hostile;
    use crate::ledger::json_escape::tests::text;
    use proptest::prelude::*;
    use serde_json::Value;

    /// What serde_json's own pretty printer (2-space indent) writes.
    fn serde_json_pretty<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        let indent = serde_json::ser::PrettyFormatter::with_indent(b"  ");
        value.serialize(&mut serde_json::Serializer::with_formatter(
            &mut out, indent,
        ))?;
        Ok(out)
    }

    fn ours<T: Serialize + ?Sized>(value: &T, level: usize) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        write_pretty(&mut out, value, level)?;
        Ok(out)
    }

    /// Both writers agree on `value` at the top and three brackets deep.
    fn assert_same<T: Serialize + ?Sized>(value: &T) {
        let theirs = serde_json_pretty(value).unwrap();
        assert_eq!(
            String::from_utf8(ours(value, 0).unwrap()).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
        let nested = String::from_utf8(serde_json_pretty(&[[[value]]]).unwrap()).unwrap();
        let inner = nested
            .strip_prefix("[\n  [\n    [\n      ")
            .and_then(|s| s.strip_suffix("\n    ]\n  ]\n]"))
            .unwrap();
        assert_eq!(String::from_utf8(ours(value, 3).unwrap()).unwrap(), inner);
    }

    fn value() -> impl Strategy<Value = Value> {
        let number = "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,3})?"
            .prop_map(|n| serde_json::from_str::<Value>(&n).expect("a JSON number"));
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            number,
            text().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::vec((text(), inner), 0..5)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn values_are_written_as_serde_json_pretty_prints_them(v in value()) {
            assert_same(&v);
        }
    }

    #[test]
    fn the_ledger_and_its_items_are_written_as_serde_json_pretty_prints_them() {
        let today = crate::synthetic::demo_today();
        let mut l = crate::synthetic::translated_ledger(40, today);
        let text = r#"{"format": "followup/1", "x_top": {"deep": [1.50, "\u0000"]},
            "conflicts": [{"field": "status", "base": null, "ours": "done", "theirs": [1, {}]}],
            "items": [{"id": "E-1", "title": "\u000b\r\n\b\f", "status": "blocked",
              "closure": [{"act": "closed", "status": "done", "party": "SMBA", "author": "\u0007", "at": "2026-01-02T03:04:05Z", "x_e": []}],
              "conflicts": [{"field": ["notes", 0, "text"], "base": "a\u001fb", "ours": 1e400, "theirs": {"k": -0.0}}]}]}"#;
        let odd = crate::ledger::parse_ledger(text.as_bytes()).expect("a valid ledger");
        l.items.extend(odd.items);
        l.items.extend(hostile(3));
        l.items.push(Item {
            id: "EMPTY".into(),
            ..Item::default()
        });
        l.conflicts = odd.conflicts;
        l.extra = odd.extra;
        assert_same(&l);
        assert_same(&crate::synthetic::ledger(30, today));
        assert_same(&crate::synthetic::untranslated_sample());
    }

    #[test]
    fn other_shapes_are_written_as_serde_json_writes_them() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(i32, String),
            Struct { a: Option<f64>, b: Vec<()> },
            Empty {},
        }
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct Pair(u128, i128);
        #[derive(Serialize)]
        struct Nested {
            e: Vec<E>,
            f: [f32; 3],
            g: (char, bool, Unit),
            h: Pair,
            #[serde(with = "serde_bytes_like")]
            i: Vec<u8>,
        }
        mod serde_bytes_like {
            pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(v)
            }
        }
        let nested = Nested {
            e: vec![
                E::Unit,
                E::New(7),
                E::Tuple(-3, "\u{1}".into()),
                E::Struct {
                    a: Some(f64::NAN),
                    b: vec![()],
                },
                E::Struct {
                    a: Some(0.1),
                    b: vec![],
                },
                E::Empty {},
            ],
            f: [1.5, f32::INFINITY, 1e-7],
            g: ('"', true, Unit),
            h: Pair(u128::MAX, i128::MIN),
            i: vec![0, 255],
        };
        assert_same(&nested);
        let keys: std::collections::BTreeMap<i64, bool> = [(-1, true), (20, false)].into();
        assert_same(&keys);
        let bool_keys: std::collections::BTreeMap<bool, ()> = [(true, ())].into();
        assert_same(&bool_keys);
        let bad: std::collections::BTreeMap<Vec<u8>, ()> = [(vec![1], ())].into();
        assert!(serde_json_pretty(&bad).is_err());
        assert!(ours(&bad, 0).is_err());
        let unit_keys: std::collections::BTreeMap<(), ()> = [((), ())].into();
        assert!(serde_json_pretty(&unit_keys).is_err());
        assert!(ours(&unit_keys, 0).is_err());
    }
}
