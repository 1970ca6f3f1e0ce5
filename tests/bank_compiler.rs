//! The build-time checks on the topic list and the question files: each defect is reported
//! with the right line.

#[path = "../build/bank_compiler.rs"]
mod bank_compiler;
#[allow(dead_code)]
#[path = "../src/bank/kinds.rs"]
mod kinds;
#[path = "../src/bank/text_format.rs"]
mod text_format;
#[path = "../build/topics_compiler.rs"]
mod topics_compiler;

use bank_compiler::{
    compile_bank, compile_question, emit, summary, with_synthetic, BankError, CompiledQuestion,
    MIN_QUESTIONS_PER_TOPIC,
};
use std::sync::LazyLock;
use text_format::fnv1a;
use topics_compiler::compile_topics;

const TOPICS_PATH: &str = "assets/topics.toml";

/// The real topic list, which the questions below are checked against as in the build.
static TOPIC_IDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    compile_topics(TOPICS_PATH, include_str!("../assets/topics.toml"))
        .expect("assets/topics.toml compiles")
        .into_iter()
        .map(|t| t.id)
        .collect()
});

const PATH: &str = "assets/questions/api/idempotency-keys.md";

const GOOD: &str = r#"+++
id = "idempotency-keys"
title = "How would you make a payment endpoint safe to retry?"
category = "technical"
topics = ["api", "resilience"]
level = "mid"
why = "Retries happen; they want to see you stop a double charge."
source = "original"
references = [{ title = "RFC 9110: HTTP Semantics", url = "https://www.rfc-editor.org/rfc/rfc9110" }]
+++

## Answer guide

The client sends an `Idempotency-Key` header; the server stores the key with the response.

## Key points

- One
- Two
- Three
- Four
- Five

## Pitfalls

- Storing the key after the side effect.
- Keys without expiry.

## Follow-ups

- What if two requests race?
- How long do you keep keys?
- What about a different body with the same key?

## Level signals

- **Junior:** retries blindly.
- **Mid-level:** uses a key and a unique constraint.
- **Senior:** covers races, expiry and body mismatch.
"#;

/// GOOD's references line, for tests that change it.
const REFERENCES: &str = "references = [{ title = \"RFC 9110: HTTP Semantics\", url = \"https://www.rfc-editor.org/rfc/rfc9110\" }]";

fn question(text: &str) -> Result<CompiledQuestion, BankError> {
    compile_question(&TOPIC_IDS, PATH, text)
}

fn error_of(text: &str) -> BankError {
    question(text).expect_err("expected the file to be rejected")
}

fn with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "test fixture lacks {from:?}");
    GOOD.replacen(from, to, 1)
}

#[test]
fn a_good_file_compiles_with_every_section_rendered() {
    let q = question(GOOD).unwrap();
    assert_eq!(q.id, "idempotency-keys");
    assert_eq!(q.topics, vec![0, 7]);
    assert!(q.guide_html.contains("<code>Idempotency-Key</code>"));
    assert_eq!(q.key_points_html.len(), 5);
    assert_eq!(q.pitfalls_html.len(), 2);
    assert_eq!(q.follow_ups_html[0], "What if two requests race?");
    assert_eq!(
        q.signals_html[0],
        "<strong>Junior:</strong> retries blindly."
    );
}

#[test]
fn errors_read_like_compiler_errors() {
    let e = error_of(&with("category = \"technical\"", "category = \"trivia\""));
    assert_eq!(
        e.to_string(),
        format!(
            "{PATH}:4: unknown category `trivia` (expected technical, behavioral or situational)"
        )
    );
}

#[test]
fn a_missing_front_matter_is_reported_on_line_one() {
    let e = error_of("## Answer guide\n");
    assert_eq!(e.line, 1);
    assert!(e.message.contains("`+++`"));
    let e = error_of("+++\nid = \"x\"\n");
    assert!(e.message.contains("never closed"));
}

#[test]
fn malformed_toml_names_its_line() {
    let e = error_of(&with("level = \"mid\"", "level = mid"));
    assert_eq!(e.line, 6);
    assert!(e.message.starts_with("front matter:"));
}

#[test]
fn an_unknown_field_is_rejected() {
    let e = error_of(&with(
        "source = \"original\"",
        "source = \"original\"\ndifficulty = 3",
    ));
    assert!(e.message.contains("difficulty"), "{e}");
}

#[test]
fn a_missing_field_is_rejected() {
    let e = error_of(&with("level = \"mid\"\n", ""));
    assert!(e.message.contains("level"), "{e}");
}

#[test]
fn the_id_must_match_the_file_name() {
    let e = error_of(&with("id = \"idempotency-keys\"", "id = \"idempotency\""));
    assert_eq!(e.line, 2);
    assert!(e.message.contains("differs from the file name"));
    let e = error_of(&with(
        "id = \"idempotency-keys\"",
        "id = \"Idempotency Keys\"",
    ));
    assert!(e.message.contains("a-z, 0-9"));
}

#[test]
fn a_bank_id_can_never_take_the_prefix_of_the_questions_users_write() {
    let e = error_of(&with(
        "id = \"idempotency-keys\"",
        "id = \"own-idempotency-keys\"",
    ));
    assert_eq!(e.line, 2);
    assert_eq!(
        e.message,
        "id `own-idempotency-keys` starts with `own-`, which is kept for the questions users write themselves"
    );
}

#[test]
fn an_unknown_topic_is_rejected() {
    let e = error_of(&with("\"api\", \"resilience\"", "\"api\", \"kubernetes\""));
    assert_eq!(e.line, 5);
    assert!(e.message.contains("unknown topic `kubernetes`"));
}

#[test]
fn the_folder_must_be_the_first_topic() {
    let e = error_of(&with("\"api\", \"resilience\"", "\"resilience\", \"api\""));
    assert!(
        e.message
            .contains("folder `api` but its first topic is `resilience`"),
        "{e}"
    );
}

#[test]
fn topics_are_one_to_three_without_repeats() {
    assert!(error_of(&with("[\"api\", \"resilience\"]", "[]"))
        .message
        .contains("1 to 3"));
    let four = with(
        "\"api\", \"resilience\"",
        "\"api\", \"resilience\", \"caching\", \"security\"",
    );
    assert!(error_of(&four).message.contains("1 to 3"));
    assert!(
        error_of(&with("\"api\", \"resilience\"", "\"api\", \"api\""))
            .message
            .contains("twice")
    );
}

#[test]
fn level_and_source_are_closed_words() {
    let e = error_of(&with("level = \"mid\"", "level = \"staff\""));
    assert_eq!(
        (e.line, e.message.as_str()),
        (6, "unknown level `staff` (expected junior, mid or senior)")
    );
    assert!(error_of(&with("source = \"original\"", "source = \"web\""))
        .message
        .contains("unknown source"));
}

#[test]
fn seed_numbers_belong_to_seed_questions_only() {
    let e = error_of(&with(
        "source = \"original\"",
        "source = \"original\"\nseed = 3",
    ));
    assert!(e.message.contains("only seed questions"));
    assert!(
        error_of(&with("source = \"original\"", "source = \"seed\""))
            .message
            .contains("needs its `seed`")
    );
    let e = error_of(&with(
        "source = \"original\"",
        "source = \"seed\"\nseed = 11",
    ));
    assert!(e.message.contains("out of range"));
    assert!(question(&with(
        "source = \"original\"",
        "source = \"seed\"\nseed = 10"
    ))
    .is_ok());
}

#[test]
fn the_why_must_be_plain_non_empty_text() {
    assert!(error_of(&with(
        "Retries happen; they want to see you stop a double charge.",
        " "
    ))
    .message
    .contains("why is empty"));
    let e = error_of(&with("a double charge", "a **double** charge"));
    assert!(e.message.contains("plain text"));
}

#[test]
fn an_empty_title_is_rejected() {
    let e = error_of(&with(
        "How would you make a payment endpoint safe to retry?",
        "  ",
    ));
    assert_eq!(e.line, 3);
    assert!(e.message.contains("title is empty"));
}

#[test]
fn a_missing_section_is_named() {
    let text = GOOD.split("## Level signals").next().unwrap();
    let e = error_of(text);
    assert_eq!(e.message, "missing section `## Level signals`");
}

#[test]
fn sections_must_come_in_order() {
    let e = error_of(&with("## Pitfalls", "## Follow-ups"));
    assert_eq!(e.line, 24);
    assert_eq!(
        e.message,
        "expected section `## Pitfalls` here, found `## Follow-ups`"
    );
}

#[test]
fn an_empty_section_is_rejected() {
    let e = error_of(&with(
        "The client sends an `Idempotency-Key` header; the server stores the key with the response.\n",
        "",
    ));
    assert_eq!(e.message, "section `## Answer guide` is empty");
    assert_eq!(e.line, 12);
}

#[test]
fn key_points_must_number_five_to_eight() {
    let e = error_of(&with("- Five\n", ""));
    assert_eq!(e.message, "`## Key points` has 4 bullets; it needs 5 to 8");
    let nine = with("- Five\n", "- Five\n- 6\n- 7\n- 8\n- 9\n");
    assert!(error_of(&nine).message.contains("has 9 bullets"));
}

#[test]
fn fewer_than_three_follow_ups_are_rejected() {
    let e = error_of(&with("- How long do you keep keys?\n", ""));
    assert_eq!(e.message, "`## Follow-ups` has 2 bullets; it needs 3 to 12");
}

#[test]
fn list_sections_must_be_a_single_flat_bullet_list() {
    let e = error_of(&with("- One\n", "Some prose.\n\n- One\n"));
    assert!(e.message.contains("single bullet list"), "{e}");
    let e = error_of(&with("- One\n", "- One\n  - nested\n"));
    assert!(e.message.contains("no nested lists"), "{e}");
    let e = error_of(&with(
        "- One\n- Two\n- Three\n- Four\n- Five\n",
        "1. One\n2. Two\n3. Three\n4. Four\n5. Five\n",
    ));
    assert!(e.message.contains("not a numbered one"), "{e}");
}

#[test]
fn level_signals_need_the_three_labels_in_order() {
    let e = error_of(&with("**Mid-level:**", "**Middle:**"));
    assert_eq!(
        e.message,
        "this level-signal bullet must start with `**Mid-level:**`"
    );
    assert_eq!(e.line, 38);
    let e = error_of(&with(
        "- **Senior:** covers races, expiry and body mismatch.\n",
        "",
    ));
    assert!(e.message.contains("needs three bullets"));
}

#[test]
fn raw_html_is_rejected_with_its_line() {
    let e = error_of(&with(
        "the server stores",
        "the server <script>alert(1)</script> stores",
    ));
    assert_eq!(e.line, 14);
    assert!(e.message.contains("raw HTML is not allowed"));
    assert!(question(&with("the server stores", "the server `<T>` stores")).is_ok());
}

#[test]
fn top_level_headings_inside_a_section_are_rejected() {
    let e = error_of(&with("The client sends", "# Big\n\nThe client sends"));
    assert!(e.message.contains("`###`"), "{e}");
    assert!(question(&with("The client sends", "### Small\n\nThe client sends")).is_ok());
}

#[test]
fn a_heading_inside_a_code_block_is_not_a_section() {
    let fenced = with(
        "The client sends",
        "```text\n## Key points\n```\n\nThe client sends",
    );
    assert!(question(&fenced).is_ok());
}

fn bank_file(folder: &str, id: &str, topics: &str) -> (String, String) {
    let text = GOOD
        .replace("id = \"idempotency-keys\"", &format!("id = \"{id}\""))
        .replace(
            "topics = [\"api\", \"resilience\"]",
            &format!("topics = [{topics}]"),
        );
    (format!("assets/questions/{folder}/{id}.md"), text)
}

/// A bank with exactly the minimum of questions in every topic.
fn full_bank() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for topic in TOPIC_IDS.iter() {
        for n in 0..MIN_QUESTIONS_PER_TOPIC {
            files.push(bank_file(
                topic,
                &format!("{topic}-{n}"),
                &format!("\"{topic}\""),
            ));
        }
    }
    files
}

#[test]
fn a_full_bank_compiles_and_emits_rust() {
    let bank = compile_bank(&TOPIC_IDS, &full_bank()).unwrap();
    assert_eq!(bank.len(), TOPIC_IDS.len() * MIN_QUESTIONS_PER_TOPIC);
    let rust = emit(&bank).rust;
    assert!(rust.starts_with("/// Every question"));
    assert!(rust.contains(&format!("const QUESTION_COUNT: usize = {};", bank.len())));
    assert!(rust.contains("static QUESTIONS: [Question; QUESTION_COUNT]"));
    assert!(rust.contains("id: \"api-0\", number: 1,"));
}

#[test]
fn duplicate_ids_are_rejected_naming_both_files() {
    let mut files = full_bank();
    files.push(bank_file("caching", "api-0", "\"caching\""));
    let errors = compile_bank(&TOPIC_IDS, &files).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "assets/questions/caching/api-0.md");
    assert!(errors[0]
        .message
        .contains("duplicate id `api-0` (also in assets/questions/api/api-0.md)"));
}

#[test]
fn a_topic_with_too_few_questions_fails_the_build() {
    let files: Vec<_> = full_bank()
        .into_iter()
        .filter(|(path, _)| !path.ends_with("caching-0.md"))
        .collect();
    let errors = compile_bank(&TOPIC_IDS, &files).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .message
            .contains(&format!(
                "topic `caching` has {} questions; every topic needs at least {MIN_QUESTIONS_PER_TOPIC}",
                MIN_QUESTIONS_PER_TOPIC - 1
            )),
        "{}",
        errors[0]
    );
}

#[test]
fn seed_questions_come_first_in_seed_order() {
    let mut files = full_bank();
    for (n, id) in [(2, "seed-b"), (1, "seed-a")] {
        let (path, text) = bank_file("ownership", id, "\"ownership\"");
        files.push((
            path,
            text.replace(
                "source = \"original\"",
                &format!("source = \"seed\"\nseed = {n}"),
            ),
        ));
    }
    let bank = compile_bank(&TOPIC_IDS, &files).unwrap();
    assert_eq!(bank[0].id, "seed-a");
    assert_eq!(bank[1].id, "seed-b");
    assert_eq!(bank[2].id, "api-0");
}

#[test]
fn every_bad_file_is_reported_at_once() {
    let mut files = full_bank();
    files[0].1 = files[0].1.replace("level = \"mid\"", "level = \"x\"");
    files[1].1 = files[1]
        .1
        .replace("category = \"technical\"", "category = \"x\"");
    assert_eq!(compile_bank(&TOPIC_IDS, &files).unwrap_err().len(), 2);
}

#[test]
fn the_summary_counts_categories_and_topics() {
    let bank = compile_bank(&TOPIC_IDS, &full_bank()).unwrap();
    let line = summary(&TOPIC_IDS, &bank);
    assert!(
        line.starts_with(&format!(
            "{} questions; technical {}, behavioral 0",
            bank.len(),
            bank.len()
        )),
        "{line}"
    );
    assert!(
        line.contains(&format!("caching {MIN_QUESTIONS_PER_TOPIC}")),
        "{line}"
    );
}

#[test]
fn benchmarks_can_pad_the_bank_with_distinct_synthetic_questions() {
    let bank = compile_bank(&TOPIC_IDS, &full_bank()).unwrap();
    let padded = with_synthetic(bank.clone(), 500);
    assert_eq!(padded.len(), 500);
    let mut ids: Vec<&str> = padded.iter().map(|q| q.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 500);
    assert_eq!(with_synthetic(bank.clone(), 0).len(), bank.len());
}

#[test]
fn control_characters_are_rejected_because_they_separate_compiled_fields() {
    let e = error_of(&with("The client sends", "The client\u{1f} sends"));
    assert_eq!(e.line, 14);
    assert!(e.message.contains("control characters"));
}

#[test]
fn titles_stay_in_the_app_and_guides_go_to_one_file_per_main_topic() {
    let bank = compile_bank(&TOPIC_IDS, &full_bank()).unwrap();
    let emitted = emit(&bank);
    assert!(
        emitted.rust.contains("title: (0, "),
        "the first question starts the titles"
    );
    assert!(emitted.rust.contains("why: (0, "), "and the whys");
    assert_eq!(emitted.rust.matches(" title: (").count(), bank.len());
    assert!(emitted.rust.contains("static TITLES: &str = \""));
    assert!(emitted.rust.contains("static WHYS: &str = \""));
    assert_eq!(
        emitted.chunks.len(),
        TOPIC_IDS.len(),
        "one file per main topic"
    );
    for (index, chunk) in emitted.chunks.iter().enumerate() {
        assert_eq!(
            chunk.file,
            format!("bank-{:016x}.txt", fnv1a(chunk.text.as_bytes()))
        );
        assert!(emitted.rust.contains(&format!(
            "Chunk {{ file: {:?}, len: {},",
            chunk.file,
            chunk.text.len()
        )));
        assert_eq!(
            emitted.rust.matches(&format!("body: ({index}, ")).count(),
            MIN_QUESTIONS_PER_TOPIC
        );
    }
    let first = &bank[0];
    assert!(emitted.chunks[0].text.starts_with(&first.guide_html));
    assert!(
        !emitted.chunks.iter().any(|c| c.text.contains(&first.title)),
        "titles are not repeated"
    );
    assert!(emitted
        .rust
        .contains(&format!("key_points: {} }}", first.key_points_html.len())));
}

#[test]
fn layout_newlines_between_tags_are_dropped_but_code_keeps_its_lines() {
    let text = with(
        "The client sends an `Idempotency-Key` header; the server stores the key with the response.\n",
        "First.\n\n- a\n- b\n\n```text\nline 1\nline 2\n```\n",
    );
    let q = question(&text).unwrap();
    assert_eq!(q.guide_html, "<p>First.</p><ul><li>a</li><li>b</li></ul><pre><code class=\"language-text\">line 1\nline 2\n</code></pre>");
}

const TOPICS_GOOD: &str = r#"# Two topics, the second with its keywords one a line.
[[topic]]
id = "api"
label = "HTTP and API design"
keywords = ["rest", "graphql"]

[[topic]]
id = "caching"
label = "Caching"
keywords = [
    "redis",
    "cdn",
]
"#;

fn topics_with(from: &str, to: &str) -> String {
    assert!(TOPICS_GOOD.contains(from), "test fixture lacks {from:?}");
    TOPICS_GOOD.replacen(from, to, 1)
}

/// The one defect reported for a topic file, as the build prints it.
fn topic_error_of(text: &str) -> String {
    let errors = compile_topics(TOPICS_PATH, text).expect_err("expected the file to be rejected");
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(report.len(), 1, "{report:?}");
    report[0].clone()
}

#[test]
fn the_real_topic_list_compiles_in_file_order() {
    let topics = compile_topics(TOPICS_PATH, include_str!("../assets/topics.toml")).unwrap();
    let entries = include_str!("../assets/topics.toml")
        .lines()
        .filter(|line| line.trim() == "[[topic]]")
        .count();
    assert_eq!(topics.len(), entries, "every entry, none dropped");
    assert_eq!(
        (topics[0].id.as_str(), topics[0].label.as_str()),
        ("api", "HTTP and API design")
    );
    assert_eq!(topics[0].keywords[..2], ["rest", "restful"]);
    assert_eq!(
        topics[7].id, "resilience",
        "questions' topic indices follow it"
    );
    assert_eq!(topics[12].id, "ownership");
}

#[test]
fn a_good_topic_list_emits_the_rust_table() {
    let topics = compile_topics(TOPICS_PATH, TOPICS_GOOD).unwrap();
    assert_eq!(topics[1].keywords, ["redis", "cdn"]);
    assert_eq!(
        topics_compiler::emit(&topics)
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        [
            "pub static TOPICS: &[Topic] = &[",
            r#"    Topic { id: "api", label: "HTTP and API design", keywords: &["rest", "graphql"] },"#,
            r#"    Topic { id: "caching", label: "Caching", keywords: &["redis", "cdn"] },"#,
            "];",
        ]
    );
}

#[test]
fn an_unknown_topic_field_is_rejected_on_its_line() {
    let text = topics_with(
        "label = \"Caching\"\n",
        "label = \"Caching\"\ncolour = \"blue\"\n",
    );
    assert_eq!(
        topic_error_of(&text),
        "assets/topics.toml:10: unknown field `colour`, expected one of `id`, `label`, `keywords`"
    );
}

#[test]
fn a_keyword_listed_for_two_topics_is_rejected_where_it_repeats() {
    let text = topics_with("    \"cdn\",", "    \"rest\",");
    assert_eq!(
        topic_error_of(&text),
        "assets/topics.toml:12: keyword `rest` is already listed for topic `api` (line 5); \
         a keyword points to one topic"
    );
    let text = topics_with("\"rest\", \"graphql\"", "\"rest\", \"rest\"");
    assert!(
        topic_error_of(&text).starts_with("assets/topics.toml:5: keyword `rest` is already"),
        "the same topic twice"
    );
}

#[test]
fn a_topic_without_keywords_is_rejected() {
    let text = topics_with("keywords = [\"rest\", \"graphql\"]", "keywords = []");
    assert_eq!(
        topic_error_of(&text),
        "assets/topics.toml:5: topic `api` has no keywords, so no job description would ever ask for it"
    );
}

#[test]
fn a_duplicate_topic_id_is_rejected_naming_the_first() {
    let text = topics_with("id = \"caching\"", "id = \"api\"");
    assert_eq!(
        topic_error_of(&text),
        "assets/topics.toml:8: duplicate topic id `api` (also on line 3)"
    );
}

#[test]
fn an_upper_case_keyword_is_rejected() {
    let text = topics_with("\"redis\"", "\"Redis\"");
    assert_eq!(
        topic_error_of(&text),
        "assets/topics.toml:11: keyword `Redis` must be lower case (job descriptions are matched lower-cased)"
    );
}

#[test]
fn ids_labels_and_keywords_must_be_well_formed() {
    let cases = [
        (
            "id = \"caching\"",
            "id = \"Caching\"",
            "8: id `Caching` must use only a-z, 0-9 and `-`",
        ),
        ("label = \"Caching\"", "label = \" \"", "9: label is empty"),
        (
            "\"cdn\"",
            "\"cdn \"",
            "12: keyword `cdn ` must not start or end with white space",
        ),
        ("\"cdn\"", "\"\"", "12: a keyword is empty"),
        ("label = \"Caching\"\n", "", "7: missing field `label`"),
        ("id = \"api\"", "id = api", "3: "),
    ];
    for (from, to, expected) in cases {
        let error = topic_error_of(&topics_with(from, to));
        assert!(
            error.starts_with(&format!("{TOPICS_PATH}:{expected}")),
            "{from} -> {to}: {error}"
        );
    }
}

#[test]
fn every_defect_of_the_topic_list_is_reported_at_once() {
    let text = topics_with("\"redis\"", "\"Redis\"").replace("\"graphql\"", "\"GraphQL\"");
    assert_eq!(compile_topics(TOPICS_PATH, &text).unwrap_err().len(), 2);
}

#[test]
fn references_render_as_escaped_links() {
    let q = question(&with(
        REFERENCES,
        "references = [\n  { title = \"RFC 9110 <HTTP Semantics> & \\\"more\\\"\", url = \"https://www.rfc-editor.org/rfc/rfc9110?a=1&b=2\" },\n]",
    ))
    .unwrap();
    assert_eq!(
        q.references_html,
        ["<a href=\"https://www.rfc-editor.org/rfc/rfc9110?a=1&amp;b=2\" rel=\"noopener noreferrer\">RFC 9110 &lt;HTTP Semantics&gt; &amp; &quot;more&quot;</a>"]
    );
}

#[test]
fn a_reference_that_is_not_https_is_rejected_on_its_line() {
    for url in [
        "http://example.com/doc",
        "ftp://example.com",
        "https://",
        "https://a b",
    ] {
        let e = error_of(&with(
            REFERENCES,
            &format!("references = [\n  {{ title = \"Doc\", url = \"{url}\" }},\n]"),
        ));
        assert_eq!(e.line, 10, "{url}");
        assert_eq!(
            e.message,
            format!("reference `Doc`: `{url}` is not an https URL")
        );
    }
    let e = error_of(&with(
        REFERENCES,
        "references = [{ title = \" \", url = \"https://example.com\" }]",
    ));
    assert_eq!(
        (e.line, e.message.as_str()),
        (9, "a reference needs a title")
    );
}

#[test]
fn a_technical_question_without_references_is_rejected() {
    let e = error_of(&with(&format!("{REFERENCES}\n"), ""));
    assert_eq!(e.line, 4, "the category line");
    assert_eq!(
        e.message,
        "a technical question needs `references`: at least one primary source its claims can be checked against"
    );
    let story = with(&format!("{REFERENCES}\n"), "")
        .replace("category = \"technical\"", "category = \"behavioral\"");
    assert!(
        question(&story).is_ok() || !error_of(&story).message.contains("references"),
        "behavioral questions need none"
    );
}
