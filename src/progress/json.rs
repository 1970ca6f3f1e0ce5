//! Reading stored JSON without a generic JSON tree (`serde_json::Value`), whose code the app
//! would otherwise carry for a handful of decoders. Everything here reads through
//! `deserialize_any`, as a tree would: a text is refused for exactly what a tree would refuse
//! (bad syntax, nesting deeper than 128 levels, a broken `\u` escape), wherever it is, in
//! parts no decoder looks at as well, and with the same message and position.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Any JSON value, checked and dropped: whether a text is JSON at all, before a typed reader
/// (which skips unknown parts without checking them) looks at it.
pub(super) struct Checked {
    /// The value is an object, as every document is.
    pub(super) object: bool,
}

/// Checks a whole text: the reader's error says what is wrong and where.
pub(super) fn check(text: &str) -> Result<Checked, serde_json::Error> {
    serde_json::from_str(text)
}

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked { object: false })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Checked, A::Error> {
        while items.next_element::<Checked>()?.is_some() {}
        Ok(Checked { object: false })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Checked, A::Error> {
        while entries.next_entry::<Checked, Checked>()?.is_some() {}
        Ok(Checked { object: true })
    }
}

/// The reader's message without its position: a typed reader runs on a text already checked,
/// so what it finds is about the document's shape, where a line and column help nobody.
pub(super) fn shape_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&position) {
        Some(shape) => shape.to_owned(),
        None => message,
    }
}

/// A JSON value as the progress decoder reads it: numbers are told apart as whole or not,
/// and what it never looks inside (text) is kept only as far as a message needs it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Whole(i64),
    /// A number with a fraction or beyond `i64`.
    Number(f64),
    Bool(bool),
    Text(String),
    Null,
    List(Vec<Item>),
    /// Its entries in the order written; a repeated name means its last value (`get`).
    Object(Vec<(String, Item)>),
}

impl Item {
    /// Reads a whole text.
    pub(super) fn parse(text: &str) -> Result<Item, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The entries, if this is an object.
    pub(super) fn entries(&self) -> Option<&[(String, Item)]> {
        match self {
            Item::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of an object's field, the last one when a name repeats (as JSON readers do).
    pub(super) fn get(&self, name: &str) -> Option<&Item> {
        self.entries()?
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    pub(super) fn list(&self) -> Option<&[Item]> {
        match self {
            Item::List(items) => Some(items),
            _ => None,
        }
    }
}

impl fmt::Display for Item {
    /// The value as JSON, shortened inside lists and objects: for messages.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Item::Whole(n) => write!(f, "{n}"),
            Item::Number(n) => write!(f, "{n}"),
            Item::Bool(b) => write!(f, "{b}"),
            Item::Text(text) => write!(f, "{text:?}"),
            Item::Null => f.write_str("null"),
            Item::List(_) => f.write_str("[…]"),
            Item::Object(_) => f.write_str("{…}"),
        }
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ItemVisitor)
    }
}

struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Item, E> {
        Ok(Item::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Item, E> {
        Ok(Item::Whole(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Item, E> {
        Ok(i64::try_from(n).map_or(Item::Number(n as f64), Item::Whole))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Item, E> {
        Ok(Item::Number(n))
    }

    fn visit_str<E>(self, text: &str) -> Result<Item, E> {
        Ok(Item::Text(text.to_owned()))
    }

    fn visit_unit<E>(self) -> Result<Item, E> {
        Ok(Item::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Item, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(Item::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Item, A::Error> {
        let mut object = Vec::new();
        while let Some(entry) = entries.next_entry::<String, Item>()? {
            object.push(entry);
        }
        Ok(Item::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a JSON tree refuses, these refuse with the same words and position.
    #[test]
    fn the_checks_refuse_what_a_json_tree_refuses_with_its_message() {
        let deep = format!("{{\"a\":1,\"x\":{}1{}}}", "[".repeat(200), "]".repeat(200));
        let texts = [
            "{\"a\":",
            "[1,2",
            "tru",
            "{\"a\":1}}",
            "{\"a\":\"\\ud83d x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\":1e999}",
            &deep,
        ];
        for text in texts {
            let tree = serde_json::from_str::<serde_json::Value>(text)
                .expect_err(text)
                .to_string();
            assert_eq!(
                check(text).err().map(|e| e.to_string()),
                Some(tree.clone()),
                "{text}"
            );
            assert_eq!(
                Item::parse(text).err().map(|e| e.to_string()),
                Some(tree),
                "{text}"
            );
        }
    }

    #[test]
    fn items_read_like_a_tree() {
        let item = Item::parse(r#"{"v":1,"v":2,"n":-0,"f":1.5,"big":18446744073709551615,"s":"a\"b","l":[true,null],"o":{}}"#).unwrap();
        assert_eq!(item.get("v"), Some(&Item::Whole(2)));
        // As in a JSON tree, `-0` is the float -0.0; the decoders read it as 0.
        assert_eq!(item.get("n"), Some(&Item::Number(-0.0)));
        assert_eq!(item.get("f"), Some(&Item::Number(1.5)));
        assert!(matches!(item.get("big"), Some(Item::Number(_))));
        assert_eq!(
            item.get("s").map(Item::to_string).as_deref(),
            Some("\"a\\\"b\"")
        );
        assert_eq!(
            item.get("l").and_then(Item::list),
            Some(&[Item::Bool(true), Item::Null][..])
        );
        assert_eq!(
            item.get("o").and_then(Item::entries).map(<[_]>::len),
            Some(0)
        );
        assert_eq!(item.get("missing"), None);
        assert!(check("{}").unwrap().object);
        assert!(!check("[{}]").unwrap().object);
    }

    #[test]
    fn a_shape_error_loses_its_position_only() {
        let error = serde_json::from_str::<u64>("\"x\"").unwrap_err();
        assert_eq!(
            shape_error(&error),
            "invalid type: string \"x\", expected u64"
        );
    }
}
