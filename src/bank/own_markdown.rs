//! A user's own question as a question file of the bank (`docs/question-format.md`), so it can
//! be contributed by pull request: TOML front matter, then the five sections in their order.
//!
//! The file is what the user wrote, not a finished bank question: what the user left empty
//! gets a `(to write)` placeholder, the level signals are always placeholders, and a technical
//! question gets an empty `references` list. The bank's build then names every rule still
//! unmet (too few key points, no references), which is the checklist the contributor needs.
//!
//! The own guide format (`own_format`) is a subset of the bank's Markdown, so the guide is
//! written as typed. The one change: a line that is `+++` (with trailing whitespace or not)
//! gets one leading space, so the only lines of a file that read as `+++` are the two that
//! delimit its front matter, and several files in one download split at them unambiguously.

use super::own::{Draft, OWN_ID_PREFIX};
use super::own_format::normalized_line_breaks;
use super::Category;

/// The line that opens and closes the front matter.
const FRONT_MATTER_FENCE: &str = "+++";
/// The longest id, in characters: long enough to read, short enough for a file name.
const MAX_ID_CHARS: usize = 60;
/// The id of a question whose title has no ASCII letter or digit.
const FALLBACK_ID: &str = "my-question";
/// What stands where the user wrote nothing, for the contributor to replace.
const TO_WRITE: &str = "(to write)";
/// The labels the format's three level-signal bullets start with, in its order. The app does
/// not ask for the signals, so each is a placeholder.
const SIGNAL_LABELS: [&str; 3] = ["**Junior:**", "**Mid-level:**", "**Senior:**"];

/// The question's id in the bank, which is also its file name (`<id>.md`), derived from the
/// title the way the bank's ids read: lowercase ASCII letters and digits, every other run of
/// characters one `-`, none at either end. Apostrophes join ("what's" → `whats`) and non-ASCII
/// letters and digits are dropped, since ids are plain ASCII. At most 60 characters, cut at a
/// `-` so no word is halved (unless the first word alone is longer); an empty result is
/// `my-question`, and an id that would start with the own-question prefix gets `my-` before
/// it, since the bank keeps that prefix for own questions.
pub fn bank_id(title: &str) -> String {
    let mut id = String::new();
    let mut gap = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !id.is_empty() {
                id.push('-');
            }
            gap = false;
            id.push(c.to_ascii_lowercase());
        } else if !c.is_alphanumeric() && !matches!(c, '\'' | '’') {
            gap = true;
        }
    }
    if id.is_empty() {
        id.push_str(FALLBACK_ID);
    }
    if id.starts_with(OWN_ID_PREFIX) {
        id.insert_str(0, "my-");
    }
    shortened(id)
}

/// `id` cut to `MAX_ID_CHARS` at its last `-` that leaves whole words. Ids are ASCII, so a
/// byte index is a character index.
fn shortened(mut id: String) -> String {
    if id.len() > MAX_ID_CHARS {
        let end = id[..=MAX_ID_CHARS].rfind('-').unwrap_or(MAX_ID_CHARS);
        id.truncate(end);
    }
    id
}

/// One question as a bank file, named `<bank_id>.md`, to go under `assets/questions/<its first
/// topic>/`.
pub fn question_file(draft: &Draft) -> String {
    format!("{}\n{}", front_matter(draft), body(draft))
}

/// Several questions in one download: each a complete file, one blank line between them. No
/// line but a front matter's two is `+++`, so a reader splits the download at each `+++` line
/// that starts it or follows a blank line.
pub fn questions_file(drafts: &[&Draft]) -> String {
    drafts
        .iter()
        .copied()
        .map(question_file)
        .collect::<Vec<_>>()
        .join("\n")
}

fn front_matter(draft: &Draft) -> String {
    let topics: Vec<String> = draft
        .topics
        .iter()
        .map(|topic| toml_string(topic.id))
        .collect();
    let mut lines = vec![
        FRONT_MATTER_FENCE.to_string(),
        format!("id = {}", toml_string(&bank_id(&draft.title))),
        format!("title = {}", toml_string(&draft.title)),
        format!("category = {}", toml_string(draft.category.slug())),
        format!("topics = [{}]", topics.join(", ")),
        format!("level = {}", toml_string(draft.level.slug())),
        format!("why = {}", toml_string(&draft.why)),
        "source = \"original\"".to_string(),
    ];
    if draft.category == Category::Technical {
        lines.push("references = []".to_string());
    }
    lines.push(FRONT_MATTER_FENCE.to_string());
    lines.join("\n") + "\n"
}

/// `text` as a TOML basic string: quoted, with `"` and `\` escaped, and line breaks, tabs and
/// every other control character written as escapes, so the string stays on its line.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The five sections, in the format's order, a blank line between them.
fn body(draft: &Draft) -> String {
    let sections = [
        ("Answer guide", guide_lines(&draft.guide)),
        ("Key points", bullets(&draft.key_points)),
        ("Pitfalls", bullets(&draft.pitfalls)),
        ("Follow-ups", bullets(&draft.follow_ups)),
        ("Level signals", signal_lines()),
    ];
    sections
        .iter()
        .map(|(name, lines)| format!("## {name}\n\n{}\n", lines.join("\n")))
        .collect::<Vec<_>>()
        .join("\n")
}

fn signal_lines() -> Vec<String> {
    SIGNAL_LABELS
        .iter()
        .map(|label| format!("- {label} {TO_WRITE}"))
        .collect()
}

/// The guide's lines as typed, without blank lines at either end, `+++` lines indented (see
/// the module comment), or the placeholder when there are none.
fn guide_lines(guide: &str) -> Vec<String> {
    let guide = normalized_line_breaks(guide);
    let lines: Vec<String> = without_blank_edges(&guide)
        .lines()
        .map(|line| {
            if line.trim_end() == FRONT_MATTER_FENCE {
                format!(" {line}")
            } else {
                line.to_string()
            }
        })
        .collect();
    if lines.is_empty() {
        vec![TO_WRITE.to_string()]
    } else {
        lines
    }
}

/// `text` from the start of its first line with something on it to the end of its last.
fn without_blank_edges(text: &str) -> &str {
    let text = text.trim_end();
    let first = text.find(|c: char| !c.is_whitespace()).unwrap_or(0);
    let line_start = text[..first].rfind('\n').map_or(0, |newline| newline + 1);
    &text[line_start..]
}

/// A bullet per item, each on one line (a stray line break becomes a space, since a bullet
/// the format reads is one line), blank items left out; a placeholder bullet when none is left.
fn bullets(items: &[String]) -> Vec<String> {
    let bullets: Vec<String> = items
        .iter()
        .map(String::as_str)
        .map(one_line)
        .filter(|item| !item.is_empty())
        .map(|item| format!("- {item}"))
        .collect();
    if bullets.is_empty() {
        vec![format!("- {TO_WRITE}")]
    } else {
        bullets
    }
}

fn one_line(item: &str) -> String {
    item.split(['\r', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{topic_by_id, Level, Topic};

    fn topic(id: &str) -> &'static Topic {
        topic_by_id(id).expect("a topic of the closed list")
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(ToString::to_string).collect()
    }

    fn payment_retries() -> Draft {
        Draft {
            title: "How would you make a payment endpoint safe to retry?".into(),
            category: Category::Technical,
            topics: vec![topic("api"), topic("resilience")],
            level: Level::Senior,
            why: "Retries are everywhere; they want to see you never charge a customer twice."
                .into(),
            guide: "\r\n\r\nTake an `Idempotency-Key` header.\r\nStore the first response:\r\n```sql\r\nINSERT INTO idempotency (key, response)\r\n\r\nVALUES ($1, $2);\r\n```\r\n- Same key, same body: replay.\r\n- Same key, other body: `422`.\r\n  Never run twice.\r\n\r\n".into(),
            key_points: strings(&["Keys are scoped per client.", "The first response is stored."]),
            pitfalls: strings(&["Checking and writing in two steps."]),
            follow_ups: Vec::new(),
        }
    }

    /// The draft's file split into the text between its `+++` lines and the body after them.
    fn parts(draft: &Draft) -> (String, String) {
        let file = question_file(draft);
        let rest = file.strip_prefix("+++\n").expect("opens with +++");
        let (front, body) = rest.split_once("\n+++\n").expect("closes with +++");
        (front.to_string(), body.to_string())
    }

    #[test]
    fn a_question_is_written_in_the_bank_format() {
        assert_eq!(
            question_file(&payment_retries()),
            "+++\n\
             id = \"how-would-you-make-a-payment-endpoint-safe-to-retry\"\n\
             title = \"How would you make a payment endpoint safe to retry?\"\n\
             category = \"technical\"\n\
             topics = [\"api\", \"resilience\"]\n\
             level = \"senior\"\n\
             why = \"Retries are everywhere; they want to see you never charge a customer twice.\"\n\
             source = \"original\"\n\
             references = []\n\
             +++\n\
             \n\
             ## Answer guide\n\
             \n\
             Take an `Idempotency-Key` header.\n\
             Store the first response:\n\
             ```sql\n\
             INSERT INTO idempotency (key, response)\n\
             \n\
             VALUES ($1, $2);\n\
             ```\n\
             - Same key, same body: replay.\n\
             - Same key, other body: `422`.\n  \
             Never run twice.\n\
             \n\
             ## Key points\n\
             \n\
             - Keys are scoped per client.\n\
             - The first response is stored.\n\
             \n\
             ## Pitfalls\n\
             \n\
             - Checking and writing in two steps.\n\
             \n\
             ## Follow-ups\n\
             \n\
             - (to write)\n\
             \n\
             ## Level signals\n\
             \n\
             - **Junior:** (to write)\n\
             - **Mid-level:** (to write)\n\
             - **Senior:** (to write)\n"
        );
    }

    #[test]
    fn only_a_technical_question_gets_references_and_every_slug_is_written() {
        let story = Draft {
            title: "Tell me about a time you disagreed".into(),
            category: Category::Behavioral,
            topics: vec![topic("collaboration")],
            level: Level::Junior,
            ..Draft::default()
        };
        let (front, _) = parts(&story);
        assert_eq!(
            front,
            "id = \"tell-me-about-a-time-you-disagreed\"\n\
             title = \"Tell me about a time you disagreed\"\n\
             category = \"behavioral\"\n\
             topics = [\"collaboration\"]\n\
             level = \"junior\"\n\
             why = \"\"\n\
             source = \"original\""
        );
        let plan = Draft {
            category: Category::Situational,
            topics: vec![
                topic("observability"),
                topic("legacy-code"),
                topic("system-design"),
            ],
            ..Draft::default()
        };
        let (front, _) = parts(&plan);
        assert!(front.contains("\ncategory = \"situational\"\n"), "{front}");
        assert!(
            front.contains("\ntopics = [\"observability\", \"legacy-code\", \"system-design\"]\n"),
            "{front}"
        );
        assert!(front.contains("\nlevel = \"mid\"\n"), "{front}");
        assert!(!front.contains("references"), "{front}");
    }

    #[test]
    fn titles_and_whys_are_escaped_as_toml_strings() {
        let draft = Draft {
            title: "Say \"hi\" to C:\\temp\nthen\ttab\r".into(),
            why: "bell\u{7} nul\u{0} esc\u{1b} del\u{7f} \u{85} ok: é 😀 '' \"\"\"".into(),
            ..Draft::default()
        };
        let (front, _) = parts(&draft);
        assert!(
            front.contains("\ntitle = \"Say \\\"hi\\\" to C:\\\\temp\\nthen\\ttab\\r\"\n"),
            "{front}"
        );
        assert!(
            front.contains(
                "\nwhy = \"bell\\u0007 nul\\u0000 esc\\u001B del\\u007F \\u0085 ok: é 😀 '' \\\"\\\"\\\"\"\n"
            ),
            "{front}"
        );
        assert!(!front.contains(['\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\r', '\t']));
        assert_eq!(front.lines().count(), 8);
    }

    #[test]
    fn what_was_left_empty_gets_a_placeholder_to_write() {
        let draft = Draft {
            key_points: strings(&["", "  \n "]),
            follow_ups: strings(&["One\nline, \r\n really? "]),
            guide: " \n\t\n".into(),
            ..Draft::default()
        };
        let (_, body) = parts(&draft);
        assert_eq!(
            body,
            "\n## Answer guide\n\n(to write)\n\
             \n## Key points\n\n- (to write)\n\
             \n## Pitfalls\n\n- (to write)\n\
             \n## Follow-ups\n\n- One line, really?\n\
             \n## Level signals\n\n- **Junior:** (to write)\n- **Mid-level:** (to write)\n- **Senior:** (to write)\n"
        );
    }

    #[test]
    fn ids_are_ascii_words_joined_by_dashes() {
        for (title, id) in [
            ("What is a CDN?", "what-is-a-cdn"),
            (
                "  --REST vs. gRPC: when & why?!--  ",
                "rest-vs-grpc-when-why",
            ),
            (
                "What's the CAP theorem’s point?",
                "whats-the-cap-theorems-point",
            ),
            ("Café naïve résumé", "caf-nave-rsum"),
            ("HTTP/2 — 😀 streams", "http-2-streams"),
            ("東京 SLO 99.9%", "slo-99-9"),
            ("?!…", "my-question"),
            ("東京", "my-question"),
            ("", "my-question"),
            ("Own your mistakes", "my-own-your-mistakes"),
            ("Owning a service", "owning-a-service"),
        ] {
            assert_eq!(bank_id(title), id, "{title:?}");
        }
    }

    #[test]
    fn a_long_id_is_cut_at_a_dash_to_sixty_characters() {
        let title =
            "How would you design a rate limiter for a public API used by thousands of clients?";
        let id = bank_id(title);
        assert_eq!(
            id,
            "how-would-you-design-a-rate-limiter-for-a-public-api-used-by"
        );
        assert!(id.len() <= MAX_ID_CHARS);
        let exact = format!("{} tail", "a".repeat(MAX_ID_CHARS));
        assert_eq!(bank_id(&exact), "a".repeat(MAX_ID_CHARS));
        let one_word = "b".repeat(MAX_ID_CHARS + 10);
        assert_eq!(bank_id(&one_word), "b".repeat(MAX_ID_CHARS));
        let own = format!("own {}", "c".repeat(MAX_ID_CHARS));
        assert_eq!(bank_id(&own), "my-own");
    }

    #[test]
    fn several_questions_are_complete_files_one_blank_line_apart() {
        let first = payment_retries();
        let second = Draft {
            title: "Tell me about an outage you caused".into(),
            category: Category::Behavioral,
            topics: vec![topic("ownership")],
            ..Draft::default()
        };
        let file = questions_file(&[&first, &second]);
        assert_eq!(
            file,
            format!("{}\n{}", question_file(&first), question_file(&second))
        );
        let fences: Vec<usize> = file
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim_end() == "+++")
            .map(|(number, _)| number)
            .collect();
        assert_eq!(fences.len(), 4, "{file}");
        assert_eq!(file.lines().nth(fences[2] - 1), Some(""));
        assert!(
            file.contains("\ntitle = \"How would you make a payment endpoint safe to retry?\"\n")
        );
        assert!(file.contains("\ntitle = \"Tell me about an outage you caused\"\n"));
        assert_eq!(questions_file(&[]), "");
    }

    #[test]
    fn hostile_text_survives_in_the_body_and_cannot_split_a_file() {
        let draft = Draft {
            guide: "<script>alert(1)</script>\n\"\"\"\n+++\n+++  \n+++ not alone\n ```\n+++\n"
                .into(),
            key_points: strings(&["<img src=x onerror=alert(1)>", "+++"]),
            ..Draft::default()
        };
        let (_, body) = parts(&draft);
        assert!(
            body.contains(
                "\n<script>alert(1)</script>\n\"\"\"\n +++\n +++  \n+++ not alone\n ```\n +++\n\n## Key points\n"
            ),
            "{body}"
        );
        assert!(
            body.contains("\n- <img src=x onerror=alert(1)>\n- +++\n"),
            "{body}"
        );
        let file = question_file(&draft);
        let fences = file.lines().filter(|line| line.trim_end() == "+++").count();
        assert_eq!(fences, 2, "{file}");
    }
}
