//! How the compiled bank's text is laid out, shared verbatim with `build.rs` (like `kinds.rs`),
//! so the build that writes the text and the app that reads it cannot disagree.

/// Separates a guide's fields in the compiled text.
pub const FIELD: char = '\u{1f}';
/// Separates the items of a list field.
pub const ITEM: char = '\u{1e}';

/// FNV-1a, 64 bits: names each guide text file after its content, and checks that a fetched
/// file arrived whole.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
