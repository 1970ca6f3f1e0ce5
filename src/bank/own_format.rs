//! The small text format of a user's own answer guide, parsed into blocks and inlines the app
//! renders as elements and text nodes, never as HTML, so nothing a user types can become markup.
//!
//! The format is what people type into a plain text box anyway: blank lines separate
//! paragraphs, a single line break stays a line break, lines starting with `- ` are a bulleted
//! list (a following line indented by two spaces or a tab continues the item), `` `code` `` is
//! inline code, and a fenced block (a line of three backticks, optionally followed by a language
//! word, up to a line of three backticks) is kept verbatim. Nothing is an error: an unmatched
//! backtick is text and an unclosed fence runs to the end, so no input loses its words.

use super::search::escape_html;

/// A piece of a paragraph or a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    /// A single line break the user typed: guides are often a list of thoughts, one a line.
    Break,
}

/// A block of a guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// One entry per bullet.
    List(Vec<Vec<Inline>>),
    /// A fenced block's lines, verbatim. The language word is not kept: nothing highlights it.
    Code(String),
}

/// The line that opens and closes a fenced block.
const FENCE: &str = "```";

/// `text` with every line break (`\r\n`, a lone `\r`, `\n`) written as `\n`, so text pasted
/// from any system splits into the same lines.
pub(super) fn normalized_line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The block being read, until a line ends it.
#[derive(Default)]
enum Open<'a> {
    #[default]
    Nothing,
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    Fence(Vec<&'a str>),
}

/// Reads a guide a line at a time.
#[derive(Default)]
struct Reader<'a> {
    blocks: Vec<Block>,
    open: Open<'a>,
}

impl<'a> Reader<'a> {
    fn read(&mut self, line: &'a str) {
        if let Open::Fence(code) = &mut self.open {
            if line.trim_end() == FENCE {
                self.close();
            } else {
                code.push(line);
            }
        } else if line.trim().is_empty() {
            self.close();
        } else if is_fence_start(line) {
            self.start(Open::Fence(Vec::new()));
        } else if let Some(item) = line.strip_prefix("- ") {
            self.read_item(item);
        } else {
            self.read_text(line);
        }
    }

    /// A `- ` line always makes a bullet, even right after a paragraph line: that is how a
    /// list is typed ("Three things:" then the bullets).
    fn read_item(&mut self, item: &str) {
        let mut inlines = Vec::new();
        append_line(&mut inlines, item);
        if let Open::List(items) = &mut self.open {
            items.push(inlines);
        } else {
            self.start(Open::List(vec![inlines]));
        }
    }

    /// An indented line inside a list continues its last item; any other line belongs to a
    /// paragraph, so a line after a list without a blank line starts one.
    fn read_text(&mut self, line: &str) {
        match (&mut self.open, is_indented(line)) {
            (Open::List(items), true) => {
                if let Some(last) = items.last_mut() {
                    append_line(last, line.trim_start());
                }
            }
            (Open::Paragraph(inlines), _) => append_line(inlines, line),
            _ => {
                let mut inlines = Vec::new();
                append_line(&mut inlines, line);
                self.start(Open::Paragraph(inlines));
            }
        }
    }

    fn start(&mut self, open: Open<'a>) {
        self.close();
        self.open = open;
    }

    fn close(&mut self) {
        let block = match std::mem::take(&mut self.open) {
            Open::Nothing => return,
            Open::Paragraph(inlines) => Block::Paragraph(inlines),
            Open::List(items) => Block::List(items),
            Open::Fence(lines) => Block::Code(lines.join("\n")),
        };
        self.blocks.push(block);
    }
}

/// Three backticks, then nothing or one word (the language): any other line that starts with
/// backticks is text with code spans.
fn is_fence_start(line: &str) -> bool {
    line.trim_end()
        .strip_prefix(FENCE)
        .map(str::trim_start)
        .is_some_and(|language| !language.contains(|c: char| c.is_whitespace() || c == '`'))
}

fn is_indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\t')
}

/// Parses a guide into its blocks. Blank lines only separate, so a guide that starts or ends
/// with them gets no empty block.
pub fn parse_guide(text: &str) -> Vec<Block> {
    let text = normalized_line_breaks(text);
    let mut reader = Reader::default();
    for line in text.lines() {
        reader.read(line);
    }
    reader.close();
    reader.blocks
}

/// Parses one line-long item (a key point, a pitfall, a follow-up): inline code only, as a list
/// item has no room for blocks. A line break, should one slip in, stays a break.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let text = normalized_line_breaks(text);
    let mut inlines = Vec::new();
    for line in text.lines() {
        append_line(&mut inlines, line);
    }
    inlines
}

/// Adds a line's text and code spans to `inlines`, after a break if they already hold text.
fn append_line(inlines: &mut Vec<Inline>, line: &str) {
    if !inlines.is_empty() {
        inlines.push(Inline::Break);
    }
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        push_text(inlines, &rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('`') else {
            rest = &rest[open..];
            break;
        };
        if close == 0 {
            push_text(inlines, "``");
        } else {
            inlines.push(Inline::Code(after[..close].to_string()));
        }
        rest = &after[close + 1..];
    }
    push_text(inlines, rest);
}

/// Adds text, joined to the text before it: a literal backtick never splits a text in two.
fn push_text(inlines: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        last.push_str(text);
    } else {
        inlines.push(Inline::Text(text.to_string()));
    }
}

/// The blocks as plain text, for search and for the matcher that checks a typed answer against
/// the key points: code is kept (it is often the answer), blocks end with a blank line and
/// bullets and breaks with a line break, so words never run together.
pub fn blocks_text(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(block_text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn block_text(block: &Block) -> String {
    match block {
        Block::Paragraph(inlines) => inline_text(inlines),
        Block::List(items) => items
            .iter()
            .map(Vec::as_slice)
            .map(inline_text)
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Code(code) => code.clone(),
    }
}

/// One item's plain text: code kept, breaks as line breaks.
pub fn inline_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Code(text) => text.as_str(),
            Inline::Break => "\n",
        })
        .collect()
}

/// The blocks as HTML, for files other apps read (the Anki export), where there is no DOM to
/// build: every piece of user text goes through `escape_html`, and the only tags are the ones
/// written here (`<p>`, `<ul>`, `<li>`, `<code>`, `<pre>`, `<br>`), none with attributes.
pub fn blocks_html(blocks: &[Block]) -> String {
    blocks.iter().map(block_html).collect()
}

fn block_html(block: &Block) -> String {
    match block {
        Block::Paragraph(inlines) => format!("<p>{}</p>", inline_html(inlines)),
        Block::List(items) => {
            let items: String = items
                .iter()
                .map(|item| format!("<li>{}</li>", inline_html(item)))
                .collect();
            format!("<ul>{items}</ul>")
        }
        Block::Code(code) => format!("<pre><code>{}</code></pre>", escape_html(code)),
    }
}

/// One item as escaped HTML, like `blocks_html`.
pub fn inline_html(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => escape_html(text),
            Inline::Code(code) => format!("<code>{}</code>", escape_html(code)),
            Inline::Break => "<br>".to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(text: &str) -> Inline {
        Inline::Text(text.to_string())
    }

    fn code(code: &str) -> Inline {
        Inline::Code(code.to_string())
    }

    fn paragraph(content: &str) -> Block {
        Block::Paragraph(vec![text(content)])
    }

    fn fenced(content: &str) -> Block {
        Block::Code(content.to_string())
    }

    /// The characters a reader sees, without the ones that are only markup: whitespace,
    /// backticks and the dashes that may be list markers (or a fence's language, `-`).
    fn visible(text: &str) -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && *c != '`' && *c != '-')
            .collect()
    }

    /// Nothing but markup is lost: every other character comes out, in order.
    fn assert_nothing_lost(input: &str) {
        let blocks = parse_guide(input);
        assert_eq!(visible(&blocks_text(&blocks)), visible(input), "{input:?}");
    }

    /// The HTML without the tags `blocks_html` writes: what is left is text, so it must hold no
    /// character that could open a tag or end an attribute.
    fn without_our_tags(html: &str) -> String {
        [
            "<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<code>", "</code>", "<pre>",
            "</pre>", "<br>",
        ]
        .into_iter()
        .fold(html.to_string(), |html, tag| html.replace(tag, ""))
    }

    #[test]
    fn a_line_is_a_paragraph_and_blank_lines_separate_paragraphs() {
        assert_eq!(parse_guide("Hello world"), [paragraph("Hello world")]);
        assert_eq!(
            parse_guide("\n\n  \nFirst one.\n\n \t \n\nSecond one.\n\n\n"),
            [paragraph("First one."), paragraph("Second one.")]
        );
        assert!(parse_guide("").is_empty());
        assert!(parse_guide(" \n\t\n").is_empty());
    }

    #[test]
    fn a_single_line_break_stays_a_break_inside_the_paragraph() {
        assert_eq!(
            parse_guide("Measure first.\nThen fix.\n  Then\tcheck."),
            [Block::Paragraph(vec![
                text("Measure first."),
                Inline::Break,
                text("Then fix."),
                Inline::Break,
                text("  Then\tcheck."),
            ])]
        );
    }

    #[test]
    fn dash_lines_make_one_list_and_indented_lines_continue_an_item() {
        assert_eq!(
            parse_guide("- one\n- two\n  still two\n\tand two\n- `three`"),
            [Block::List(vec![
                vec![text("one")],
                vec![
                    text("two"),
                    Inline::Break,
                    text("still two"),
                    Inline::Break,
                    text("and two"),
                ],
                vec![code("three")],
            ])]
        );
    }

    #[test]
    fn a_list_may_follow_a_paragraph_line_directly_and_a_blank_line_ends_it() {
        assert_eq!(
            parse_guide("Three things:\n- a\n- b\nSo: both.\n\n- c\n\n- d"),
            [
                paragraph("Three things:"),
                Block::List(vec![vec![text("a")], vec![text("b")]]),
                paragraph("So: both."),
                Block::List(vec![vec![text("c")]]),
                Block::List(vec![vec![text("d")]]),
            ]
        );
    }

    #[test]
    fn lines_that_only_look_like_bullets_are_text() {
        assert_eq!(
            parse_guide("-\n-no space\n - one space\n  indented, no list"),
            [Block::Paragraph(vec![
                text("-"),
                Inline::Break,
                text("-no space"),
                Inline::Break,
                text(" - one space"),
                Inline::Break,
                text("  indented, no list"),
            ])]
        );
        assert_eq!(parse_guide("- "), [Block::List(vec![vec![]])]);
    }

    #[test]
    fn backticks_make_code_spans_anywhere_in_a_line() {
        assert_eq!(
            parse_inline("`GET` is safe, `PUT` and `DELETE` are `idempotent`"),
            [
                code("GET"),
                text(" is safe, "),
                code("PUT"),
                text(" and "),
                code("DELETE"),
                text(" are "),
                code("idempotent"),
            ]
        );
        assert_eq!(parse_inline("`a``b`"), [code("a"), code("b")]);
        assert_eq!(parse_inline("` spaced `"), [code(" spaced ")]);
    }

    #[test]
    fn an_unmatched_backtick_and_an_empty_span_are_text() {
        assert_eq!(parse_inline("it`s"), [text("it`s")]);
        assert_eq!(parse_inline("`a` and `b"), [code("a"), text(" and `b")]);
        assert_eq!(parse_inline("``"), [text("``")]);
        assert_eq!(parse_inline("a `` b"), [text("a `` b")]);
        assert_eq!(parse_inline("```x```"), [text("``"), code("x"), text("``")]);
        assert_eq!(parse_inline("`"), [text("`")]);
        assert!(parse_inline("").is_empty());
    }

    #[test]
    fn an_item_is_one_line_but_a_stray_line_break_stays_a_break() {
        assert_eq!(
            parse_inline("one\r\ntwo\rthree"),
            [
                text("one"),
                Inline::Break,
                text("two"),
                Inline::Break,
                text("three"),
            ]
        );
        assert_eq!(parse_inline("- not a list"), [text("- not a list")]);
    }

    #[test]
    fn a_fenced_block_is_kept_verbatim_without_its_language() {
        let guide = "Retry like this:\n```rust\nlet key = `uuid`;\n\n- not a bullet\n  \tindented\n```\nDone.";
        assert_eq!(
            parse_guide(guide),
            [
                paragraph("Retry like this:"),
                fenced("let key = `uuid`;\n\n- not a bullet\n  \tindented"),
                paragraph("Done."),
            ]
        );
        assert_eq!(parse_guide("```\n```"), [fenced("")]);
        assert_eq!(
            parse_guide("``` sql  \nSELECT 1;\n```  "),
            [fenced("SELECT 1;")]
        );
    }

    #[test]
    fn an_unclosed_fence_runs_to_the_end() {
        assert_eq!(
            parse_guide("- a\n```\nfn main() {}\n\n"),
            [Block::List(vec![vec![text("a")]]), fenced("fn main() {}\n")]
        );
    }

    #[test]
    fn a_line_with_more_after_the_backticks_is_no_fence() {
        assert_eq!(
            parse_guide("```js code```\n````"),
            [Block::Paragraph(vec![
                text("``"),
                code("js code"),
                text("``"),
                Inline::Break,
                text("````"),
            ])]
        );
    }

    #[test]
    fn windows_and_old_mac_line_breaks_are_line_breaks() {
        let expected = [
            Block::Paragraph(vec![text("a"), Inline::Break, text("b")]),
            Block::List(vec![vec![text("c")]]),
            fenced("d\n"),
        ];
        assert_eq!(
            parse_guide("a\r\nb\r\n\r\n- c\r\n```\r\nd\r\n\r\n```\r\n"),
            expected
        );
        assert_eq!(parse_guide("a\rb\r\r- c\r```\rd\r\r```\r"), expected);
    }

    #[test]
    fn hostile_text_stays_text_with_every_character() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "\"><svg onload=alert(1)>",
        ] {
            assert_eq!(parse_guide(hostile), [paragraph(hostile)]);
            assert_eq!(parse_inline(hostile), [text(hostile)]);
            assert_eq!(
                parse_guide(&format!("- {hostile}")),
                [Block::List(vec![vec![text(hostile)]])]
            );
        }
    }

    #[test]
    fn the_html_escapes_every_piece_of_user_text() {
        let guide = "<script>alert(1)</script>\n\"><svg onload=alert(1)>\n\n- <img src=x onerror=alert(1)>\n- `</code><b>`\n\n```\n</pre>&amp;\n```";
        assert_eq!(
            blocks_html(&parse_guide(guide)),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>&quot;&gt;&lt;svg onload=alert(1)&gt;</p>\
             <ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li><code>&lt;/code&gt;&lt;b&gt;</code></li></ul>\
             <pre><code>&lt;/pre&gt;&amp;amp;</code></pre>"
        );
        assert_eq!(
            inline_html(&parse_inline("javascript:alert(1) & `a<b`")),
            "javascript:alert(1) &amp; <code>a&lt;b</code>"
        );
        assert_eq!(blocks_html(&[]), "");
    }

    #[test]
    fn the_text_keeps_code_and_separates_blocks_items_and_breaks() {
        let blocks =
            parse_guide("Use `SETNX`\nwith a TTL.\n\n- one\n- two\n\n```\nSET k v NX\n```");
        assert_eq!(
            blocks_text(&blocks),
            "Use SETNX\nwith a TTL.\n\none\ntwo\n\nSET k v NX"
        );
        assert_eq!(inline_text(&parse_inline("a `b` c")), "a b c");
        assert_eq!(blocks_text(&[]), "");
    }

    #[test]
    fn no_input_loses_its_words() {
        for input in [
            "Café, naïve, 東京, Ünïcödé — “quotes” ‘single’ …",
            "Emoji 😀👍🏽👨‍👩‍👧 and `😀` and\u{0}nul\u{7f}",
            "`",
            "``",
            "```",
            "````````",
            "` ` ` `\n``\n```\n`",
            "-",
            "- - -\n--\n---\n  - -",
            "```\n```\n```",
            "```\n\n```\n```",
            "- a\n  - b\n\t- c\n-\n- ",
            "a\r\n\r\n\rb\r`c\r`d`",
            "<script>alert(1)</script>\n\"><svg onload=alert(1)>",
            "\t\ttabs\t\n\t- x\n- y\n\tz",
            "",
        ] {
            assert_nothing_lost(input);
        }
    }

    /// Pieces that, joined at random, make every kind of line: bullets, continuations, fences
    /// (words always hold a space, so none becomes a fence's language word), spans and breaks.
    fn arb_guide() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("`".to_string()),
            Just(FENCE.to_string()),
            Just("- ".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just("  ".to_string()),
            Just("\t".to_string()),
            "[a-zé😀<>&\"'.-]{1,3} [a-z東<>&\"'=]{1,3}",
        ];
        prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn any_guide_parses_losing_only_markup_and_its_html_holds_only_our_tags(
            guide in arb_guide(),
        ) {
            let blocks = parse_guide(&guide);
            prop_assert_eq!(visible(&blocks_text(&blocks)), visible(&guide));
            let html = without_our_tags(&blocks_html(&blocks));
            prop_assert!(!html.contains(['<', '>', '"']), "{}", html);
            let inline = without_our_tags(&inline_html(&parse_inline(&guide)));
            prop_assert!(!inline.contains(['<', '>', '"']), "{}", inline);
        }
    }
}
