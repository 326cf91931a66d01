//! Small text helpers shared by the queries: percent-decoding of URL parts,
//! case folding for search, and edit distance for suggestions. All of them
//! accept any input, however long or malformed, without panicking.

/// The longest input the queries look at. A longer code or search text is cut
/// here before any work is done on it, so a 10,000-character URL costs no more
/// than a short one.
pub const MAX_INPUT_CHARS: usize = 200;

/// Cuts `text` to at most `MAX_INPUT_CHARS` characters.
pub fn clamp(text: &str) -> &str {
    match text.char_indices().nth(MAX_INPUT_CHARS) {
        Some((byte, _)) => &text[..byte],
        None => text,
    }
}

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`). Invalid
/// escapes are kept as written and invalid UTF-8 becomes U+FFFD, so decoding
/// never fails.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push(high * 16 + low);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes a value for a URL query or path segment: everything but
/// unreserved characters becomes `%XX`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Lower-cases for case-insensitive matching, as Unicode's lowercase mapping
/// does for the letters of Latin (ASCII, Latin-1, Latin Extended-A), Greek,
/// Cyrillic and full-width Latin, which a reader may type; any other
/// character stays as it is. The data's own text has no other cased letter
/// (a test checks), and the standard library's `to_lowercase` would carry
/// Unicode's case tables into every page that searches or filters (about
/// 9 KB gzip with the code that reads them).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold_char).collect()
}

/// One character of [`fold`].
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        // A–Z, À–Þ but ×, Α–Ϋ but the unassigned U+03A2, А–Я, Ａ–Ｚ.
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F | 0xFF21..=0xFF3A => u + 32,
        // Ѐ–Џ.
        0x400..=0x40F => u + 80,
        // Latin Extended-A: capital and small in pairs, the capital first
        // (even) or, in two runs, second (odd); İ (U+0130) lower-cases to
        // two characters and is kept.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        // Greek capitals with tonos.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Levenshtein distance between two short strings (characters, not bytes).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (clamp(a), clamp(b));
    if a.is_ascii() && b.is_ascii() {
        return levenshtein(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    levenshtein(&a, &b)
}

fn levenshtein<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Parses a printed decimal such as `0.638`, `-1.5` or `12` without the
/// standard float parser (whose code is large in WebAssembly). `None` for
/// anything else.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() || whole.len() + fraction.len() > 15 {
        return None;
    }
    if !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        value = value * 10 + u64::from(b - b'0');
    }
    let scale = 10u64.pow(fraction.len() as u32) as f64;
    let value = value as f64 / scale;
    Some(if negative { -value } else { value })
}

/// Formats with exactly three decimals (`0.528`), rounding half away from
/// zero, without the standard float formatter.
pub fn format_fixed3(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let magnitude = thousandths.unsigned_abs();
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_valid_and_keeps_invalid_escapes() {
        let check = |input: &str, expected: &str| assert_eq!(percent_decode(input, true), expected, "{input}");
        check("b3", "b3");
        check("a%20b", "a b");
        check("a+b", "a b");
        check("%", "%");
        check("%4", "%4");
        check("%zz9", "%zz9");
        check("%E4%BA%BA", "人");
        check("%FF", "\u{FFFD}");
        check("100%", "100%");
    }

    #[test]
    fn encode_then_decode_round_trips() {
        for text in ["C1 Innovation team", "a&b=c?d#e", "人才", "%41"] {
            assert_eq!(percent_decode(&percent_encode(text), false), text);
        }
    }

    #[test]
    fn clamp_limits_characters_not_bytes() {
        let long = "人".repeat(10_000);
        assert_eq!(clamp(&long).chars().count(), MAX_INPUT_CHARS);
        assert_eq!(clamp("short"), "short");
    }

    #[test]
    fn parses_printed_decimals() {
        assert_eq!(parse_decimal("0.638"), Some(0.638));
        assert_eq!(parse_decimal("12"), Some(12.0));
        assert_eq!(parse_decimal("-1.5"), Some(-1.5));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        for bad in ["", ".", "-", "0.6.3", "1e3", "***", "0,5", "9999999999999999"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_three_decimals() {
        assert_eq!(format_fixed3(0.527838), "0.528");
        assert_eq!(format_fixed3(0.2), "0.200");
        assert_eq!(format_fixed3(0.0), "0.000");
        assert_eq!(format_fixed3(-0.0875), "-0.088");
        assert_eq!(format_fixed3(12.3456), "12.346");
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("b3", "b3"), 0);
        assert_eq!(edit_distance("zz9", "a9"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
