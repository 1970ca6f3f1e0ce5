//! Importing a list of the user's own questions: pasted text, or a `.txt`, `.md`, `.csv` or
//! `.tsv` file. `plan_list` reads the list and says what an import would add and what it skips
//! and why, before anything is saved: an entry is added whole or skipped with its reason, never
//! cut to fit. The readers are small and written for the subsets people and spreadsheets
//! actually write (RFC 4180 tables, the question files' front matter), so no CSV or TOML crate
//! grows the app.

use super::own::{Draft, DraftError};
use super::own_format::normalized_line_breaks;
use super::{Category, Level, Topic, TOPICS};
use std::collections::HashSet;
use std::fmt;
use std::iter::Peekable;
use std::str::{CharIndices, Chars};

/// Bytes in a megabyte, for sizes the user reads.
const MEGABYTE: usize = 1024 * 1024;

/// The largest list read, in bytes: thousands of questions with long guides fit, and a larger
/// text is something else (a database dump, a video) that would freeze the page while read.
pub const MAX_LIST_BYTES: usize = 5 * MEGABYTE;

/// The shapes a list can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// One question per line, as copied from notes or interview reports.
    Lines,
    /// The bank's question files (`docs/question-format.md`), one or more in one text.
    Markdown,
    /// A spreadsheet saved as CSV, its first row naming the columns.
    Csv,
    /// A spreadsheet saved as tab-separated text, its first row naming the columns.
    Tsv,
}

impl ListFormat {
    /// Every format, in the order the format menu lists them.
    pub const ALL: [ListFormat; 4] = [Self::Lines, Self::Markdown, Self::Csv, Self::Tsv];

    /// The format menu's value for it.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Lines => "lines",
            Self::Markdown => "markdown",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
        }
    }

    /// The format a menu value names.
    pub fn from_slug(slug: &str) -> Option<ListFormat> {
        Self::ALL.into_iter().find(|f| f.slug() == slug)
    }

    /// Picks the format by the file's extension, else by the text. A `.txt` goes by its text:
    /// spreadsheets save tab-separated text as `.txt` too.
    pub fn detect(file_name: Option<&str>, text: &str) -> ListFormat {
        let extension = file_name
            .and_then(|name| name.rsplit_once('.'))
            .map(|(_, extension)| extension.to_ascii_lowercase());
        match extension.as_deref() {
            Some("csv") => Self::Csv,
            Some("tsv") => Self::Tsv,
            Some("md" | "markdown") => Self::Markdown,
            _ => Self::by_text(text),
        }
    }

    /// Question files start with their front matter and tables with a header. A CSV header
    /// must name the question column: a plain question often holds a comma, and "Why" too.
    fn by_text(text: &str) -> ListFormat {
        let first = without_bom(text)
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .unwrap_or_default();
        let names = |separator: char| {
            first
                .split(separator)
                .map(|cell| Column::named(cell.trim().trim_matches('"')))
        };
        if first == "+++" {
            Self::Markdown
        } else if first.contains('\t') && names('\t').any(|column| column.is_some()) {
            Self::Tsv
        } else if names(',').any(|column| column == Some(Column::Question)) {
            Self::Csv
        } else {
            Self::Lines
        }
    }

    /// What the format menu shows.
    pub fn label(self) -> &'static str {
        match self {
            Self::Lines => "one question per line",
            Self::Markdown => "Markdown question files",
            Self::Csv => "CSV with a header",
            Self::Tsv => "TSV with a header",
        }
    }
}

/// Why an entry of the list is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A blank line or row: counted, so the preview accounts for every line of the list.
    Empty,
    /// The same question, ignoring case, spacing and final punctuation, as one the user has or
    /// one earlier in the list.
    Duplicate,
    /// A text over its limit, skipped rather than cut.
    TooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    /// An entry that cannot be read, with what to change.
    Invalid(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty line"),
            Self::Duplicate => f.write_str("already in your questions or earlier in this list"),
            // Worded as when writing a question, since the limit is the same.
            Self::TooLong { field, chars, max } => {
                let error = DraftError::TooLong {
                    field,
                    chars: *chars,
                    max: *max,
                };
                write!(f, "{error}")
            }
            Self::Invalid(why) => f.write_str(why),
        }
    }
}

/// One entry of the list that will not be imported: the 1-based line of the text it starts on,
/// its question as far as it could be read (empty if none), and why it is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub title: String,
    pub reason: SkipReason,
}

/// What an import would do: the drafts to add, in list order, each with the line it starts on,
/// and what is skipped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPlan {
    pub add: Vec<(usize, Draft)>,
    pub skipped: Vec<Skipped>,
}

/// Why the whole text cannot be read, as opposed to one entry being skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    /// Nothing but whitespace.
    Empty,
    /// Its size in bytes, over `MAX_LIST_BYTES`.
    TooLarge(usize),
    /// A table whose first line names no known column.
    NoHeader,
    NoQuestionColumn,
    /// A header cell as written.
    UnknownColumn(String),
    /// The column's own name: `question` for a header with both `question` and `title`.
    DuplicateColumn(String),
    /// The line the quote opens on.
    UnclosedQuote {
        line: usize,
    },
    /// Markdown without a single `+++` line.
    NoFrontMatter,
    /// A NUL or a U+FFFD: a spreadsheet or document read as text, whose "questions" would be
    /// noise.
    BinaryFile,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("it has no text; paste your questions or open a file"),
            Self::TooLarge(bytes) => write!(
                f,
                "it is {}; the most is {} MB, so split it into smaller lists",
                megabytes(*bytes),
                MAX_LIST_BYTES / MEGABYTE
            ),
            Self::NoHeader => f.write_str(
                "its first line must name the columns, such as question, why, guide and key points",
            ),
            Self::NoQuestionColumn => f.write_str(
                "its header has no question column; name the column of questions \"question\" or \"title\"",
            ),
            Self::UnknownColumn(name) => write!(
                f,
                "its header names a column \"{name}\" that cannot be imported; the columns are question (or title), why, guide (or answer), key points, pitfalls, follow-ups, category, topics and level"
            ),
            Self::DuplicateColumn(name) => {
                write!(f, "its header names the {name} column twice; keep one")
            }
            Self::UnclosedQuote { line } => write!(
                f,
                "the quote that opens a cell on line {line} is never closed; end the cell with \" and write a quote inside a cell as \"\""
            ),
            Self::NoFrontMatter => f.write_str(
                "no question starts with +++; each question starts with its front matter between two +++ lines",
            ),
            Self::BinaryFile => f.write_str(
                "it is not plain text (a spreadsheet or a document, say); save it as CSV or plain text and open that",
            ),
        }
    }
}

/// A size with one decimal, rounded up, so a list just over the limit never reads as at it.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(MEGABYTE as u64);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// Reads `text` in `format` and plans the import against `existing`, the titles of the user's
/// own questions. The bank's are not compared: an own question may well restate one in the
/// user's words. Nothing is saved here.
pub fn plan_list(text: &str, format: ListFormat, existing: &[&str]) -> Result<ListPlan, ListError> {
    let text = readable(text)?;
    let entries = match format {
        ListFormat::Lines => read_lines(&text),
        ListFormat::Markdown => read_markdown(&text)?,
        ListFormat::Csv => read_table(&text, ',')?,
        ListFormat::Tsv => read_table(&text, '\t')?,
    };
    Ok(plan(entries, existing))
}

/// An entry as its format reads it: the line it starts on and its draft, or why it is skipped.
type Entry = Result<(usize, Draft), Skipped>;

/// The whole-text checks, then the text as the readers take it: without a byte-order mark and
/// with every line break `\n`, so a CRLF file counts its lines like any other.
fn readable(text: &str) -> Result<String, ListError> {
    let text = without_bom(text);
    if text.trim().is_empty() {
        return Err(ListError::Empty);
    }
    if text.len() > MAX_LIST_BYTES {
        return Err(ListError::TooLarge(text.len()));
    }
    if text.contains(['\0', '\u{fffd}']) {
        return Err(ListError::BinaryFile);
    }
    Ok(normalized_line_breaks(text))
}

fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Holds each entry to the limits a saved question has (`Draft::check`, the very check a save
/// makes), then skips repeats; only an added entry counts for later repeats.
fn plan(entries: Vec<Entry>, existing: &[&str]) -> ListPlan {
    let mut seen: HashSet<String> = existing.iter().copied().map(same_question).collect();
    let mut plan = ListPlan::default();
    for entry in entries {
        let (line, draft) = match entry {
            Ok((line, draft)) => (line, draft.tidied()),
            Err(skipped) => {
                plan.skipped.push(skipped);
                continue;
            }
        };
        let reason = match draft.check() {
            Err(error) => Some(skip_reason(error)),
            Ok(()) => (!seen.insert(same_question(&draft.title))).then_some(SkipReason::Duplicate),
        };
        match reason {
            Some(reason) => plan.skipped.push(Skipped {
                line,
                title: draft.title,
                reason,
            }),
            None => plan.add.push((line, draft)),
        }
    }
    plan
}

fn skip_reason(error: DraftError) -> SkipReason {
    match error {
        DraftError::NoTitle => SkipReason::Empty,
        DraftError::TooLong { field, chars, max } => SkipReason::TooLong { field, chars, max },
        other => SkipReason::Invalid(other.to_string()),
    }
}

fn invalid(why: &str) -> SkipReason {
    SkipReason::Invalid(why.to_owned())
}

/// A question as compared for repeats: "What is CAP?" and "what is  cap" are one question.
fn same_question(title: &str) -> String {
    one_line(&title.to_lowercase())
        .trim_end_matches(['?', '.', '!', ' '])
        .to_owned()
}

/// Every run of whitespace as one space: a question is one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as compared with the names this module knows: any case, and `key_points`,
/// `key-points` and `Key  points` alike.
fn key(name: &str) -> String {
    one_line(&name.to_lowercase().replace(['-', '_'], " "))
}

/// The text after the bullet or number a line is listed with (`- `, `* `, `+ `, `• `, `3. `,
/// `3) `), if it has one.
fn after_marker(line: &str) -> Option<&str> {
    let line = line.trim();
    let rest = line.strip_prefix(['-', '*', '+', '•']).or_else(|| {
        let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
        digits
            .strip_prefix(['.', ')'])
            .filter(|_| digits.len() < line.len())
    })?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest.trim_start())
}

fn without_marker(line: &str) -> &str {
    after_marker(line).unwrap_or_else(|| line.trim())
}

/// One question a line, without its list marker. A blank line is an entry too, skipped as
/// empty by the checks.
fn read_lines(text: &str) -> Vec<Entry> {
    text.lines()
        .enumerate()
        .map(|(index, line)| {
            let title = one_line(without_marker(line));
            Ok((
                index + 1,
                Draft {
                    title,
                    ..Draft::default()
                },
            ))
        })
        .collect()
}

/// A column a table can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Question,
    Why,
    Guide,
    KeyPoints,
    Pitfalls,
    FollowUps,
    Category,
    Topics,
    Level,
}

impl Column {
    /// Reads a header cell; the app's own words ("answer guide", "why they ask this") count.
    fn named(name: &str) -> Option<Self> {
        Some(match key(name).as_str() {
            "question" | "title" => Self::Question,
            "why" | "why they ask this" => Self::Why,
            "guide" | "answer" | "answer guide" => Self::Guide,
            "key points" => Self::KeyPoints,
            "pitfalls" => Self::Pitfalls,
            "follow ups" => Self::FollowUps,
            "category" => Self::Category,
            "topics" => Self::Topics,
            "level" => Self::Level,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Self::Question => "question",
            Self::Why => "why",
            Self::Guide => "guide",
            Self::KeyPoints => "key points",
            Self::Pitfalls => "pitfalls",
            Self::FollowUps => "follow-ups",
            Self::Category => "category",
            Self::Topics => "topics",
            Self::Level => "level",
        }
    }
}

/// A row of a table: the line it starts on and its cells, unquoted.
struct Row {
    line: usize,
    cells: Vec<String>,
}

impl Row {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}

/// A table's text read a character at a time, counting lines, by RFC 4180's rules: a cell that
/// starts with `"` runs to the next lone `"`, over separators and line breaks, and `""` in it
/// is one quote. A quote inside an unquoted cell is kept as typed, as hand-written tables
/// have them (`Why is "SELECT *" risky?`).
struct Cells<'a> {
    chars: Peekable<Chars<'a>>,
    separator: char,
    line: usize,
}

impl Cells<'_> {
    fn row(&mut self) -> Result<Row, ListError> {
        let line = self.line;
        let mut cells = Vec::new();
        loop {
            let (cell, ends_row) = self.cell()?;
            cells.push(cell);
            if ends_row {
                return Ok(Row { line, cells });
            }
        }
    }

    /// One cell, and whether it ends its row. Spaces at its start are dropped (every cell is
    /// trimmed), so a hand-written `question, "Why, though?"` quotes its second cell; text
    /// after the closing quote is kept rather than lost.
    fn cell(&mut self) -> Result<(String, bool), ListError> {
        let mut cell = String::new();
        while self.chars.next_if_eq(&' ').is_some() {}
        if self.chars.next_if_eq(&'"').is_some() {
            self.quoted(&mut cell)?;
        }
        for c in self.chars.by_ref() {
            if c == self.separator {
                return Ok((cell, false));
            }
            if c == '\n' {
                self.line += 1;
                return Ok((cell, true));
            }
            cell.push(c);
        }
        Ok((cell, true))
    }

    /// A quoted cell's text, from after its opening quote to its closing one.
    fn quoted(&mut self, cell: &mut String) -> Result<(), ListError> {
        let opened = self.line;
        while let Some(c) = self.chars.next() {
            if c == '"' {
                if self.chars.next_if_eq(&'"').is_none() {
                    return Ok(());
                }
            } else if c == '\n' {
                self.line += 1;
            }
            cell.push(c);
        }
        Err(ListError::UnclosedQuote { line: opened })
    }
}

fn rows(text: &str, separator: char) -> Result<Vec<Row>, ListError> {
    let mut cells = Cells {
        chars: text.chars().peekable(),
        separator,
        line: 1,
    };
    let mut rows = Vec::new();
    while cells.chars.peek().is_some() {
        rows.push(cells.row()?);
    }
    Ok(rows)
}

/// A CSV or TSV: the first row that is not blank names the columns, each later row is a
/// question.
fn read_table(text: &str, separator: char) -> Result<Vec<Entry>, ListError> {
    let mut rows = rows(text, separator)?.into_iter().skip_while(Row::is_blank);
    let header = rows.next().ok_or(ListError::NoHeader)?;
    let columns = columns(&header.cells)?;
    Ok(rows
        .map(|row| table_entry(&row, &columns, separator))
        .collect())
}

/// The header's columns, `None` for a blank header cell (a spreadsheet's trailing separator).
/// A first row that names no column at all is a list without a header, not a header of
/// unknown columns.
fn columns(header: &[String]) -> Result<Vec<Option<Column>>, ListError> {
    if !header.iter().any(|name| Column::named(name).is_some()) {
        return Err(ListError::NoHeader);
    }
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    for name in header {
        let name = name.trim();
        if name.is_empty() {
            columns.push(None);
            continue;
        }
        let column =
            Column::named(name).ok_or_else(|| ListError::UnknownColumn(name.to_owned()))?;
        if columns.contains(&Some(column)) {
            return Err(ListError::DuplicateColumn(column.name().to_owned()));
        }
        columns.push(Some(column));
    }
    if columns.contains(&Some(Column::Question)) {
        Ok(columns)
    } else {
        Err(ListError::NoQuestionColumn)
    }
}

fn table_entry(row: &Row, columns: &[Option<Column>], separator: char) -> Entry {
    let question = columns
        .iter()
        .position(|column| *column == Some(Column::Question));
    let title = question
        .and_then(|index| row.cells.get(index))
        .map(String::as_str)
        .map(one_line)
        .unwrap_or_default();
    let mut draft = Draft {
        title,
        ..Draft::default()
    };
    match fill(&mut draft, &row.cells, columns, separator) {
        Ok(()) => Ok((row.line, draft)),
        Err(reason) => Err(Skipped {
            line: row.line,
            title: draft.title,
            reason,
        }),
    }
}

/// Fills a draft from a row's cells. A blank cell keeps the default, and a row shorter than
/// the header has blank cells at its end; text the header gives no column is an error, so no
/// cell is dropped unseen.
fn fill(
    draft: &mut Draft,
    cells: &[String],
    columns: &[Option<Column>],
    separator: char,
) -> Result<(), SkipReason> {
    if cells.iter().all(|cell| cell.trim().is_empty()) {
        return Err(SkipReason::Empty);
    }
    if cells
        .iter()
        .skip(columns.len())
        .any(|cell| !cell.trim().is_empty())
    {
        // In a CSV, nearly always a comma the cell did not quote.
        let hint = if separator == ',' {
            "; put a cell that holds a comma in double quotes"
        } else {
            ""
        };
        return Err(SkipReason::Invalid(format!(
            "the row has {} cells, the header {}{hint}",
            cells.len(),
            columns.len()
        )));
    }
    if draft.title.is_empty() {
        return Err(invalid("no question in this row"));
    }
    for (index, (column, cell)) in columns.iter().zip(cells).enumerate() {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let Some(column) = column else {
            return Err(SkipReason::Invalid(format!(
                "column {} has no name in the header, but this row has text in it",
                index + 1
            )));
        };
        match column {
            Column::Question => {}
            Column::Why => draft.why = cell.to_owned(),
            Column::Guide => draft.guide = cell.to_owned(),
            Column::KeyPoints => draft.key_points = cell_items(cell),
            Column::Pitfalls => draft.pitfalls = cell_items(cell),
            Column::FollowUps => draft.follow_ups = cell_items(cell),
            Column::Category => draft.category = category(cell).map_err(SkipReason::Invalid)?,
            Column::Topics => draft.topics = cell_topics(cell).map_err(SkipReason::Invalid)?,
            Column::Level => draft.level = level(cell).map_err(SkipReason::Invalid)?,
        }
    }
    Ok(())
}

/// A cell's list: an item a line, or, in a one-line cell, items separated by `;`. A `;` inside
/// an item of a multi-line cell stays text.
fn cell_items(cell: &str) -> Vec<String> {
    let separator = if cell.contains('\n') { '\n' } else { ';' };
    cell.split(separator)
        .map(without_marker)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A category by its word or label, in any case.
fn category(name: &str) -> Result<Category, String> {
    Category::from_slug(&key(name)).ok_or_else(|| {
        format!("unknown category \"{name}\"; use technical, behavioral or situational")
    })
}

/// A level by its word or label, in any case: `mid`, `Mid level` and `mid-level` alike.
fn level(name: &str) -> Result<Level, String> {
    let wanted = key(name);
    Level::from_slug(&wanted)
        .or_else(|| {
            Level::ALL
                .into_iter()
                .find(|level| key(level.label()) == wanted)
        })
        .ok_or_else(|| format!("unknown level \"{name}\"; use junior, mid or senior"))
}

/// A topic by its id or its label, in any case: `system-design`, `System design`.
fn topic_named(name: &str) -> Option<&'static Topic> {
    let wanted = key(name);
    TOPICS
        .iter()
        .find(|topic| key(topic.id) == wanted || key(topic.label) == wanted)
}

fn unknown_topic(name: &str) -> String {
    let ids: Vec<&str> = TOPICS.iter().map(|topic| topic.id).collect();
    format!("unknown topic \"{name}\"; use one of {}", ids.join(", "))
}

/// The topics named, each once, in the order given.
fn named_topics(names: &[impl AsRef<str>]) -> Result<Vec<&'static Topic>, String> {
    let mut topics: Vec<&'static Topic> = Vec::new();
    for name in names {
        let name = name.as_ref();
        let topic = topic_named(name).ok_or_else(|| unknown_topic(name))?;
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }
    Ok(topics)
}

/// A cell's topics, separated by `,` or `;`. Ids separated by spaces, as Anki writes tags, are
/// read too, unless the words together are a label.
fn cell_topics(cell: &str) -> Result<Vec<&'static Topic>, String> {
    let mut names = Vec::new();
    for part in cell
        .split([',', ';'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
    {
        let words_are_topics = part
            .split_whitespace()
            .all(|word| topic_named(word).is_some());
        if topic_named(part).is_none() && words_are_topics {
            names.extend(part.split_whitespace());
        } else {
            names.push(part);
        }
    }
    named_topics(&names)
}

/// A line of the text with its 1-based number.
type Line<'a> = (usize, &'a str);

/// Question files one after another: each starts with a `+++` line, and any `+++` line after
/// its front matter, outside a fenced block, starts the next.
fn read_markdown(text: &str) -> Result<Vec<Entry>, ListError> {
    let lines: Vec<Line<'_>> = text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .collect();
    let first = lines
        .iter()
        .position(|&(_, line)| is_delimiter(line))
        .ok_or(ListError::NoFrontMatter)?;
    let mut entries = Vec::new();
    if let Some(&(line, _)) = lines[..first]
        .iter()
        .find(|(_, text)| !text.trim().is_empty())
    {
        entries.push(Err(Skipped {
            line,
            title: String::new(),
            reason: invalid("text before the first question's front matter"),
        }));
    }
    let mut rest = &lines[first..];
    while let Some((&(start, _), after_open)) = rest.split_first() {
        let Some(close) = after_open.iter().position(|&(_, line)| is_delimiter(line)) else {
            entries.push(Err(Skipped {
                line: start,
                title: String::new(),
                reason: invalid("its front matter has no closing +++"),
            }));
            break;
        };
        let body = &after_open[close + 1..];
        let end = body_end(body);
        entries.push(markdown_question(start, &after_open[..close], &body[..end]));
        rest = &body[end..];
    }
    Ok(entries)
}

fn is_delimiter(line: &str) -> bool {
    line.trim() == "+++"
}

/// A line that opens or closes a fenced block, as the guide format reads them.
fn is_fence(line: &str) -> bool {
    line.trim_start().starts_with("```")
}

/// How many lines of `body` belong to its question: up to the next `+++` outside a fenced
/// block, so a guide may show a question file in code.
fn body_end(body: &[Line<'_>]) -> usize {
    let mut fenced = false;
    body.iter()
        .position(|&(_, line)| {
            if is_fence(line) {
                fenced = !fenced;
            }
            !fenced && is_delimiter(line)
        })
        .unwrap_or(body.len())
}

/// One question file. A problem anywhere skips the question with the first problem found.
fn markdown_question(start: usize, front: &[Line<'_>], body: &[Line<'_>]) -> Entry {
    let mut draft = Draft::default();
    let read = read_front_matter(front, &mut draft)
        .and_then(|()| {
            if draft.title.is_empty() {
                Err("no title in its front matter".to_owned())
            } else {
                Ok(())
            }
        })
        .and_then(|()| read_body(body, &mut draft));
    match read {
        Ok(()) => Ok((start, draft)),
        Err(why) => Err(Skipped {
            line: start,
            title: draft.title,
            reason: SkipReason::Invalid(why),
        }),
    }
}

/// The front matter's TOML, the part a question file uses, a line at a time: `key = "text"`
/// (or `'text'`), the topics array, comments and blank lines. The bank's own keys (`id`,
/// `source`, `seed`, `references`) are read past: an own question gets its own id.
fn read_front_matter(lines: &[Line<'_>], draft: &mut Draft) -> Result<(), String> {
    let mut keys: Vec<&str> = Vec::new();
    let mut rest = lines.iter();
    while let Some(&(number, text)) = rest.next() {
        let line = text.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line
            .split_once('=')
            .map(|(key, value)| (key.trim(), value.trim()))
            .filter(|(key, _)| is_bare_key(key))
        else {
            return Err(cannot_read(number, line));
        };
        if keys.contains(&key) {
            return Err(format!("line {number}: `{key}` is set twice"));
        }
        keys.push(key);
        // An array may go on over the next lines (the bank's references do).
        let mut value = value.to_owned();
        let mut depth = bracket_depth(&value).ok_or_else(|| cannot_read(number, line))?;
        while depth > 0 {
            let &(more_number, more) = rest
                .next()
                .ok_or_else(|| format!("line {number}: the list `{key}` has no closing ]"))?;
            depth += bracket_depth(more).ok_or_else(|| cannot_read(more_number, more.trim()))?;
            value.push('\n');
            value.push_str(more);
        }
        let string = || toml_string(&value).ok_or_else(|| cannot_read(number, line));
        let at = |why: String| format!("line {number}: {why}");
        match key {
            "title" => draft.title = one_line(&string()?),
            "why" => draft.why = string()?,
            "category" => draft.category = category(&string()?).map_err(at)?,
            "level" => draft.level = level(&string()?).map_err(at)?,
            "topics" => {
                let names = string_array(&value).ok_or_else(|| cannot_read(number, line))?;
                draft.topics = named_topics(&names).map_err(at)?;
            }
            "id" | "source" | "seed" | "references" => {}
            _ => {
                return Err(at(format!(
                    "unknown key `{key}`; the keys are title, why, category, topics and level"
                )))
            }
        }
    }
    Ok(())
}

fn cannot_read(number: usize, line: &str) -> String {
    format!(
        "line {number}: cannot read `{}`",
        shortened(line, QUOTED_CHARS)
    )
}

/// How many characters of a line a message quotes, so a long line cannot flood the preview.
const QUOTED_CHARS: usize = 60;

/// A text as the preview shows it: its first `chars` characters, then "…" if there was more.
/// Messages quote lines with it, and the preview's table its entries.
pub fn shortened(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

fn is_bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// How many more `[` and `{` than `]` and `}` a line has outside strings and comments: an
/// array that opens more goes on to the next line. `None` when a string is not closed.
fn bracket_depth(line: &str) -> Option<i32> {
    let mut depth = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        match c {
            '"' | '\'' => {
                rest = string_start(rest)?.1;
                continue;
            }
            '#' => break,
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    Some(depth)
}

/// A TOML string at the start of `text`, a basic one with its escapes or a literal one, and
/// the text after it.
fn string_start(text: &str) -> Option<(String, &str)> {
    if let Some(literal) = text.strip_prefix('\'') {
        let end = literal.find('\'')?;
        return Some((literal[..end].to_owned(), &literal[end + 1..]));
    }
    let basic = text.strip_prefix('"')?;
    let mut string = String::new();
    let mut chars = basic.char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => return Some((string, &basic[index + 1..])),
            '\\' => string.push(escaped(&mut chars)?),
            _ => string.push(c),
        }
    }
    None
}

/// The character a TOML escape stands for, read from after its backslash.
fn escaped(chars: &mut CharIndices<'_>) -> Option<char> {
    let digits = match chars.next()?.1 {
        'n' => return Some('\n'),
        't' => return Some('\t'),
        'r' => return Some('\r'),
        '"' => return Some('"'),
        '\\' => return Some('\\'),
        'b' => return Some('\u{8}'),
        'f' => return Some('\u{c}'),
        'u' => 4,
        'U' => 8,
        _ => return None,
    };
    let mut code = 0;
    for _ in 0..digits {
        code = code * 16 + chars.next()?.1.to_digit(16)?;
    }
    char::from_u32(code)
}

/// Whether nothing but a comment follows a value.
fn is_end(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with('#')
}

/// A value that is one string.
fn toml_string(value: &str) -> Option<String> {
    let (string, rest) = string_start(value)?;
    is_end(rest).then_some(string)
}

/// A value that is an array of strings, on one line or several.
fn string_array(value: &str) -> Option<Vec<String>> {
    let mut rest = value.strip_prefix('[')?;
    let mut items = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix(']') {
            return is_end(after).then_some(items);
        }
        let (item, after) = string_start(rest)?;
        items.push(item);
        rest = after.trim_start();
        if let Some(after) = rest.strip_prefix(',') {
            rest = after;
        } else if !rest.starts_with(']') {
            return None;
        }
    }
}

/// A section of a question file's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Guide,
    KeyPoints,
    Pitfalls,
    FollowUps,
    Signals,
}

impl Section {
    fn named(heading: &str) -> Option<Self> {
        Some(match key(heading).as_str() {
            "answer guide" => Self::Guide,
            "key points" => Self::KeyPoints,
            "pitfalls" => Self::Pitfalls,
            "follow ups" => Self::FollowUps,
            "level signals" => Self::Signals,
            _ => return None,
        })
    }

    fn heading(self) -> &'static str {
        match self {
            Self::Guide => "## Answer guide",
            Self::KeyPoints => "## Key points",
            Self::Pitfalls => "## Pitfalls",
            Self::FollowUps => "## Follow-ups",
            Self::Signals => "## Level signals",
        }
    }
}

/// The body's sections, each optional. The level signals are read past (an own question has
/// none); text outside a section, or under a heading the format does not have, is an error
/// rather than dropped.
fn read_body(lines: &[Line<'_>], draft: &mut Draft) -> Result<(), String> {
    let sections = section_starts(lines)?;
    for (index, &(at, section)) in sections.iter().enumerate() {
        let end = sections
            .get(index + 1)
            .map_or(lines.len(), |&(next, _)| next);
        let content = &lines[at + 1..end];
        match section {
            Section::Guide => draft.guide = guide_text(content),
            Section::KeyPoints => draft.key_points = list_items(section, content)?,
            Section::Pitfalls => draft.pitfalls = list_items(section, content)?,
            Section::FollowUps => draft.follow_ups = list_items(section, content)?,
            Section::Signals => {}
        }
    }
    Ok(())
}

/// Where each section's heading is, as an index into `lines`, in order. A `## ` line inside a
/// fenced block is code, not a heading.
fn section_starts(lines: &[Line<'_>]) -> Result<Vec<(usize, Section)>, String> {
    let mut sections: Vec<(usize, Section)> = Vec::new();
    let mut fenced = false;
    for (index, &(number, line)) in lines.iter().enumerate() {
        if is_fence(line) {
            fenced = !fenced;
        } else if let Some(heading) = line.strip_prefix("## ").filter(|_| !fenced) {
            let section = Section::named(heading).ok_or_else(|| {
                format!(
                    "line {number}: unknown section `{}`; the sections are ## Answer guide, ## Key points, ## Pitfalls, ## Follow-ups and ## Level signals",
                    line.trim()
                )
            })?;
            if sections.iter().any(|&(_, seen)| seen == section) {
                return Err(format!(
                    "line {number}: a second `{}` section",
                    section.heading()
                ));
            }
            sections.push((index, section));
            continue;
        }
        if sections.is_empty() && !line.trim().is_empty() {
            return Err(format!(
                "line {number}: text outside a section; start the answer with ## Answer guide"
            ));
        }
    }
    Ok(sections)
}

/// The guide as written: its paragraphs, lists and fenced code are the guide format's too.
fn guide_text(lines: &[Line<'_>]) -> String {
    let text: Vec<&str> = lines
        .iter()
        .map(|&(_, line)| line)
        .skip_while(|line| line.trim().is_empty())
        .collect();
    text.join("\n").trim_end().to_owned()
}

/// A list section's items: a line with a list marker starts one, and an indented line, or one
/// right after an item's line, goes on with it.
fn list_items(section: Section, lines: &[Line<'_>]) -> Result<Vec<String>, String> {
    let mut items: Vec<String> = Vec::new();
    let mut in_item = false;
    for &(number, line) in lines {
        if line.trim().is_empty() {
            in_item = false;
            continue;
        }
        let indented = line.starts_with(char::is_whitespace);
        if let (false, Some(text)) = (indented, after_marker(line)) {
            items.push(text.to_owned());
        } else if let Some(item) = items.last_mut().filter(|_| indented || in_item) {
            item.push(' ');
            item.push_str(line.trim());
        } else {
            return Err(format!(
                "line {number}: under {}, start each item with \"- \" (found `{}`)",
                section.heading(),
                shortened(line.trim(), QUOTED_CHARS)
            ));
        }
        in_item = true;
    }
    items.retain(|item| !item.is_empty());
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::own::{MAX_FIELD_CHARS, MAX_KEY_POINTS, MAX_TITLE_CHARS};
    use crate::bank::{question_by_id, topic_by_id};

    /// The titles of the user's own questions every plan here is made against.
    const EXISTING: &[&str] = &["How would you make a payment endpoint safe to retry?"];
    /// Every topic id in the order of `assets/topics.toml`, as an unknown topic's message lists
    /// them.
    const TOPIC_IDS: &str = "api, databases, caching, messaging, concurrency, security, system-design, resilience, observability, delivery, legacy-code, collaboration, ownership, networking, performance";
    const EMPTY: &str = "it has no text; paste your questions or open a file";
    const BINARY: &str = "it is not plain text (a spreadsheet or a document, say); save it as CSV or plain text and open that";
    const TOO_LARGE: &str = "it is 5.1 MB; the most is 5 MB, so split it into smaller lists";
    const NO_HEADER: &str =
        "its first line must name the columns, such as question, why, guide and key points";
    const NO_QUESTION_COLUMN: &str =
        "its header has no question column; name the column of questions \"question\" or \"title\"";
    const COLUMNS: &str = "that cannot be imported; the columns are question (or title), why, guide (or answer), key points, pitfalls, follow-ups, category, topics and level";
    const NO_FRONT_MATTER: &str =
        "no question starts with +++; each question starts with its front matter between two +++ lines";
    const DUPLICATE: &str = "already in your questions or earlier in this list";
    const TOO_MANY_KEY_POINTS: &str =
        "17 key points; the most is 16 (the self-check ticks up to 16)";
    const TOO_MANY_TOPICS: &str = "4 topics; the most is 3";
    const TITLE_TOO_LONG: &str = "the question is 1,001 characters; the most is 1,000";
    const GUIDE_TOO_LONG: &str = "the answer guide is 20,001 characters; the most is 20,000";
    const WHY: &str = "\u{201c}why they ask this\u{201d}";
    const WHY_TOO_LONG: &str =
        "the \u{201c}why they ask this\u{201d} is 20,001 characters; the most is 20,000";

    fn planned(text: &str, format: ListFormat) -> ListPlan {
        plan_list(text, format, EXISTING).unwrap_or_else(|error| panic!("{text:?}: {error}"))
    }

    fn topics(ids: &[&str]) -> Vec<&'static Topic> {
        ids.iter().map(|id| topic_by_id(id).unwrap()).collect()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().copied().map(String::from).collect()
    }

    fn skip(line: usize, title: &str, reason: SkipReason) -> Skipped {
        Skipped {
            line,
            title: title.to_owned(),
            reason,
        }
    }

    fn titles(plan: &ListPlan) -> Vec<(usize, &str)> {
        plan.add
            .iter()
            .map(|(line, draft)| (*line, draft.title.as_str()))
            .collect()
    }

    /// `count` numbered points, each after `prefix`, joined by `separator`.
    fn points(count: usize, prefix: &str, separator: &str) -> String {
        (1..=count)
            .map(|n| format!("{prefix}Point {n}"))
            .collect::<Vec<_>>()
            .join(separator)
    }

    /// A list just over the size limit, starting with `start`.
    fn oversized(start: &str) -> String {
        format!("{start}{}", "x".repeat(MAX_LIST_BYTES))
    }

    /// The start of a text, for a failed assertion's message: some are megabytes long.
    fn shown(text: &str) -> &str {
        text.char_indices()
            .nth(80)
            .map_or(text, |(end, _)| &text[..end])
    }

    /// What a bad input comes to: the whole list refused, or its one bad entry skipped on a
    /// line; each with the message the user reads.
    enum Bad {
        Refused(ListError, String),
        Skips(usize, SkipReason, String),
    }

    fn refused(error: ListError, message: &str) -> Bad {
        Bad::Refused(error, message.to_owned())
    }

    fn too_large(text: &str) -> Bad {
        refused(ListError::TooLarge(text.len()), TOO_LARGE)
    }

    fn unknown_column(name: &str) -> Bad {
        let message = format!("its header names a column \"{name}\" {COLUMNS}");
        refused(ListError::UnknownColumn(name.to_owned()), &message)
    }

    fn duplicate_column(name: &str) -> Bad {
        let message = format!("its header names the {name} column twice; keep one");
        refused(ListError::DuplicateColumn(name.to_owned()), &message)
    }

    fn unclosed_quote(line: usize) -> Bad {
        let message = format!(
            "the quote that opens a cell on line {line} is never closed; end the cell with \" and write a quote inside a cell as \"\""
        );
        refused(ListError::UnclosedQuote { line }, &message)
    }

    fn skips(line: usize, reason: SkipReason, message: &str) -> Bad {
        Bad::Skips(line, reason, message.to_owned())
    }

    fn unreadable(line: usize, message: &str) -> Bad {
        skips(line, invalid(message), message)
    }

    fn unknown_topic_at(line: usize, prefix: &str, name: &str) -> Bad {
        let message = format!("{prefix}unknown topic \"{name}\"; use one of {TOPIC_IDS}");
        unreadable(line, &message)
    }

    fn blank(line: usize) -> Bad {
        skips(line, SkipReason::Empty, "empty line")
    }

    fn repeat(line: usize) -> Bad {
        skips(line, SkipReason::Duplicate, DUPLICATE)
    }

    fn too_long(line: usize, field: &'static str, max: usize, message: &str) -> Bad {
        let chars = max + 1;
        skips(line, SkipReason::TooLong { field, chars, max }, message)
    }

    /// Plans each text in `format`: the list is refused with the error, or exactly its one bad
    /// entry is skipped, on its line, with the reason and the message the preview shows.
    fn assert_bad(format: ListFormat, cases: &[(&str, Bad)]) {
        for (text, bad) in cases {
            let result = plan_list(text, format, EXISTING);
            match bad {
                Bad::Refused(error, message) => {
                    assert_eq!(result.as_ref().err(), Some(error), "{:?}", shown(text));
                    assert_eq!(error.to_string(), *message, "{:?}", shown(text));
                }
                Bad::Skips(line, reason, message) => {
                    let plan = result.unwrap_or_else(|e| panic!("{:?}: {e}", shown(text)));
                    let [skipped] = plan.skipped.as_slice() else {
                        panic!("{:?} skips {:?}", shown(text), plan.skipped);
                    };
                    let found = (skipped.line, &skipped.reason);
                    assert_eq!(found, (*line, reason), "{:?}", shown(text));
                    assert_eq!(skipped.reason.to_string(), *message, "{:?}", shown(text));
                }
            }
        }
    }

    #[test]
    fn a_plain_list_loses_its_markers_counts_blank_lines_and_skips_repeats() {
        let text = concat!(
            "- How does a B-tree index speed up a range query?\n",
            "\n",
            "* What is the N+1 query problem\n",
            "1. How would you make a payment endpoint safe to retry\n",
            "2) Explain optimistic versus pessimistic locking.\n",
            "   what is the  n+1 query problem?  \n",
            "• When would you reach for a message queue?\n",
        );
        let plan = planned(text, ListFormat::Lines);
        assert_eq!(
            titles(&plan),
            [
                (1, "How does a B-tree index speed up a range query?"),
                (3, "What is the N+1 query problem"),
                (5, "Explain optimistic versus pessimistic locking."),
                (7, "When would you reach for a message queue?"),
            ]
        );
        assert_eq!(
            plan.skipped,
            [
                skip(2, "", SkipReason::Empty),
                skip(
                    4,
                    "How would you make a payment endpoint safe to retry",
                    SkipReason::Duplicate
                ),
                skip(6, "what is the n+1 query problem?", SkipReason::Duplicate),
            ]
        );
        // A line is the question and nothing more: the rest is what a new question starts with.
        let title = "How does a B-tree index speed up a range query?".to_owned();
        assert_eq!(
            plan.add[0].1,
            Draft {
                title,
                ..Draft::default()
            }
        );
    }

    #[test]
    fn a_plain_list_reads_any_line_break_a_byte_order_mark_and_the_longest_question() {
        for text in [
            "\u{feff}What is a deadlock?\r\nHow do you find a slow query?\r\n",
            "What is a deadlock?\rHow do you find a slow query?",
            "What is a deadlock?\nHow do you find a slow query?",
        ] {
            assert_eq!(
                titles(&planned(text, ListFormat::Lines)),
                [
                    (1, "What is a deadlock?"),
                    (2, "How do you find a slow query?")
                ],
                "{text:?}"
            );
        }
        let longest = "q".repeat(MAX_TITLE_CHARS);
        let plan = planned(&longest, ListFormat::Lines);
        assert_eq!(titles(&plan), [(1, longest.as_str())]);
        assert!(plan.skipped.is_empty());
    }

    #[test]
    fn a_bad_plain_list_is_refused_or_its_bad_line_skipped_with_the_reason() {
        let big = oversized("What is a deadlock?\n");
        let long = format!("What is a deadlock?\n{}", "q".repeat(MAX_TITLE_CHARS + 1));
        let long_listed = format!("- {}", "q".repeat(MAX_TITLE_CHARS + 1));
        let long_question = |line| too_long(line, "question", MAX_TITLE_CHARS, TITLE_TOO_LONG);
        assert_bad(
            ListFormat::Lines,
            &[
                ("", refused(ListError::Empty, EMPTY)),
                ("  \n\t\n", refused(ListError::Empty, EMPTY)),
                ("\u{feff}", refused(ListError::Empty, EMPTY)),
                ("\u{feff} \r\n \r\n", refused(ListError::Empty, EMPTY)),
                (big.as_str(), too_large(&big)),
                (
                    "What is a deadlock?\0\nWhat is a livelock?",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (
                    "PK\u{3}\u{4}\u{fffd}\u{fffd}[Content_Types].xml",
                    refused(ListError::BinaryFile, BINARY),
                ),
                ("What is a deadlock?\n\nWhat is a livelock?", blank(2)),
                ("What is a deadlock?\n \t \nWhat is a livelock?", blank(2)),
                ("What is a deadlock?\n\n", blank(2)),
                ("What is a deadlock?\r\n\r\nWhat is a livelock?", blank(2)),
                ("What is a deadlock?\r\rWhat is a livelock?", blank(2)),
                ("What is a deadlock?\n- \nWhat is a livelock?", blank(2)),
                ("*\nWhat is a livelock?", blank(1)),
                ("What is a deadlock?\n3.", blank(2)),
                ("What is a deadlock?\n4)", blank(2)),
                ("What is a deadlock?\nwhat is a deadlock", repeat(2)),
                ("What is a deadlock?\nWHAT IS A DEADLOCK?!", repeat(2)),
                ("What is a deadlock?\n- What   is a\tdeadlock ?", repeat(2)),
                (
                    "How would you make a payment endpoint safe to retry?",
                    repeat(1),
                ),
                (
                    "1. how would you make a payment endpoint safe to retry...",
                    repeat(1),
                ),
                (long.as_str(), long_question(2)),
                (long_listed.as_str(), long_question(1)),
            ],
        );
    }

    #[test]
    fn a_csv_reads_quoted_commas_line_breaks_and_quotes_and_any_spelling_of_the_header() {
        let text = concat!(
            "\u{feff}Question,Why,Answer,Key_Points,Pitfalls,Follow-Ups,Category,Topics,Level\r\n",
            "\"How would you design a rate limiter for a public API?\",",
            "\"They want trade-offs, not a library name.\",",
            "\"Start with the contract: who is limited, by what key, and what the client sees.\r\n",
            "\r\n",
            "Then pick an algorithm: token bucket for bursts, sliding window for smooth limits.\",",
            "Token bucket or sliding window; Limit per API key; Return 429 with Retry-After,",
            "\"- Counting in process memory behind a load balancer\r\n",
            "- Forgetting to tell the client when to retry\",",
            "How do you share counters across nodes?,technical,",
            "\"api, Scalability and resilience\",senior\r\n",
            "\"What does the \"\"I\"\" in ACID promise?\",,,,,,,Databases,junior\r\n",
            "\"Tell me about a time you disagreed with a design, and what you did\",",
            ",,,,,Behavioral,collaboration ownership,Mid level\r\n",
        );
        let guide = concat!(
            "Start with the contract: who is limited, by what key, and what the client sees.\n",
            "\n",
            "Then pick an algorithm: token bucket for bursts, sliding window for smooth limits.",
        );
        let plan = planned(text, ListFormat::Csv);
        assert_eq!(
            plan.add,
            [
                (
                    2,
                    Draft {
                        title: "How would you design a rate limiter for a public API?".to_owned(),
                        category: Category::Technical,
                        topics: topics(&["api", "resilience"]),
                        level: Level::Senior,
                        why: "They want trade-offs, not a library name.".to_owned(),
                        guide: guide.to_owned(),
                        key_points: strings(&[
                            "Token bucket or sliding window",
                            "Limit per API key",
                            "Return 429 with Retry-After",
                        ]),
                        pitfalls: strings(&[
                            "Counting in process memory behind a load balancer",
                            "Forgetting to tell the client when to retry",
                        ]),
                        follow_ups: strings(&["How do you share counters across nodes?"]),
                    }
                ),
                (
                    6,
                    Draft {
                        title: "What does the \"I\" in ACID promise?".to_owned(),
                        topics: topics(&["databases"]),
                        level: Level::Junior,
                        ..Draft::default()
                    }
                ),
                (
                    7,
                    Draft {
                        title: "Tell me about a time you disagreed with a design, and what you did"
                            .to_owned(),
                        category: Category::Behavioral,
                        topics: topics(&["collaboration", "ownership"]),
                        level: Level::Mid,
                        ..Draft::default()
                    }
                ),
            ]
        );
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    }

    #[test]
    fn a_csv_row_may_be_short_blank_cells_keep_the_defaults_and_blank_rows_are_counted() {
        let text = concat!(
            "title , key points , level\n",
            "What is a covering index?\n",
            "\"How do you run a schema migration without downtime?\",",
            "\"Expand, then migrate, then contract\n",
            "Backfill in batches\",\n",
            "\n",
            ",,\n",
            "what is a covering index\n",
        );
        let plan = planned(text, ListFormat::Csv);
        let migration = Draft {
            title: "How do you run a schema migration without downtime?".to_owned(),
            key_points: strings(&["Expand, then migrate, then contract", "Backfill in batches"]),
            ..Draft::default()
        };
        let covering = Draft {
            title: "What is a covering index?".to_owned(),
            ..Draft::default()
        };
        assert_eq!(plan.add, [(2, covering), (3, migration)]);
        assert_eq!(
            plan.skipped,
            [
                skip(5, "", SkipReason::Empty),
                skip(6, "", SkipReason::Empty),
                skip(7, "what is a covering index", SkipReason::Duplicate),
            ]
        );
    }

    #[test]
    fn a_bad_csv_is_refused_or_its_bad_row_skipped_with_the_reason() {
        let big = oversized("question\n");
        let many_points = format!(
            "question,key points\nWhat is a deadlock?,{}\n",
            points(MAX_KEY_POINTS + 1, "", ";")
        );
        let long_guide = format!(
            "question,guide\nWhat is a deadlock?,{}\n",
            "g".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_title = format!("question\n{}\n", "q".repeat(MAX_TITLE_CHARS + 1));
        let long_point = format!(
            "question,key points\nWhat is a deadlock?,{}\n",
            "k".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_why = format!(
            "question,why\nWhat is a deadlock?,{}\n",
            "w".repeat(MAX_FIELD_CHARS + 1)
        );
        assert_bad(
            ListFormat::Csv,
            &[
                ("", refused(ListError::Empty, EMPTY)),
                (" \r\n \r\n", refused(ListError::Empty, EMPTY)),
                (big.as_str(), too_large(&big)),
                (
                    "question\nWhat is a deadlock?\0\n",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (
                    "\u{fffd}\u{fffd}question,why\n",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (
                    "What is a deadlock?,When two transactions wait for each other\n",
                    refused(ListError::NoHeader, NO_HEADER),
                ),
                (",,\n,,\n", refused(ListError::NoHeader, NO_HEADER)),
                (
                    "why,guide\nThey test locking,Use SELECT ... FOR UPDATE\n",
                    refused(ListError::NoQuestionColumn, NO_QUESTION_COLUMN),
                ),
                (
                    "question,answer,difficulty\nWhat is a deadlock?,Two transactions wait,easy\n",
                    unknown_column("difficulty"),
                ),
                (
                    "Question,Notes\nWhat is a deadlock?,asked twice\n",
                    unknown_column("Notes"),
                ),
                (
                    "question,title\nWhat is a deadlock?,\n",
                    duplicate_column("question"),
                ),
                ("question,guide,answer\n", duplicate_column("guide")),
                ("question,key points,Key_Points\n", duplicate_column("key points")),
                ("\"question,why\n", unclosed_quote(1)),
                ("question,why\n\"What is a deadlock?,why\n", unclosed_quote(2)),
                (
                    "question\nWhat is a deadlock?\nWhat is a livelock?\n\"How do you pick an isolation level?\n",
                    unclosed_quote(4),
                ),
                (
                    "question,why\nWhat is a deadlock?,Two transactions wait,for each other\n",
                    unreadable(
                        2,
                        "the row has 3 cells, the header 2; put a cell that holds a comma in double quotes",
                    ),
                ),
                (
                    "question,why\n,They want to see you reason about locks\n",
                    unreadable(2, "no question in this row"),
                ),
                (
                    "question,,level\nWhat is a deadlock?,see notes,mid\n",
                    unreadable(
                        2,
                        "column 2 has no name in the header, but this row has text in it",
                    ),
                ),
                (
                    "question,topics\nWhat is a deadlock?,kafka\n",
                    unknown_topic_at(2, "", "kafka"),
                ),
                (
                    "question,topics\nWhat is a deadlock?,\"concurrency, queues\"\n",
                    unknown_topic_at(2, "", "queues"),
                ),
                (
                    "question,topics\nHow do you scale a read-heavy API?,api caching databases performance\n",
                    unreadable(2, TOO_MANY_TOPICS),
                ),
                (
                    "question,level\nWhat is a deadlock?,principal\n",
                    unreadable(2, "unknown level \"principal\"; use junior, mid or senior"),
                ),
                (
                    "question,category\nWhat is a deadlock?,trivia\n",
                    unreadable(
                        2,
                        "unknown category \"trivia\"; use technical, behavioral or situational",
                    ),
                ),
                (many_points.as_str(), unreadable(2, TOO_MANY_KEY_POINTS)),
                (
                    long_guide.as_str(),
                    too_long(2, "answer guide", MAX_FIELD_CHARS, GUIDE_TOO_LONG),
                ),
                (
                    long_title.as_str(),
                    too_long(2, "question", MAX_TITLE_CHARS, TITLE_TOO_LONG),
                ),
                (
                    long_point.as_str(),
                    too_long(
                        2,
                        "key point",
                        MAX_FIELD_CHARS,
                        "the key point is 20,001 characters; the most is 20,000",
                    ),
                ),
                (
                    long_why.as_str(),
                    too_long(2, WHY, MAX_FIELD_CHARS, WHY_TOO_LONG),
                ),
                (
                    "question\nHow would you make a payment endpoint safe to retry?\n",
                    repeat(2),
                ),
                (
                    "title\nWhat is a deadlock?\n\"what is a deadlock\"\n",
                    repeat(3),
                ),
                (
                    "question,guide\n\"What is a deadlock?\",\"Two transactions\nwait for each other\"\nWHAT IS A DEADLOCK,again\n",
                    repeat(4),
                ),
                (
                    "question\nWhat is a deadlock?\n\nWhat is a livelock?\n",
                    blank(3),
                ),
            ],
        );
    }

    #[test]
    fn a_tsv_reads_quoted_cells_and_keeps_quotes_inside_unquoted_ones() {
        let text = concat!(
            "\u{feff}question\tguide\ttopics\tlevel\r\n",
            "Why is \"SELECT *\" risky in production code?\t",
            "It couples the code to the table's column order.\tdatabases\tjunior\r\n",
            "\"How do you find a memory leak in a running service?\"\t",
            "\"Watch the heap over time.\r\nTake two heap dumps and diff them.\"\t",
            "performance; observability\tsenior\r\n",
            "Explain the difference between a mutex and a semaphore\t\t\t\r\n",
        );
        let plan = planned(text, ListFormat::Tsv);
        assert_eq!(
            plan.add,
            [
                (
                    2,
                    Draft {
                        title: "Why is \"SELECT *\" risky in production code?".to_owned(),
                        guide: "It couples the code to the table's column order.".to_owned(),
                        topics: topics(&["databases"]),
                        level: Level::Junior,
                        ..Draft::default()
                    }
                ),
                (
                    3,
                    Draft {
                        title: "How do you find a memory leak in a running service?".to_owned(),
                        guide: "Watch the heap over time.\nTake two heap dumps and diff them."
                            .to_owned(),
                        topics: topics(&["performance", "observability"]),
                        level: Level::Senior,
                        ..Draft::default()
                    }
                ),
                (
                    5,
                    Draft {
                        title: "Explain the difference between a mutex and a semaphore".to_owned(),
                        ..Draft::default()
                    }
                ),
            ]
        );
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    }

    #[test]
    fn a_bad_tsv_is_refused_or_its_bad_row_skipped_with_the_reason() {
        let big = oversized("question\twhy\n");
        let many_points = format!(
            "question\tkey points\nWhat is a deadlock?\t\"{}\"\n",
            points(MAX_KEY_POINTS + 1, "- ", "\n")
        );
        let long_guide = format!(
            "question\tguide\nWhat is a deadlock?\t{}\n",
            "g".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_title = format!(
            "question\twhy\n{}\tBecause\n",
            "q".repeat(MAX_TITLE_CHARS + 1)
        );
        let long_pitfall = format!(
            "question\tpitfalls\nWhat is a deadlock?\t{}\n",
            "p".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_follow_up = format!(
            "question\tfollow-ups\nWhat is a deadlock?\t{}\n",
            "f".repeat(MAX_FIELD_CHARS + 1)
        );
        assert_bad(
            ListFormat::Tsv,
            &[
                (" \t \n\t", refused(ListError::Empty, EMPTY)),
                ("\u{feff}\t\r\n", refused(ListError::Empty, EMPTY)),
                (big.as_str(), too_large(&big)),
                (
                    "question\twhy\nWhat is a deadlock?\t\0\n",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (
                    "question\twhy\n\u{fffd}\u{fffd}\t\u{fffd}\n",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (
                    "Front\tBack\nWhat is a deadlock?\tTwo transactions wait for each other\n",
                    refused(ListError::NoHeader, NO_HEADER),
                ),
                (
                    "#separator:tab\n#html:true\nWhat is a deadlock?\tTwo transactions wait\n",
                    refused(ListError::NoHeader, NO_HEADER),
                ),
                (
                    "why\tguide\nThey test locking\tUse SELECT ... FOR UPDATE\n",
                    refused(ListError::NoQuestionColumn, NO_QUESTION_COLUMN),
                ),
                (
                    "Question\tAnswer\tTags\nWhat is a deadlock?\tTwo transactions wait\tdb\n",
                    unknown_column("Tags"),
                ),
                ("question\tdeck\n", unknown_column("deck")),
                ("question\ttitle\n", duplicate_column("question")),
                (
                    "question\tfollow-ups\tFollow ups\n",
                    duplicate_column("follow-ups"),
                ),
                (
                    "question\twhy\n\"What is a deadlock?\tLocks\n",
                    unclosed_quote(2),
                ),
                (
                    "question\tguide\nWhat is a deadlock?\t\"Two transactions\nwait\"\nWhat is a livelock?\t\"They keep yielding\n",
                    unclosed_quote(4),
                ),
                (
                    "question\twhy\nWhat is a deadlock?\tLocks\tand more\n",
                    unreadable(2, "the row has 3 cells, the header 2"),
                ),
                (
                    "question\twhy\n\tThey want to see you reason about locks\n",
                    unreadable(2, "no question in this row"),
                ),
                (
                    "question\t\tlevel\nWhat is a deadlock?\tsee notes\tmid\n",
                    unreadable(
                        2,
                        "column 2 has no name in the header, but this row has text in it",
                    ),
                ),
                (
                    "question\ttopics\nWhat is a deadlock?\tlocking\n",
                    unknown_topic_at(2, "", "locking"),
                ),
                (
                    "question\ttopics\nHow do you scale a read-heavy API?\tapi; caching; databases; performance\n",
                    unreadable(2, TOO_MANY_TOPICS),
                ),
                (
                    "question\tlevel\nWhat is a deadlock?\tstaff\n",
                    unreadable(2, "unknown level \"staff\"; use junior, mid or senior"),
                ),
                (
                    "question\tcategory\nWhat is a deadlock?\tquiz\n",
                    unreadable(
                        2,
                        "unknown category \"quiz\"; use technical, behavioral or situational",
                    ),
                ),
                (many_points.as_str(), unreadable(2, TOO_MANY_KEY_POINTS)),
                (
                    long_guide.as_str(),
                    too_long(2, "answer guide", MAX_FIELD_CHARS, GUIDE_TOO_LONG),
                ),
                (
                    long_title.as_str(),
                    too_long(2, "question", MAX_TITLE_CHARS, TITLE_TOO_LONG),
                ),
                (
                    long_pitfall.as_str(),
                    too_long(
                        2,
                        "pitfall",
                        MAX_FIELD_CHARS,
                        "the pitfall is 20,001 characters; the most is 20,000",
                    ),
                ),
                (
                    long_follow_up.as_str(),
                    too_long(
                        2,
                        "follow-up",
                        MAX_FIELD_CHARS,
                        "the follow-up is 20,001 characters; the most is 20,000",
                    ),
                ),
                (
                    "question\twhy\nHow would you make a payment endpoint safe to retry?\tRetries happen\n",
                    repeat(2),
                ),
                (
                    "question\twhy\nWhat is a deadlock?\t\nwhat is a deadlock?!\tagain\n",
                    repeat(3),
                ),
                (
                    "question\twhy\nWhat is a deadlock?\tLocks\n\t\nWhat is a livelock?\tYielding\n",
                    blank(3),
                ),
            ],
        );
    }

    const ONE_QUESTION: &str = r#"+++
title = "How does a B-tree index speed up a range query?"
category = "technical"
topics = ["databases", "performance"]
level = "senior"
why = "They want to know you understand \"why\" an index helps, not just that it does."
+++

## Answer guide

A B-tree keeps its keys sorted in pages, so a range scan finds the first key and walks the leaves.

```sql
EXPLAIN ANALYZE SELECT * FROM orders WHERE created_at >= now() - interval '1 day';
## not a heading inside code
+++
```

- Leaf pages are linked, so the scan never climbs back up.

## Key points

- Keys are kept sorted in pages.
- The range scan walks the leaf level
  from the first match to the last.
- A covering index avoids the table lookup.

## Pitfalls

- Assuming every query on the column uses the index.

## Follow-ups

- When does the planner choose a sequential scan instead?
- How does the column order of a composite index matter?

## Level signals

- **Junior:** Knows an index makes lookups faster.
- **Mid-level:** Explains sorted pages and leaf scans.
- **Senior:** Reasons about covering indexes and planner costs.
"#;

    #[test]
    fn a_question_file_keeps_its_guide_verbatim_code_and_all() {
        let guide = concat!(
            "A B-tree keeps its keys sorted in pages, so a range scan finds the first key and walks the leaves.\n",
            "\n",
            "```sql\n",
            "EXPLAIN ANALYZE SELECT * FROM orders WHERE created_at >= now() - interval '1 day';\n",
            "## not a heading inside code\n",
            "+++\n",
            "```\n",
            "\n",
            "- Leaf pages are linked, so the scan never climbs back up.",
        );
        let plan = planned(ONE_QUESTION, ListFormat::Markdown);
        assert_eq!(
            plan.add,
            [(
                1,
                Draft {
                    title: "How does a B-tree index speed up a range query?".to_owned(),
                    category: Category::Technical,
                    topics: topics(&["databases", "performance"]),
                    level: Level::Senior,
                    why: "They want to know you understand \"why\" an index helps, not just that it does."
                        .to_owned(),
                    guide: guide.to_owned(),
                    key_points: strings(&[
                        "Keys are kept sorted in pages.",
                        "The range scan walks the leaf level from the first match to the last.",
                        "A covering index avoids the table lookup.",
                    ]),
                    pitfalls: strings(&["Assuming every query on the column uses the index."]),
                    follow_ups: strings(&[
                        "When does the planner choose a sequential scan instead?",
                        "How does the column order of a composite index matter?",
                    ]),
                }
            )]
        );
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    }

    const SEVERAL_QUESTIONS: &str = r#"+++
# copied from the team wiki
title = 'What is the difference between a process and a thread?'
topics = [
  "concurrency",
  "Performance and capacity",
]
category = "Technical"
level = "junior"
+++
## Answer guide
A process has its own memory; threads share their process's memory.
+++
title = "Tell me about a time you had to say no to a stakeholder."
category = "behavioral"
topics = ["collaboration"]
+++

## Follow-ups

- What would you do differently?
* How did the stakeholder react?
"#;

    #[test]
    fn several_question_files_in_one_text_are_each_a_question() {
        let plan = planned(SEVERAL_QUESTIONS, ListFormat::Markdown);
        assert_eq!(
            plan.add,
            [
                (
                    1,
                    Draft {
                        title: "What is the difference between a process and a thread?".to_owned(),
                        topics: topics(&["concurrency", "performance"]),
                        level: Level::Junior,
                        guide:
                            "A process has its own memory; threads share their process's memory."
                                .to_owned(),
                        ..Draft::default()
                    }
                ),
                (
                    13,
                    Draft {
                        title: "Tell me about a time you had to say no to a stakeholder."
                            .to_owned(),
                        category: Category::Behavioral,
                        topics: topics(&["collaboration"]),
                        follow_ups: strings(&[
                            "What would you do differently?",
                            "How did the stakeholder react?",
                        ]),
                        ..Draft::default()
                    }
                ),
            ]
        );
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    }

    const BANK_STYLE: &str = r#"+++
id = "cache-stampede"
title = "What is a cache stampede and how do you prevent one?"
category = "technical"
topics = ["caching", "resilience"]
level = "mid"
why = "A hot key expiring can take a database down; they want to see you know the fixes."
source = "original"
seed = 4
references = [
  { title = "RFC 5861: HTTP Cache-Control Extensions for Stale Content", url = "https://www.rfc-editor.org/rfc/rfc5861" },
]
+++

## Answer guide

Many requests miss the same key at once and all recompute it.

## Key points

- Let one request recompute the value while the others wait or serve the stale one.
"#;

    #[test]
    fn a_bank_file_s_id_source_seed_and_references_are_read_past() {
        let plan = planned(BANK_STYLE, ListFormat::Markdown);
        assert_eq!(
            plan.add,
            [(
                1,
                Draft {
                    title: "What is a cache stampede and how do you prevent one?".to_owned(),
                    topics: topics(&["caching", "resilience"]),
                    why: "A hot key expiring can take a database down; they want to see you know the fixes."
                        .to_owned(),
                    guide: "Many requests miss the same key at once and all recompute it.".to_owned(),
                    key_points: strings(&[
                        "Let one request recompute the value while the others wait or serve the stale one.",
                    ]),
                    ..Draft::default()
                }
            )]
        );
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    }

    #[test]
    fn every_bank_question_file_imports_as_the_question_the_build_compiled() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/questions");
        let mut files = 0;
        for folder in std::fs::read_dir(root).unwrap() {
            for file in std::fs::read_dir(folder.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().and_then(|extension| extension.to_str()) != Some("md") {
                    continue;
                }
                let id = path.file_stem().and_then(|stem| stem.to_str()).unwrap();
                let bank = question_by_id(id).unwrap_or_else(|| panic!("{id} is not in the bank"));
                let text = std::fs::read_to_string(&path).unwrap();
                let plan = plan_list(&text, ListFormat::Markdown, &[]).unwrap();
                let [(1, draft)] = plan.add.as_slice() else {
                    panic!("{id}: {:?}", plan.skipped);
                };
                assert!(plan.skipped.is_empty(), "{id}: {:?}", plan.skipped);
                assert_eq!(draft.title, bank.title(), "{id}");
                assert_eq!(draft.why, bank.why(), "{id}");
                assert_eq!(
                    (draft.category, draft.level),
                    (bank.category, bank.level),
                    "{id}"
                );
                assert_eq!(draft.topics, bank.topics, "{id}");
                assert_eq!(draft.key_points.len(), bank.key_point_count(), "{id}");
                assert!(!draft.guide.is_empty(), "{id}");
                assert!(draft.pitfalls.len() >= 2, "{id}");
                assert!(draft.follow_ups.len() >= 3, "{id}");
                files += 1;
            }
        }
        assert!(files >= 100, "{files} question files");
    }

    #[test]
    fn bad_question_files_are_refused_or_skipped_with_the_reason() {
        let big = oversized("+++\ntitle = \"What is a deadlock?\"\n+++\n");
        let many_points = format!(
            "+++\ntitle = \"What is a deadlock?\"\n+++\n## Key points\n{}\n",
            points(MAX_KEY_POINTS + 1, "- ", "\n")
        );
        let long_guide = format!(
            "+++\ntitle = \"What is a deadlock?\"\n+++\n## Answer guide\n{}\n",
            "g".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_why = format!(
            "+++\ntitle = \"What is a deadlock?\"\nwhy = \"{}\"\n+++\n",
            "w".repeat(MAX_FIELD_CHARS + 1)
        );
        let long_title = format!(
            "+++\ntitle = \"{}\"\n+++\n",
            "q".repeat(MAX_TITLE_CHARS + 1)
        );
        assert_bad(
            ListFormat::Markdown,
            &[
                ("", refused(ListError::Empty, EMPTY)),
                (
                    "How does a B-tree index work?\n## Answer guide\nSorted pages.\n",
                    refused(ListError::NoFrontMatter, NO_FRONT_MATTER),
                ),
                (
                    "title = \"What is a deadlock?\"\n",
                    refused(ListError::NoFrontMatter, NO_FRONT_MATTER),
                ),
                (
                    "+++\ntitle = \"What is a dead\0lock?\"\n+++\n",
                    refused(ListError::BinaryFile, BINARY),
                ),
                (big.as_str(), too_large(&big)),
                (
                    "Questions from my Acme interview\n+++\ntitle = \"What is a deadlock?\"\n+++\n",
                    unreadable(1, "text before the first question's front matter"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n\n## Answer guide\nTwo transactions wait.\n",
                    unreadable(1, "its front matter has no closing +++"),
                ),
                (
                    "+++\ncategory = \"technical\"\n+++\n## Answer guide\nTwo transactions wait.\n",
                    unreadable(1, "no title in its front matter"),
                ),
                (
                    "+++\ntitle = \"   \"\n+++\n",
                    unreadable(1, "no title in its front matter"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ntags = [\"locks\"]\n+++\n",
                    unreadable(
                        1,
                        "line 3: unknown key `tags`; the keys are title, why, category, topics and level",
                    ),
                ),
                (
                    "+++\ntitle = How do you find a slow query?\n+++\n",
                    unreadable(1, "line 2: cannot read `title = How do you find a slow query?`"),
                ),
                (
                    "+++\ntitle: \"What is a deadlock?\"\n+++\n",
                    unreadable(1, "line 2: cannot read `title: \"What is a deadlock?\"`"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\n+++\n",
                    unreadable(1, "line 2: cannot read `title = \"What is a deadlock?`"),
                ),
                (
                    "+++\ntitle = \"What does \\q mean?\"\n+++\n",
                    unreadable(1, "line 2: cannot read `title = \"What does \\q mean?\"`"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\" please\n+++\n",
                    unreadable(
                        1,
                        "line 2: cannot read `title = \"What is a deadlock?\" please`",
                    ),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n[[references]]\n+++\n",
                    unreadable(1, "line 3: cannot read `[[references]]`"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ntitle = \"What is a livelock?\"\n+++\n",
                    unreadable(1, "line 3: `title` is set twice"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ntopics = [\"concurrency\", \"locks\"]\n+++\n",
                    unknown_topic_at(1, "line 3: ", "locks"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ntopics = [concurrency]\n+++\n",
                    unreadable(1, "line 3: cannot read `topics = [concurrency]`"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ntopics = [\"concurrency\",\n+++\n",
                    unreadable(1, "line 3: the list `topics` has no closing ]"),
                ),
                (
                    "+++\ntitle = \"How do you scale a read-heavy API?\"\ntopics = [\"api\", \"caching\", \"databases\", \"performance\"]\n+++\n",
                    unreadable(1, TOO_MANY_TOPICS),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\ncategory = \"trivia\"\n+++\n",
                    unreadable(
                        1,
                        "line 3: unknown category \"trivia\"; use technical, behavioral or situational",
                    ),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\nlevel = \"lead\"\n+++\n",
                    unreadable(1, "line 3: unknown level \"lead\"; use junior, mid or senior"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n+++\n## Notes\nAsked at Acme.\n",
                    unreadable(
                        1,
                        "line 4: unknown section `## Notes`; the sections are ## Answer guide, ## Key points, ## Pitfalls, ## Follow-ups and ## Level signals",
                    ),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n+++\n## Key points\n- Lock ordering\n## Key points\n- Timeouts\n",
                    unreadable(1, "line 6: a second `## Key points` section"),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n+++\nTwo transactions wait for each other.\n",
                    unreadable(
                        1,
                        "line 4: text outside a section; start the answer with ## Answer guide",
                    ),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n+++\n## Pitfalls\n\nForgetting lock ordering.\n",
                    unreadable(
                        1,
                        "line 6: under ## Pitfalls, start each item with \"- \" (found `Forgetting lock ordering.`)",
                    ),
                ),
                (many_points.as_str(), unreadable(1, TOO_MANY_KEY_POINTS)),
                (
                    long_guide.as_str(),
                    too_long(1, "answer guide", MAX_FIELD_CHARS, GUIDE_TOO_LONG),
                ),
                (
                    long_why.as_str(),
                    too_long(1, WHY, MAX_FIELD_CHARS, WHY_TOO_LONG),
                ),
                (
                    long_title.as_str(),
                    too_long(1, "question", MAX_TITLE_CHARS, TITLE_TOO_LONG),
                ),
                (
                    "+++\ntitle = \"What is a deadlock?\"\n+++\n+++\ntitle = \"what is a deadlock\"\n+++\n",
                    repeat(4),
                ),
                (
                    "+++\ntitle = \"How would you make a payment endpoint safe to retry?\"\n+++\n",
                    repeat(1),
                ),
            ],
        );
    }

    #[test]
    fn the_extension_decides_the_format_and_a_txt_goes_by_its_text() {
        let tsv = "question\tguide\nWhat is a deadlock?\tTwo transactions wait\n";
        let markdown = "+++\ntitle = \"What is a deadlock?\"\n+++\n";
        for (name, text, format) in [
            ("interviews.csv", "What is a deadlock?", ListFormat::Csv),
            ("Interviews.CSV", "", ListFormat::Csv),
            ("acme.tsv", "What is a deadlock?", ListFormat::Tsv),
            ("deadlocks.md", "What is a deadlock?", ListFormat::Markdown),
            ("deadlocks.markdown", "", ListFormat::Markdown),
            ("list.csv", markdown, ListFormat::Csv),
            (
                "notes.txt",
                "What is a deadlock?\nWhat is a livelock?",
                ListFormat::Lines,
            ),
            ("export.txt", tsv, ListFormat::Tsv),
            ("report.pdf.txt", "Question,Why\n", ListFormat::Csv),
            ("questions", markdown, ListFormat::Markdown),
        ] {
            assert_eq!(ListFormat::detect(Some(name), text), format, "{name}");
        }
    }

    #[test]
    fn without_a_file_name_the_first_line_decides_the_format() {
        for (text, format) in [
            (
                "+++\ntitle = \"What is a deadlock?\"\n+++\n",
                ListFormat::Markdown,
            ),
            (
                "\n\n  +++  \r\ntitle = \"What is a deadlock?\"",
                ListFormat::Markdown,
            ),
            (
                "question\tguide\nWhat is a deadlock?\tTwo transactions wait\n",
                ListFormat::Tsv,
            ),
            (
                "Front\tBack\nWhat is a deadlock?\tTwo transactions wait\n",
                ListFormat::Lines,
            ),
            ("Question,Why\nWhat is a deadlock?,Locks\n", ListFormat::Csv),
            ("\u{feff}\"title\",\"guide\"\r\n", ListFormat::Csv),
            (
                "Why, in your view, do teams adopt microservices?\n",
                ListFormat::Lines,
            ),
            (
                "What is a deadlock?\nWhat is a livelock?\n",
                ListFormat::Lines,
            ),
            ("", ListFormat::Lines),
        ] {
            assert_eq!(ListFormat::detect(None, text), format, "{text:?}");
        }
    }

    #[test]
    fn every_format_has_the_label_its_menu_shows() {
        let labels = ListFormat::ALL.map(ListFormat::label);
        for format in ListFormat::ALL {
            assert_eq!(ListFormat::from_slug(format.slug()), Some(format));
        }
        assert_eq!(ListFormat::from_slug("xlsx"), None);
        assert_eq!(shortened("ab\u{e9}d", 3), "ab\u{e9}\u{2026}");
        assert_eq!(shortened("ab\u{e9}", 3), "ab\u{e9}");
        assert_eq!(
            labels,
            [
                "one question per line",
                "Markdown question files",
                "CSV with a header",
                "TSV with a header",
            ]
        );
    }
}
