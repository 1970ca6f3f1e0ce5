//! Compiles the question files into Rust source for the app's static bank.
//!
//! Everything that can be wrong with a question file is caught here, at build time, with the
//! file and line to fix: the app then never parses TOML or Markdown, and never meets a bad
//! question. This module is included by `build.rs` and by `tests/bank_compiler.rs` (through
//! `#[path]`), so the checks the build relies on are unit-tested like any other code.
//!
//! Topics are known by their ids, in the order of the topic list (`assets/topics.toml`, checked
//! first by `topics_compiler.rs`): a question's topics are compiled to indices into that list.

use crate::kinds::{Category, Level, Source, OWN_ID_PREFIX};
use crate::text_format::{fnv1a, FIELD, ITEM};
use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::fmt;
use std::fmt::Write as _;
use std::path::Path;

/// A defect in a question file or in the topic list, reported as `path:line: message` like a
/// compiler error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// One question, checked and rendered, ready to be written out as Rust.
#[derive(Debug, Clone)]
pub struct CompiledQuestion {
    pub path: String,
    pub id: String,
    pub title: String,
    pub category: Category,
    /// Indices into the topic list, first topic first.
    pub topics: Vec<usize>,
    pub level: Level,
    pub why: String,
    pub source: Source,
    pub seed: Option<u8>,
    pub guide_html: String,
    pub key_points_html: Vec<String>,
    pub pitfalls_html: Vec<String>,
    pub follow_ups_html: Vec<String>,
    pub signals_html: Vec<String>,
    /// "Further reading": each reference as a rendered link.
    pub references_html: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    title: String,
    category: String,
    topics: Vec<String>,
    level: String,
    why: String,
    source: String,
    seed: Option<u8>,
    #[serde(default)]
    references: Vec<Reference>,
}

/// A primary source a question's claims can be checked against.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reference {
    title: String,
    url: String,
}

/// How a body section must be shaped.
#[derive(Clone, Copy)]
enum Shape {
    Prose,
    List { min: usize, max: usize },
    Signals,
}

/// The body sections, in the order every file must give them.
const SECTIONS: [(&str, Shape); 5] = [
    ("Answer guide", Shape::Prose),
    ("Key points", Shape::List { min: 5, max: 8 }),
    ("Pitfalls", Shape::List { min: 2, max: 6 }),
    ("Follow-ups", Shape::List { min: 3, max: 12 }),
    ("Level signals", Shape::Signals),
];

/// The labels the three level-signal bullets must start with, in order.
const SIGNAL_LABELS: [&str; 3] = ["**Junior:**", "**Mid-level:**", "**Senior:**"];

/// The fewest questions a topic may have: fewer is not enough to practise it, so the build fails.
pub const MIN_QUESTIONS_PER_TOPIC: usize = 6;

/// The highest seed number: the original page had ten questions.
const SEED_COUNT: u8 = 10;

fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Checks and renders one question file against the topic ids. `path` is where it lives (its
/// folder and file name are checked against its topic and id); `text` is its content.
pub fn compile_question(
    topic_ids: &[String],
    path: &str,
    text: &str,
) -> Result<CompiledQuestion, BankError> {
    let text = text.replace("\r\n", "\n");
    if let Some((index, _)) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.chars().any(|c| c.is_control() && c != '\t'))
    {
        return Err(BankError {
            path: path.to_string(),
            line: index + 1,
            message: "control characters are not allowed".into(),
        });
    }
    let err = |line: usize, message: String| BankError {
        path: path.to_string(),
        line,
        message,
    };

    let lines: Vec<&str> = text.lines().collect();
    if lines.first().map(|l| l.trim_end()) != Some("+++") {
        return Err(err(
            1,
            "the file must start with a `+++` line opening the front matter".into(),
        ));
    }
    let close = lines
        .iter()
        .skip(1)
        .position(|l| l.trim_end() == "+++")
        .map(|i| i + 1)
        .ok_or_else(|| err(1, "the front matter is never closed by a `+++` line".into()))?;
    let front_text = lines[1..close].join("\n");
    let key_line = |key: &str| {
        lines[1..close]
            .iter()
            .position(|l| l.split('=').next().map(str::trim) == Some(key))
            .map_or(1, |i| i + 2)
    };

    let front: FrontMatter = toml::from_str(&front_text).map_err(|e| {
        let line = e
            .span()
            .map_or(1, |s| front_text[..s.start].matches('\n').count() + 2);
        err(line, format!("front matter: {}", e.message().trim()))
    })?;

    let file_stem = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let folder = Path::new(path)
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|s| s.to_str())
        .unwrap_or_default();

    let id_ok = !front.id.is_empty()
        && front
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(err(
            key_line("id"),
            format!("id `{}` must use only a-z, 0-9 and `-`", front.id),
        ));
    }
    if front.id.starts_with(OWN_ID_PREFIX) {
        return Err(err(
            key_line("id"),
            format!(
                "id `{}` starts with `{OWN_ID_PREFIX}`, which is kept for the questions users write themselves",
                front.id
            ),
        ));
    }
    if front.id != file_stem {
        return Err(err(
            key_line("id"),
            format!(
                "id `{}` differs from the file name `{file_stem}.md`",
                front.id
            ),
        ));
    }
    if front.title.trim().is_empty() {
        return Err(err(key_line("title"), "title is empty".into()));
    }
    let category = Category::from_slug(&front.category).ok_or_else(|| {
        err(
            key_line("category"),
            format!(
                "unknown category `{}` (expected technical, behavioral or situational)",
                front.category
            ),
        )
    })?;
    if front.topics.is_empty() || front.topics.len() > 3 {
        return Err(err(
            key_line("topics"),
            format!("{} topics given; a question has 1 to 3", front.topics.len()),
        ));
    }
    let mut topics = Vec::new();
    for name in &front.topics {
        let index = topic_ids.iter().position(|t| t == name).ok_or_else(|| {
            err(
                key_line("topics"),
                format!("unknown topic `{name}` (known: {})", topic_ids.join(", ")),
            )
        })?;
        if topics.contains(&index) {
            return Err(err(
                key_line("topics"),
                format!("topic `{name}` is listed twice"),
            ));
        }
        topics.push(index);
    }
    if front.topics[0] != folder {
        return Err(err(
            key_line("topics"),
            format!(
                "the file is in folder `{folder}` but its first topic is `{}`",
                front.topics[0]
            ),
        ));
    }
    let level = Level::from_slug(&front.level).ok_or_else(|| {
        err(
            key_line("level"),
            format!(
                "unknown level `{}` (expected junior, mid or senior)",
                front.level
            ),
        )
    })?;
    let source = Source::from_slug(&front.source).ok_or_else(|| {
        err(
            key_line("source"),
            format!(
                "unknown source `{}` (expected seed or original)",
                front.source
            ),
        )
    })?;
    match (source, front.seed) {
        (Source::Seed, Some(n)) if (1..=SEED_COUNT).contains(&n) => {}
        (Source::Seed, Some(n)) => {
            return Err(err(
                key_line("seed"),
                format!("seed number {n} is out of range 1-{SEED_COUNT}"),
            ))
        }
        (Source::Seed, None) => {
            return Err(err(
                key_line("source"),
                "a seed question needs its `seed` number".into(),
            ))
        }
        (Source::Original, Some(_)) => {
            return Err(err(
                key_line("seed"),
                "only seed questions have a `seed` number".into(),
            ))
        }
        (Source::Original, None) => {}
    }
    let why = front.why.trim();
    if why.is_empty() {
        return Err(err(key_line("why"), "why is empty".into()));
    }
    if why.contains(['<', '`', '*', '[', '#']) {
        return Err(err(
            key_line("why"),
            "why must be plain text, without Markdown or HTML".into(),
        ));
    }

    let references_html = front
        .references
        .iter()
        .map(|reference| {
            let at = lines[1..close]
                .iter()
                .position(|l| l.contains(&reference.url))
                .map_or_else(|| key_line("references"), |i| i + 2);
            render_reference(reference).map_err(|message| err(at, message))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if category == Category::Technical && references_html.is_empty() {
        return Err(err(
            key_line("category"),
            "a technical question needs `references`: at least one primary source its claims can be checked against".into(),
        ));
    }

    let sections =
        split_sections(&lines, close + 1).map_err(|(line, message)| err(line, message))?;
    let mut rendered: Vec<Vec<String>> = Vec::new();
    let mut guide_html = String::new();
    for ((name, shape), section) in SECTIONS.iter().zip(&sections) {
        match shape {
            Shape::Prose => {
                guide_html = render_prose(section).map_err(|(l, m)| err(l, m))?;
            }
            Shape::List { min, max } => {
                let items = render_list(name, section).map_err(|(l, m)| err(l, m))?;
                if items.len() < *min || items.len() > *max {
                    return Err(err(
                        section.line,
                        format!(
                            "`## {name}` has {} bullets; it needs {min} to {max}",
                            items.len()
                        ),
                    ));
                }
                rendered.push(items);
            }
            Shape::Signals => {
                let items = render_list(name, section).map_err(|(l, m)| err(l, m))?;
                check_signals(section).map_err(|(l, m)| err(l, m))?;
                rendered.push(items);
            }
        }
    }
    let mut rendered = rendered.into_iter();
    Ok(CompiledQuestion {
        path: path.to_string(),
        id: front.id,
        title: front.title.trim().to_string(),
        category,
        topics,
        level,
        why: why.to_string(),
        source,
        seed: front.seed,
        guide_html,
        key_points_html: rendered.next().unwrap_or_default(),
        pitfalls_html: rendered.next().unwrap_or_default(),
        follow_ups_html: rendered.next().unwrap_or_default(),
        signals_html: rendered.next().unwrap_or_default(),
        references_html,
    })
}

/// A reference as a link. The URL must be https (a reader follows it from a page served over
/// https) and the title plain text; both are escaped, as the app inserts the result as markup.
fn render_reference(reference: &Reference) -> Result<String, String> {
    let title = reference.title.trim();
    if title.is_empty() {
        return Err("a reference needs a title".into());
    }
    let url = reference.url.trim();
    let well_formed = url.len() > "https://".len()
        && !url.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'));
    if !url.starts_with("https://") || !well_formed {
        return Err(format!("reference `{title}`: `{url}` is not an https URL"));
    }
    Ok(format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
        escape(url),
        escape(title)
    ))
}

/// Text safe inside an HTML element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The Markdown of one `##` section and the file line its first body line is on.
struct Section {
    line: usize,
    text: String,
}

/// Splits the body into the five expected sections, checking their names and order.
fn split_sections(lines: &[&str], body_start: usize) -> Result<Vec<Section>, (usize, String)> {
    let mut sections: Vec<Section> = Vec::new();
    let mut in_fence = false;
    for (index, line) in lines.iter().enumerate().skip(body_start) {
        let number = index + 1;
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let heading = if in_fence {
            None
        } else {
            line.strip_prefix("## ")
        };
        if let Some(name) = heading {
            let name = name.trim();
            let Some((expected, _)) = SECTIONS.get(sections.len()) else {
                return Err((
                    number,
                    format!("unexpected section `## {name}` after `## Level signals`"),
                ));
            };
            if name != *expected {
                return Err((
                    number,
                    format!("expected section `## {expected}` here, found `## {name}`"),
                ));
            }
            sections.push(Section {
                line: number + 1,
                text: String::new(),
            });
        } else if let Some(section) = sections.last_mut() {
            section.text.push_str(line);
            section.text.push('\n');
        } else if !line.trim().is_empty() {
            return Err((
                number,
                "text before the first section; start the body with `## Answer guide`".into(),
            ));
        } else if !in_fence && line.starts_with("# ") {
            return Err((
                number,
                "a top-level `#` heading is not allowed; the title is in the front matter".into(),
            ));
        }
    }
    if let Some((missing, _)) = SECTIONS.get(sections.len()) {
        return Err((
            lines.len().max(1),
            format!("missing section `## {missing}`"),
        ));
    }
    for ((name, _), section) in SECTIONS.iter().zip(&sections) {
        if section.text.trim().is_empty() {
            return Err((section.line - 1, format!("section `## {name}` is empty")));
        }
    }
    Ok(sections)
}

fn line_of(section: &Section, offset: usize) -> usize {
    section.line + section.text[..offset].matches('\n').count()
}

/// Rejects raw HTML and top-level headings, so the bank's HTML is only ever what we render.
fn check_event(section: &Section, event: &Event, offset: usize) -> Result<(), (usize, String)> {
    match event {
        Event::Html(_) | Event::InlineHtml(_) => Err((
            line_of(section, offset),
            "raw HTML is not allowed (write `<` as `&lt;` or put it in backticks)".into(),
        )),
        Event::Start(Tag::Heading { level, .. }) if (*level as u8) < 3 => Err((
            line_of(section, offset),
            "only `###` and smaller headings may appear inside a section".into(),
        )),
        _ => Ok(()),
    }
}

fn render_prose(section: &Section) -> Result<String, (usize, String)> {
    let mut events = Vec::new();
    for (event, range) in Parser::new_ext(&section.text, markdown_options()).into_offset_iter() {
        check_event(section, &event, range.start)?;
        events.push(event);
    }
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    Ok(without_layout_newlines(&out))
}

/// Drops the newlines the renderer puts between block tags (`</p>\n<ul>`): they are not
/// content, and the bank ships in the download. Text inside `<pre>` keeps every newline.
fn without_layout_newlines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<pre>") {
        out.push_str(rest[..start].replace(">\n<", "><").trim_end_matches('\n'));
        let end = rest[start..]
            .find("</pre>")
            .map_or(rest.len(), |e| start + e + "</pre>".len());
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    out.push_str(&rest.replace(">\n<", "><"));
    out.trim_end().to_string()
}

/// Renders a section that must be one flat bullet list, one HTML string per bullet.
fn render_list(name: &str, section: &Section) -> Result<Vec<String>, (usize, String)> {
    let mut items: Vec<String> = Vec::new();
    let mut current: Vec<Event> = Vec::new();
    let mut depth = 0usize;
    let mut lists_seen = 0usize;
    for (event, range) in Parser::new_ext(&section.text, markdown_options()).into_offset_iter() {
        check_event(section, &event, range.start)?;
        let line = line_of(section, range.start);
        match &event {
            Event::Start(Tag::List(start)) => {
                if depth > 0 {
                    return Err((
                        line,
                        format!("`## {name}` must be a flat list: no nested lists"),
                    ));
                }
                if start.is_some() {
                    return Err((
                        line,
                        format!("`## {name}` must be a bullet list (`- `), not a numbered one"),
                    ));
                }
                lists_seen += 1;
                if lists_seen > 1 {
                    return Err((line, format!("`## {name}` must be a single bullet list")));
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) => {
                current.clear();
                depth += 1;
            }
            Event::End(TagEnd::Item) => {
                depth -= 1;
                let mut out = String::new();
                html::push_html(&mut out, current.drain(..));
                if out.trim().is_empty() {
                    return Err((line, format!("`## {name}` has an empty bullet")));
                }
                items.push(out.trim().to_string());
            }
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) if depth == 2 => {}
            _ if depth == 0 => {
                return Err((
                    line,
                    format!("`## {name}` must be a single bullet list and nothing else"),
                ));
            }
            _ => current.push(event),
        }
    }
    Ok(items)
}

/// The level signals: exactly three bullets, labelled junior, mid-level and senior in order.
fn check_signals(section: &Section) -> Result<(), (usize, String)> {
    let mut found = 0;
    for (event, range) in Parser::new_ext(&section.text, markdown_options()).into_offset_iter() {
        if let Event::Start(Tag::Item) = event {
            let source = section.text[range.clone()]
                .trim_start_matches(['-', '*', '+'])
                .trim_start();
            let line = line_of(section, range.start);
            let Some(label) = SIGNAL_LABELS.get(found) else {
                return Err((
                    line,
                    "`## Level signals` has more than three bullets".into(),
                ));
            };
            if !source.starts_with(label) {
                return Err((
                    line,
                    format!("this level-signal bullet must start with `{label}`"),
                ));
            }
            found += 1;
        }
    }
    if found < SIGNAL_LABELS.len() {
        return Err((
            section.line,
            "`## Level signals` needs three bullets: **Junior:**, **Mid-level:**, **Senior:**"
                .into(),
        ));
    }
    Ok(())
}

/// Checks what only the whole bank can show (duplicate ids and seed numbers, topics with too
/// few questions) and returns the questions in display order: the seed page's ten first, in
/// their original order, then ours by topic, category and id.
pub fn compile_bank(
    topic_ids: &[String],
    files: &[(String, String)],
) -> Result<Vec<CompiledQuestion>, Vec<BankError>> {
    let mut errors = Vec::new();
    let mut questions: Vec<CompiledQuestion> = Vec::new();
    for (path, text) in files {
        match compile_question(topic_ids, path, text) {
            Ok(q) => {
                if let Some(other) = questions.iter().find(|o| o.id == q.id) {
                    errors.push(BankError {
                        path: q.path.clone(),
                        line: 2,
                        message: format!("duplicate id `{}` (also in {})", q.id, other.path),
                    });
                } else if let Some(other) = questions
                    .iter()
                    .find(|o| q.seed.is_some() && o.seed == q.seed)
                {
                    errors.push(BankError {
                        path: q.path.clone(),
                        line: 2,
                        message: format!(
                            "duplicate seed number {:?} (also in {})",
                            q.seed, other.path
                        ),
                    });
                } else {
                    questions.push(q);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        for (index, topic) in topic_ids.iter().enumerate() {
            let count = questions
                .iter()
                .filter(|q| q.topics.contains(&index))
                .count();
            if count < MIN_QUESTIONS_PER_TOPIC {
                errors.push(BankError {
                    path: format!("assets/questions/{topic}/"),
                    line: 1,
                    message: format!(
                        "topic `{topic}` has {count} questions; every topic needs at least {MIN_QUESTIONS_PER_TOPIC}"
                    ),
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    questions.sort_by_key(|q| {
        let category = Category::ALL.iter().position(|c| *c == q.category);
        (
            q.seed.is_none(),
            q.seed,
            q.topics[0],
            category,
            q.id.clone(),
        )
    });
    Ok(questions)
}

/// Pads the bank with numbered copies of its questions up to `total`, for benchmarks that
/// measure search and lists at a scale the real bank does not reach. Never used by `make dist`.
pub fn with_synthetic(mut questions: Vec<CompiledQuestion>, total: usize) -> Vec<CompiledQuestion> {
    let originals = questions.len();
    for n in originals..total {
        let mut copy = questions[n % originals].clone();
        copy.id = format!("{}-synthetic-{n}", copy.id);
        copy.title = format!("{} (synthetic {n})", copy.title);
        copy.seed = None;
        copy.source = Source::Original;
        questions.push(copy);
    }
    questions
}

/// One line per grouping, for the build log: how many questions of each category and topic.
pub fn summary(topic_ids: &[String], questions: &[CompiledQuestion]) -> String {
    let categories: Vec<String> = Category::ALL
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c.slug(),
                questions.iter().filter(|q| q.category == *c).count()
            )
        })
        .collect();
    let topics: Vec<String> = topic_ids
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(
                "{t} {}",
                questions.iter().filter(|q| q.topics.contains(&i)).count()
            )
        })
        .collect();
    format!(
        "{} questions; {}; {}",
        questions.len(),
        categories.join(", "),
        topics.join(", ")
    )
}

/// The compiled bank: the Rust source of the app's `BANK`, and the guide text it leaves out.
#[derive(Debug)]
pub struct Emitted {
    pub rust: String,
    /// One text file per topic: the guides, key points and other lists of the questions
    /// whose main topic it is. The app fetches a file when it first shows one of them.
    pub chunks: Vec<TextChunk>,
}

/// One file of guide text, named after its content so a browser may cache it forever.
#[derive(Debug)]
pub struct TextChunk {
    /// `bank-<16 hex digits of its hash>.txt`.
    pub file: String,
    pub text: String,
    /// Its FNV-1a hash, which the app checks a fetched copy against.
    pub hash: u64,
}

/// Writes the bank as the Rust source of `static BANK: &[Question]`, and its guide text as one
/// chunk per main topic. What lists, search and every page's first screen need (ids, titles,
/// "why they ask this", topics, level) stays in the app, the titles in one string and the
/// "why"s in another, with a range per question, so they compress as well as the Markdown they
/// came from; the guides, the bulk of the bank, load only when a page shows them. The titles
/// are apart because the app shell needs them (the tab's title) and the "why"s only pages do:
/// the wasm splitter can then leave the "why"s out of the main module. Native builds (tests, the pre-renderer) include the
/// chunks' text at compile time instead of fetching it.
pub fn emit(questions: &[CompiledQuestion]) -> Emitted {
    let (mut titles, mut whys) = (String::new(), String::new());
    let mut topics_used: Vec<usize> = questions.iter().map(|q| q.topics[0]).collect();
    topics_used.sort_unstable();
    topics_used.dedup();
    let mut texts = vec![String::new(); topics_used.len()];
    let mut out = format!(
        "/// Every question, in display order; generated by build.rs.\n\
         pub static BANK: &[Question] = &QUESTIONS;\n\
         const QUESTION_COUNT: usize = {};\n\
         static QUESTIONS: [Question; QUESTION_COUNT] = [\n",
        questions.len()
    );
    for (index, q) in questions.iter().enumerate() {
        let (title_start, why_start) = (titles.len(), whys.len());
        titles.push_str(&q.title);
        whys.push_str(&q.why);
        let chunk = topics_used.binary_search(&q.topics[0]).unwrap_or_default();
        let text = &mut texts[chunk];
        let body_start = text.len();
        let lists = [
            &q.key_points_html,
            &q.pitfalls_html,
            &q.follow_ups_html,
            &q.signals_html,
            &q.references_html,
        ];
        let fields: Vec<String> = std::iter::once(q.guide_html.clone())
            .chain(lists.iter().map(|items| items.join(&ITEM.to_string())))
            .collect();
        text.push_str(&fields.join(&FIELD.to_string()));
        let topics: Vec<String> = q.topics.iter().map(|t| format!("&TOPICS[{t}]")).collect();
        let _ = writeln!(
            out,
            "Question {{ id: {:?}, number: {}, category: Category::{:?}, topics: &[{}], level: Level::{:?}, \
             source: Source::{:?}, text: Text::Bank {{ title: ({title_start}, {}), why: ({why_start}, {}), \
             body: ({chunk}, {body_start}, {}) }}, key_points: {} }},",
            q.id,
            index + 1,
            q.category,
            topics.join(", "),
            q.level,
            q.source,
            titles.len(),
            whys.len(),
            text.len(),
            q.key_points_html.len(),
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "/// Every question's title, in bank order.\nstatic TITLES: &str = {titles:?};\n\
         /// Every question's \"why they ask this\", in bank order.\nstatic WHYS: &str = {whys:?};"
    );
    let chunks: Vec<TextChunk> = texts
        .into_iter()
        .map(|text| {
            let hash = fnv1a(text.as_bytes());
            TextChunk {
                file: format!("bank-{hash:016x}.txt"),
                text,
                hash,
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "const CHUNK_COUNT: usize = {};\n/// The guide text's files, fetched when first needed.\npub static CHUNKS: [Chunk; CHUNK_COUNT] = [",
        chunks.len()
    );
    for chunk in &chunks {
        let _ = writeln!(
            out,
            "Chunk {{ file: {:?}, len: {}, hash: 0x{:016x} }},",
            chunk.file,
            chunk.text.len(),
            chunk.hash
        );
    }
    out.push_str(
        "];\n#[cfg(not(target_arch = \"wasm32\"))]\nstatic INCLUDED: [&str; CHUNK_COUNT] = [\n",
    );
    for chunk in &chunks {
        let _ = writeln!(
            out,
            "include_str!(concat!(env!(\"OUT_DIR\"), \"/text/{}\")),",
            chunk.file
        );
    }
    out.push_str("];\n");
    Emitted { rust: out, chunks }
}
