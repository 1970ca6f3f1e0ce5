//! Search: one tokenizer, the index built from it, and the HTML-to-text step that feeds it.
//! The filter, the index and the tests all split text with `words`, so what a user types is
//! cut exactly like what is searched.

mod html_text;
mod index;

pub use html_text::{escape_html, html_to_text};
pub use index::SearchIndex;

/// The words of a text as search compares them: split at whitespace, lower-cased.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace().map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn words_are_split_at_any_whitespace_and_lower_cased() {
        let split: Vec<String> = words("  Redis\tCACHES\nhot-keys  p99%  ").collect();
        assert_eq!(split, ["redis", "caches", "hot-keys", "p99%"]);
        assert_eq!(words("ÉTÉ Straße").collect::<Vec<_>>(), ["été", "straße"]);
        assert_eq!(words(" \n ").count(), 0);
    }
}
