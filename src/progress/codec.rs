//! The progress document's wire format, its schema versions and the migration between them.
//!
//! Version 1, compact so that 1,000 cards with 50 reviews each stay well under a megabyte:
//! `{"v":1,"cards":{"<id>":{"l":[at,rating,secs,ticks, Δat,rating,secs,ticks, …],"s":[1,at],"b":day}}}`
//! where the first review's time is absolute (Unix seconds) and each next one is the gap since
//! the previous; `s` (star: on/off and when) and `b` (buried until day) are left out when unset.
//!
//! Version 0 was the first prototype's verbose format, without a `v`:
//! `{"cards":{"<id>":{"reviews":[{"at":…,"rating":…,"secs":…}],"starred":true}}}`.

use super::json::{check, shape_error, Item};
use super::{CardProgress, Progress, Rating, Review};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;

/// The earliest review time a document may hold (2000-01-01, Unix seconds): nothing was
/// reviewed with this app before it, so an earlier time is damage.
pub const EARLIEST_REVIEW: i64 = 946_684_800;
/// The latest time a document may hold (9999-12-31): beyond it dates cannot be scheduled.
/// Importing is stricter (see `backup::decode_backup`).
pub const LATEST_TIME: i64 = 253_402_300_799;

/// Why a stored document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a document of ours, or damaged; the text says what is wrong.
    Corrupt(String),
    /// Written by a newer version of the app, with this schema version: read-only here.
    Newer(u64),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Corrupt(why) => write!(f, "{why}"),
            Self::Newer(v) => write!(f, "it was written by a newer version of Interview Deck (schema {v}, this one reads up to {SCHEMA_VERSION})"),
        }
    }
}

/// Reads a serde document that must be a JSON object of ours (`what` names it in errors) and
/// must not come from a newer schema.
pub fn decode_object<T: serde::de::DeserializeOwned>(
    text: &str,
    what: &str,
    version: impl Fn(&T) -> u64,
) -> Result<T, DecodeError> {
    if !check(text).map_err(not_json)?.object {
        return Err(corrupt(format!("it is not {what}")));
    }
    let document: T = serde_json::from_str(text)
        .map_err(|e| corrupt(format!("it is not {what} ({})", shape_error(&e))))?;
    match version(&document) {
        v if v > SCHEMA_VERSION => Err(DecodeError::Newer(v)),
        _ => Ok(document),
    }
}

fn corrupt(why: impl Into<String>) -> DecodeError {
    DecodeError::Corrupt(why.into())
}

fn not_json(error: serde_json::Error) -> DecodeError {
    corrupt(format!("it is not valid JSON ({error})"))
}

/// Writes the document in the current schema, straight to text: building a JSON tree first
/// took most of a save's time at 50,000 reviews.
pub fn encode_progress(progress: &Progress) -> String {
    serde_json::to_string(&StoredProgress(progress)).expect("plain numbers and strings serialize")
}

/// The progress as it is stored, serialized straight to text.
pub(super) struct StoredProgress<'a>(pub(super) &'a Progress);

impl Serialize for StoredProgress<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut document = serializer.serialize_map(Some(2))?;
        document.serialize_entry("cards", &StoredCards(&self.0.cards))?;
        document.serialize_entry("v", &SCHEMA_VERSION)?;
        document.end()
    }
}

struct StoredCards<'a>(&'a BTreeMap<String, CardProgress>);

impl Serialize for StoredCards<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, card)| (id, StoredCard(card))))
    }
}

struct StoredCard<'a>(&'a CardProgress);

impl Serialize for StoredCard<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let card = self.0;
        let mut entry = serializer.serialize_map(None)?;
        if let Some(day) = card.buried_until {
            entry.serialize_entry("b", &day)?;
        }
        if !card.log.is_empty() {
            entry.serialize_entry("l", &StoredLog(&card.log))?;
        }
        if let Some((on, at)) = card.star {
            entry.serialize_entry("s", &(u8::from(on), at))?;
        }
        entry.end()
    }
}

/// The review log flattened, each review's time as the gap since the one before.
struct StoredLog<'a>(&'a [Review]);

impl Serialize for StoredLog<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut previous = 0;
        serializer.collect_seq(self.0.iter().flat_map(|review| {
            let gap = review.at - previous;
            previous = review.at;
            [
                gap,
                review.rating as i64,
                i64::from(review.secs),
                i64::from(review.ticks),
            ]
        }))
    }
}

/// Reads a stored document of any known version, migrating it to the current one.
pub fn decode_progress(text: &str) -> Result<Progress, DecodeError> {
    let document = Item::parse(text).map_err(not_json)?;
    if document.entries().is_none() {
        return Err(corrupt("it is not a JSON object"));
    }
    match document.get("v") {
        None => decode_v0(&document),
        Some(v) => match v {
            Item::Whole(1) => decode_v1(&document),
            Item::Whole(v) if *v > SCHEMA_VERSION as i64 => Err(DecodeError::Newer(*v as u64)),
            _ => Err(corrupt(format!(
                "its schema version {v} is not one this app knows"
            ))),
        },
    }
}

/// A whole number; `-0` (which JSON allows and some tools write) is read as 0.
fn int(value: &Item, what: &str, id: &str) -> Result<i64, DecodeError> {
    match value {
        Item::Whole(n) => Ok(*n),
        Item::Number(n) if *n == 0.0 => Ok(0),
        _ => Err(corrupt(format!(
            "card \"{id}\": {what} is not a whole number"
        ))),
    }
}

/// A review time that can be a real one.
fn review_time(at: i64, id: &str) -> Result<i64, DecodeError> {
    if (EARLIEST_REVIEW..=LATEST_TIME).contains(&at) {
        Ok(at)
    } else {
        Err(corrupt(format!(
            "card \"{id}\": a review time ({at}) is not between the years 2000 and 9999"
        )))
    }
}

fn small<T: TryFrom<i64>>(n: i64, what: &str, id: &str) -> Result<T, DecodeError> {
    T::try_from(n).map_err(|_| corrupt(format!("card \"{id}\": {what} {n} is out of range")))
}

fn rating(n: i64, id: &str) -> Result<Rating, DecodeError> {
    u8::try_from(n)
        .ok()
        .and_then(Rating::from_number)
        .ok_or_else(|| corrupt(format!("card \"{id}\": rating {n} is not 1 to 4")))
}

/// Reads every card of a document with `read_card`, which gets the id and the card's object.
/// A card written twice counts once, as written last.
fn decode_cards(
    document: &Item,
    read_card: impl Fn(&str, &Item) -> Result<CardProgress, DecodeError>,
) -> Result<Progress, DecodeError> {
    let cards = document
        .get("cards")
        .and_then(Item::entries)
        .ok_or_else(|| corrupt("it has no \"cards\" object"))?;
    let mut progress = Progress::default();
    for (id, entry) in cards {
        if entry.entries().is_none() {
            return Err(corrupt(format!("card \"{id}\" is not an object")));
        }
        progress.cards.insert(id.clone(), read_card(id, entry)?);
    }
    Ok(progress)
}

fn decode_v1(document: &Item) -> Result<Progress, DecodeError> {
    decode_cards(document, |id, entry| {
        let mut card = CardProgress::default();
        if let Some(flat) = entry.get("l") {
            let flat = flat
                .list()
                .ok_or_else(|| corrupt(format!("card \"{id}\": its log is not a list")))?;
            if flat.len() % 4 != 0 {
                return Err(corrupt(format!("card \"{id}\": its log is cut short")));
            }
            let mut at = 0i64;
            for chunk in flat.chunks(4) {
                let gap = int(&chunk[0], "a review time", id)?;
                if gap < 0 && at != 0 {
                    return Err(corrupt(format!(
                        "card \"{id}\": its reviews are out of order"
                    )));
                }
                at = at
                    .checked_add(gap)
                    .ok_or_else(|| corrupt(format!("card \"{id}\": a review time overflows")))?;
                card.log.push(Review {
                    at: review_time(at, id)?,
                    rating: rating(int(&chunk[1], "a rating", id)?, id)?,
                    secs: small(int(&chunk[2], "a duration", id)?, "duration", id)?,
                    ticks: small(int(&chunk[3], "a key-point tick set", id)?, "tick set", id)?,
                });
            }
        }
        if let Some(star) = entry.get("s") {
            match star.list() {
                Some([on, at]) => {
                    card.star = Some((int(on, "the star", id)? != 0, int(at, "the star time", id)?))
                }
                _ => {
                    return Err(corrupt(format!(
                        "card \"{id}\": its star is not [on, time]"
                    )))
                }
            }
        }
        if let Some(day) = entry.get("b") {
            card.buried_until = Some(int(day, "the burial day", id)?);
        }
        Ok(card)
    })
}

/// Migrates the prototype's verbose format: same facts, longer names, no star time.
fn decode_v0(document: &Item) -> Result<Progress, DecodeError> {
    decode_cards(document, |id, entry| {
        let mut card = CardProgress::default();
        for review in entry
            .get("reviews")
            .and_then(Item::list)
            .into_iter()
            .flatten()
        {
            let field = |name: &str| review.get(name).map_or(Ok(0), |v| int(v, name, id));
            card.log.push(Review {
                at: review_time(field("at")?, id)?,
                rating: rating(field("rating")?, id)?,
                secs: small(field("secs")?, "duration", id)?,
                ticks: 0,
            });
        }
        card.log.sort_unstable();
        if entry.get("starred") == Some(&Item::Bool(true)) {
            card.star = Some((true, card.log.last().map_or(0, |r| r.at)));
        }
        Ok(card)
    })
}
