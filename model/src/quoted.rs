//! How a message repeats what someone typed or sent: quoted, escaped and short, so that it
//! can be shown as it is.

/// Most characters of someone's input a message repeats.
pub const QUOTED_CHARS: usize = 40;

/// `input` as a message may repeat it: in double quotes, control and invisible characters
/// escaped (a NUL shows as `\0`, a new line as `\n`), and cut to its first 40 characters.
pub fn quoted(input: &str) -> String {
    let mut text = String::from("\"");
    for c in input.chars().take(QUOTED_CHARS) {
        match c {
            // Rust would escape it, but inside double quotes it needs nothing.
            '\'' => text.push(c),
            _ => text.extend(c.escape_debug()),
        }
    }
    if input.chars().nth(QUOTED_CHARS).is_some() {
        text.push('…');
    }
    text.push('"');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_what_a_screen_cannot_show() {
        assert_eq!(quoted("dont-pay"), "\"dont-pay\"");
        assert_eq!(quoted("a\0b\nc\"d\\e'f"), r#""a\0b\nc\"d\\e'f""#);
        assert_eq!(quoted("\u{202e}evil"), "\"\\u{202e}evil\"");
        assert_eq!(
            quoted("é😀"),
            "\"é😀\"",
            "printable letters stay as they are"
        );
    }

    #[test]
    fn quoting_shortens_by_characters() {
        let long = "😀".repeat(100);
        let shown = quoted(&long);
        assert_eq!(shown, format!("\"{}…\"", "😀".repeat(40)));
        assert_eq!(quoted(&"a".repeat(40)), format!("\"{}\"", "a".repeat(40)));
    }
}
