//! Words that depend on a number, written one way everywhere.

/// A count with its noun in the right number: "1 day", "2 days", "0 days".
pub fn plural(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "day", "days"), "1 day");
        assert_eq!(plural(2u32, "day", "days"), "2 days");
        assert_eq!(plural(0, "story", "stories"), "0 stories");
        assert_eq!(plural(-1, "day", "days"), "-1 days");
    }
}
