//! Plain text from the bank's rendered HTML (what search looks through), and text made safe
//! to put into HTML.

/// `text` with the characters HTML gives a meaning to (`&`, `<`, `>`, `"`) written as
/// entities, so it stays text inside an element or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The text of an HTML fragment without its tags, with the entities our Markdown renderer
/// writes (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`) turned back into characters. Block
/// boundaries become spaces, so words never run together.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(['<', '&']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            out.push(' ');
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .into_iter()
        .find(|(name, _)| rest.starts_with(name));
        match entity {
            Some((name, ch)) => {
                out.push(ch);
                rest = &rest[name.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::html_to_text;

    #[test]
    fn tags_go_and_entities_come_back() {
        let html = "<p>Use <code>SELECT … FOR UPDATE</code> &amp; a <em>short</em> lock: a &lt;T&gt;, &quot;x&quot; &#39;y&#39;</p><ul><li>one</li><li>two</li></ul>";
        let text = html_to_text(html);
        assert!(
            text.contains("Use  SELECT … FOR UPDATE  & a  short  lock: a <T>, \"x\" 'y'"),
            "{text}"
        );
        assert!(text.contains("one") && !text.contains("onetwo"), "{text}");
        assert_eq!(html_to_text("AT&T"), "AT&T");
    }
}
