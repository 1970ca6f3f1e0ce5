//! The user's own questions: written in the app or imported from a list, and practised like the
//! bank's. A `Draft` is what the user wrote; `Draft::check` holds it to the limits with a
//! message a user can act on, and `own_question` turns a checked draft into a `Question` the
//! whole app takes like any other.

use super::{Body, Category, Level, Question, Source, Text, Topic};

pub use super::kinds::OWN_ID_PREFIX;
/// How many own questions one browser keeps: a long list from many interviews fits, and the
/// stored document stays far inside the storage quota.
pub const MAX_OWN_QUESTIONS: usize = 2_000;
/// The longest field, in characters (a guide of several pages).
pub const MAX_FIELD_CHARS: usize = 20_000;
/// The longest question, in characters.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// The most key points a question can have: the self-check stores its ticks in 16 bits.
pub const MAX_KEY_POINTS: usize = 16;
/// The most topics a question can have, as in the bank.
pub const MAX_TOPICS: usize = 3;
/// The longest import name (a company, a team), in characters.
pub const MAX_TAG_CHARS: usize = 60;

/// A question as the user wrote it. Every text is plain text in the small own format
/// (`own_format`): the app renders it as elements and text, never as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub category: Category,
    /// None to three, the main one first.
    pub topics: Vec<&'static Topic>,
    pub level: Level,
    pub why: String,
    pub guide: String,
    /// One line each.
    pub key_points: Vec<String>,
    pub pitfalls: Vec<String>,
    pub follow_ups: Vec<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            title: String::new(),
            category: Category::Technical,
            topics: Vec::new(),
            level: Level::Mid,
            why: String::new(),
            guide: String::new(),
            key_points: Vec::new(),
            pitfalls: Vec::new(),
            follow_ups: Vec::new(),
        }
    }
}

/// Why a draft cannot be saved, in words that say what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    NoTitle,
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    TooManyKeyPoints(usize),
    TooManyTopics(usize),
    /// The user already has `MAX_OWN_QUESTIONS`.
    Full,
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoTitle => write!(f, "write the question first"),
            Self::TooLong { field, chars, max } => write!(
                f,
                "the {field} is {} characters; the most is {}",
                thousands(*chars),
                thousands(*max)
            ),
            Self::TooManyKeyPoints(n) => write!(
                f,
                "{n} key points; the most is {MAX_KEY_POINTS} (the self-check ticks up to {MAX_KEY_POINTS})"
            ),
            Self::TooManyTopics(n) => write!(f, "{n} topics; the most is {MAX_TOPICS}"),
            Self::Full => write!(
                f,
                "you have {} questions of your own, the most this browser keeps; delete some first",
                thousands(MAX_OWN_QUESTIONS)
            ),
        }
    }
}

/// A count as people write it: 20,000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl Draft {
    /// The draft with its texts trimmed and blank list items dropped: what is saved.
    pub fn tidied(mut self) -> Self {
        let trim = |s: &mut String| *s = s.trim().to_string();
        trim(&mut self.title);
        trim(&mut self.why);
        self.guide = self.guide.trim_end().to_string();
        for list in [
            &mut self.key_points,
            &mut self.pitfalls,
            &mut self.follow_ups,
        ] {
            *list = list
                .iter()
                .map(|item| item.trim().to_string())
                .filter(|item| !item.is_empty())
                .collect();
        }
        self
    }

    /// Holds the draft to the limits; nothing is ever cut to fit.
    pub fn check(&self) -> Result<(), DraftError> {
        if self.title.trim().is_empty() {
            return Err(DraftError::NoTitle);
        }
        let too_long = |field: &'static str, text: &str, max: usize| {
            let chars = text.chars().count();
            (chars > max).then_some(DraftError::TooLong { field, chars, max })
        };
        let lists = [
            ("key point", &self.key_points),
            ("pitfall", &self.pitfalls),
            ("follow-up", &self.follow_ups),
        ];
        let error = too_long("question", &self.title, MAX_TITLE_CHARS)
            .or_else(|| {
                too_long(
                    "\u{201c}why they ask this\u{201d}",
                    &self.why,
                    MAX_FIELD_CHARS,
                )
            })
            .or_else(|| too_long("answer guide", &self.guide, MAX_FIELD_CHARS))
            .or_else(|| {
                lists.iter().find_map(|(field, items)| {
                    items
                        .iter()
                        .find_map(|item| too_long(field, item, MAX_FIELD_CHARS))
                })
            });
        if let Some(error) = error {
            return Err(error);
        }
        if self.key_points.len() > MAX_KEY_POINTS {
            return Err(DraftError::TooManyKeyPoints(self.key_points.len()));
        }
        if self.topics.len() > MAX_TOPICS {
            return Err(DraftError::TooManyTopics(self.topics.len()));
        }
        Ok(())
    }
}

/// An own question's text, kept as the user wrote it and parsed once for display.
#[derive(Debug)]
pub struct OwnText {
    pub draft: Draft,
    /// The name the question was imported under (a company), a filter of the list.
    pub tag: Option<String>,
    pub(super) body: Body,
}

/// The question the app shows for a saved own question. Built once per saved version and
/// kept for the session, since every page holds questions by reference; an edit builds a new
/// one, and the few kilobytes of the old one stay.
pub fn own_question(id: &str, draft: &Draft, tag: Option<&str>) -> &'static Question {
    let own: &'static OwnText = Box::leak(Box::new(OwnText {
        body: Body::own(
            &draft.guide,
            [&draft.key_points, &draft.pitfalls, &draft.follow_ups],
        ),
        draft: draft.clone(),
        tag: tag.map(str::to_string),
    }));
    let topics: &'static [&'static Topic] = Box::leak(draft.topics.clone().into_boxed_slice());
    Box::leak(Box::new(Question {
        id: Box::leak(id.to_string().into_boxed_str()),
        number: 0,
        category: draft.category,
        topics,
        level: draft.level,
        source: Source::Original,
        text: Text::Own(own),
        key_points: u8::try_from(draft.key_points.len().min(MAX_KEY_POINTS)).unwrap_or(16),
    }))
}

/// Whether `id` names an own question.
pub fn is_own_id(id: &str) -> bool {
    id.starts_with(OWN_ID_PREFIX)
}

/// A new own id: the prefix, the time in milliseconds and a random part, in base 36, so ids
/// made on two devices at once still differ. Only a-z, 0-9 and `-`, like the bank's, so a set
/// link can carry it. `taken` says whether an id is in use already.
pub fn new_own_id(millis: u64, random: u64, taken: impl Fn(&str) -> bool) -> String {
    let mut salt = random;
    loop {
        let id = format!(
            "{OWN_ID_PREFIX}{}-{}",
            base36(millis),
            base36(salt % 36u64.pow(4))
        );
        if !taken(&id) {
            return id;
        }
        salt = salt.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::own_format::{Block, Inline};
    use crate::bank::{bank_questions, question_by_id, topic_by_id, Rich, BANK};

    fn draft() -> Draft {
        Draft {
            title: "  How would you shard our orders table?  ".into(),
            category: Category::Technical,
            topics: vec![topic_by_id("databases").unwrap()],
            level: Level::Senior,
            why: "Acme runs one large Postgres.".into(),
            guide: "Pick a key.\n\n- by customer\n- by region\n\n```\nSELECT 1;\n```\n".into(),
            key_points: vec![
                "the `customer_id` key".into(),
                "  ".into(),
                "resharding".into(),
            ],
            pitfalls: vec![],
            follow_ups: vec!["What about cross-shard joins?".into()],
        }
    }

    #[test]
    fn a_tidied_draft_drops_blank_items_and_surrounding_space_and_nothing_else() {
        let tidy = draft().tidied();
        assert_eq!(tidy.title, "How would you shard our orders table?");
        assert_eq!(tidy.key_points, ["the `customer_id` key", "resharding"]);
        assert_eq!(
            tidy.guide,
            "Pick a key.\n\n- by customer\n- by region\n\n```\nSELECT 1;\n```"
        );
        assert_eq!(tidy.check(), Ok(()));
    }

    #[test]
    fn every_limit_is_refused_with_what_to_change_and_nothing_is_cut() {
        let with = |change: &dyn Fn(&mut Draft)| {
            let mut d = draft();
            change(&mut d);
            d.check().unwrap_err().to_string()
        };
        assert_eq!(
            with(&|d| d.title = " \n ".into()),
            "write the question first"
        );
        assert_eq!(
            with(&|d| d.title = "x".repeat(MAX_TITLE_CHARS + 1)),
            "the question is 1,001 characters; the most is 1,000"
        );
        assert_eq!(
            with(&|d| d.guide = "é".repeat(MAX_FIELD_CHARS + 5)),
            "the answer guide is 20,005 characters; the most is 20,000"
        );
        assert_eq!(
            with(&|d| d.follow_ups.push("y".repeat(MAX_FIELD_CHARS + 1))),
            "the follow-up is 20,001 characters; the most is 20,000"
        );
        assert_eq!(
            with(&|d| d.key_points = vec!["p".into(); 17]),
            "17 key points; the most is 16 (the self-check ticks up to 16)"
        );
        assert_eq!(
            with(&|d| d.topics = vec![topic_by_id("api").unwrap(); 4]),
            "4 topics; the most is 3"
        );
        let mut at_limit = draft();
        at_limit.guide = "g".repeat(MAX_FIELD_CHARS);
        at_limit.key_points = vec!["p".into(); MAX_KEY_POINTS];
        assert_eq!(at_limit.check(), Ok(()), "exactly at every limit is fine");
    }

    #[test]
    fn own_ids_never_collide_with_the_bank_nor_with_each_other_and_travel_in_set_links() {
        let id = new_own_id(1_767_000_000_000, 123_456, |_| false);
        assert!(id.starts_with(OWN_ID_PREFIX) && is_own_id(&id), "{id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
        assert!(BANK.iter().all(|q| !is_own_id(q.id)));
        let again = new_own_id(1_767_000_000_000, 123_456, |taken| taken == id);
        assert_ne!(again, id, "a taken id is never handed out twice");
        assert!(is_own_id(&again));
        let other_device = new_own_id(1_767_000_000_000, 654_321, |_| false);
        assert_ne!(other_device, id, "same millisecond, another random part");
    }

    #[test]
    fn an_own_question_reads_like_a_bank_question_and_keeps_its_text_as_text() {
        let mut hostile = draft().tidied();
        hostile.title = "<script>alert(1)</script>".into();
        hostile.key_points = vec!["<img src=x onerror=alert(1)>".into()];
        let q = own_question("own-test-question", &hostile, Some("Acme"));
        assert_eq!(q.title(), "<script>alert(1)</script>");
        assert_eq!(q.label(), "Yours");
        assert!(q.is_own() && q.chunk().is_none());
        assert_eq!(q.key_point_count(), 1);
        let body = q.body().expect("an own guide is always here");
        assert_eq!(
            body.key_points(),
            [Rich::Line(vec![Inline::Text(
                "<img src=x onerror=alert(1)>".into()
            )])]
        );
        assert!(matches!(&body.guide, Rich::Blocks(b) if matches!(b[1], Block::List(_))));
        assert!(
            body.key_points()[0].html().contains("&lt;img"),
            "escaped for other apps"
        );
        assert!(body.signals().is_empty() && body.references().is_empty());
        assert_eq!(q.own().and_then(|o| o.tag.as_deref()), Some("Acme"));
        assert!(
            question_by_id("own-test-question").is_none(),
            "only the state's own list is looked up"
        );
        assert!(bank_questions().iter().all(|b| b.id != q.id));
    }

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(20_000), "20,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
