//! Any set of questions as a file Anki's "Import File" reads: tab-separated, one note a line,
//! with Anki's file headers (separator, HTML, the tags column) so no import option needs
//! setting. Front: the question. Back: why it is asked, the answer guide, the key points and
//! the follow-ups, as the HTML the build rendered. Tags: the category, the topics and
//! `interview-deck`.

use super::search::escape_html as escape;
use super::{Question, Rich};

/// The file's first lines, read by Anki 2.1.55 and later.
pub const HEADER: &str = "#separator:tab\n#html:true\n#notetype:Basic\n#tags column:3\n";

/// A field as Anki reads it: always quoted, quotes doubled, and no raw tab or line break
/// (line breaks become `<br>`, tabs spaces), so a field can never end a column or a note.
pub fn field(text: &str) -> String {
    let flat = text
        .replace("\r\n", "\n")
        .replace(['\r', '\n'], "<br>")
        .replace('\t', " ");
    format!("\"{}\"", flat.replace('"', "\"\""))
}

fn list(title: &str, items: &[Rich]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let items: String = items
        .iter()
        .map(|item| format!("<li>{}</li>", item.html()))
        .collect();
    format!("<h3>{title}</h3><ul>{items}</ul>")
}

/// One note: question, answer, tags.
fn note(question: &Question) -> String {
    let mut back = format!(
        "<p><b>Why they ask this:</b> {}</p>",
        escape(question.why())
    );
    if let Some(body) = question.body() {
        back.push_str(&body.guide.html());
        back.push_str(&list("Key points", body.key_points()));
        back.push_str(&list("Follow-ups", body.follow_ups()));
    }
    let own = question.own();
    let tags: Vec<String> = ["interview-deck", question.category.slug()]
        .into_iter()
        .chain(question.topics.iter().map(|t| t.id))
        .chain(own.map(|_| "yours"))
        .map(str::to_string)
        // Anki splits tags at spaces: an import name of several words stays one tag.
        .chain(
            own.and_then(|o| o.tag.as_deref())
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join("-")),
        )
        .collect();
    format!(
        "{}\t{}\t{}",
        field(&escape(question.title())),
        field(&back),
        field(&tags.join(" "))
    )
}

/// The file for `questions`, in their order. A question whose guide has not arrived gets its
/// "why" only: the caller waits for the guides first.
pub fn anki_file(questions: &[&Question]) -> String {
    let mut file = String::from(HEADER);
    for question in questions {
        file.push_str(&note(question));
        file.push('\n');
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::BANK;

    /// Splits a line of the file into its fields, undoing `field`.
    fn fields(line: &str) -> Vec<String> {
        line.split('\t')
            .map(|f| {
                let inner = f.strip_prefix('"').and_then(|f| f.strip_suffix('"'));
                inner.expect("every field is quoted").replace("\"\"", "\"")
            })
            .collect()
    }

    #[test]
    fn fields_never_hold_a_raw_tab_line_break_or_lone_quote() {
        for (raw, written) in [
            ("plain", "\"plain\""),
            ("a\tb", "\"a b\""),
            ("one\ntwo\r\nthree\rfour", "\"one<br>two<br>three<br>four\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("", "\"\""),
            ("\"", "\"\"\"\""),
        ] {
            assert_eq!(field(raw), written, "{raw:?}");
            let inner = &written[1..written.len() - 1];
            assert!(!inner.contains(['\t', '\n', '\r']));
            assert!(!inner.replace("\"\"", "").contains('"'), "{written}");
        }
    }

    #[test]
    fn every_question_is_one_line_of_three_fields_with_its_guide_and_tags() {
        let all: Vec<&Question> = BANK.iter().collect();
        let file = anki_file(&all);
        let lines: Vec<&str> = file.lines().collect();
        assert_eq!(
            lines[..4],
            [
                "#separator:tab",
                "#html:true",
                "#notetype:Basic",
                "#tags column:3"
            ]
        );
        assert_eq!(lines.len(), 4 + BANK.len());
        for (line, question) in lines[4..].iter().zip(BANK) {
            let [front, back, tags] = <[String; 3]>::try_from(fields(line)).expect("three fields");
            assert_eq!(front, escape(question.title()));
            let body = question.body().unwrap();
            // Line breaks (inside code blocks too) are written as <br>.
            let guide = body.guide.html().replace('\n', "<br>").replace('\t', " ");
            assert!(back.contains(&guide), "{}", question.id);
            assert!(back.contains("<h3>Key points</h3>"), "{}", question.id);
            assert!(
                tags.split(' ').any(|t| t == question.topics[0].id),
                "{tags}"
            );
            assert!(tags.starts_with("interview-deck "), "{tags}");
        }
    }

    #[test]
    fn titles_and_whys_are_text_in_the_html_fields() {
        assert_eq!(escape("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
        assert_eq!(anki_file(&[]), HEADER);
    }
}
