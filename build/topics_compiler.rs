//! Compiles the topic list, `assets/topics.toml`, into the Rust source of the app's `TOPICS`.
//!
//! The topics and the job-description keywords of each are data, so adding a topic or a keyword
//! is an edit to one file, checked here with the line to fix; the app gets a plain static table
//! and never parses TOML. Like the bank compiler, whose error type it reports with, this module
//! is included by `build.rs` and by `tests/bank_compiler.rs` (through `#[path]`).

use crate::bank_compiler::BankError;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;
use toml::Spanned;

/// One topic, checked, ready to be named by questions and written out as Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledTopic {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topic: Vec<TopicEntry>,
}

/// One `[[topic]]` table as written, with where each value is, so errors can name its line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: Spanned<String>,
    label: Spanned<String>,
    keywords: Spanned<Vec<Spanned<String>>>,
}

/// Checks the topic file at `path` (its content is `text`) and returns its topics in file order,
/// or every defect found, each with its line.
pub fn compile_topics(path: &str, text: &str) -> Result<Vec<CompiledTopic>, Vec<BankError>> {
    let line_of = |span: &Range<usize>| text[..span.start].matches('\n').count() + 1;
    let err = |span: Range<usize>, message: String| BankError {
        path: path.to_string(),
        line: line_of(&span),
        message,
    };
    let file: TopicsFile = toml::from_str(text).map_err(|e| {
        vec![err(
            e.span().unwrap_or(0..0),
            e.message().trim().to_string(),
        )]
    })?;

    let mut errors = Vec::new();
    // The line of each id seen so far; each keyword seen so far with its topic and line.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut keywords: HashMap<&str, (&str, usize)> = HashMap::new();
    for entry in &file.topic {
        let id = entry.id.get_ref().as_str();
        if !is_id(id) {
            errors.push(err(
                entry.id.span(),
                format!("id `{id}` must use only a-z, 0-9 and `-`"),
            ));
        } else if let Some(first) = ids.get(id) {
            errors.push(err(
                entry.id.span(),
                format!("duplicate topic id `{id}` (also on line {first})"),
            ));
        } else {
            ids.insert(id, line_of(&entry.id.span()));
        }
        if entry.label.get_ref().trim().is_empty() {
            errors.push(err(entry.label.span(), "label is empty".into()));
        }
        if entry.keywords.get_ref().is_empty() {
            errors.push(err(
                entry.keywords.span(),
                format!(
                    "topic `{id}` has no keywords, so no job description would ever ask for it"
                ),
            ));
        }
        for keyword in entry.keywords.get_ref() {
            let word = keyword.get_ref().as_str();
            if let Some(problem) = keyword_problem(word) {
                errors.push(err(keyword.span(), problem));
            } else if let Some((other, first)) = keywords.get(word) {
                errors.push(err(
                    keyword.span(),
                    format!(
                        "keyword `{word}` is already listed for topic `{other}` (line {first}); \
                         a keyword points to one topic"
                    ),
                ));
            } else {
                keywords.insert(word, (id, line_of(&keyword.span())));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(file
        .topic
        .into_iter()
        .map(|entry| CompiledTopic {
            id: entry.id.into_inner(),
            label: entry.label.into_inner(),
            keywords: entry
                .keywords
                .into_inner()
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
        })
        .collect())
}

/// Ids are folder names and URL values: a-z, 0-9 and `-` only.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Why a keyword could never match as written: the matcher lower-cases the job description
/// and splits it into words, so only a trimmed, lower-case, non-empty keyword can ever be found.
fn keyword_problem(word: &str) -> Option<String> {
    if word.trim().is_empty() {
        Some("a keyword is empty".into())
    } else if word.trim() != word {
        Some(format!(
            "keyword `{word}` must not start or end with white space"
        ))
    } else if word.to_lowercase() != word {
        Some(format!(
            "keyword `{word}` must be lower case (job descriptions are matched lower-cased)"
        ))
    } else {
        None
    }
}

/// Writes the topics as the Rust source of `pub static TOPICS: &[Topic]`, which
/// `src/bank/topics.rs` includes.
pub fn emit(topics: &[CompiledTopic]) -> String {
    let mut out = String::from(
        "/// Every topic, in the order the app lists them; generated by build.rs from \
         `assets/topics.toml`.\npub static TOPICS: &[Topic] = &[\n",
    );
    for topic in topics {
        let _ = writeln!(
            out,
            "    Topic {{ id: {:?}, label: {:?}, keywords: &{:?} }},",
            topic.id, topic.label, topic.keywords
        );
    }
    out.push_str("];\n");
    out
}
