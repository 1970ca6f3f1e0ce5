//! Recorded answers: what the app keeps about each one, and which go when the space for them
//! is used up. The audio itself lives in IndexedDB (`storage/recordings.rs`); it never leaves
//! the device and is not part of the JSON backup.

/// The version of a stored recording's record; a newer one is left alone, not misread.
pub const RECORDING_VERSION: u32 = 1;

/// The most audio kept: about 25 hours of speech at the 32 kbit/s browsers record voice with.
/// When a new recording would pass it, the oldest go first, and the user is told.
pub const RECORDINGS_CAP_BYTES: u64 = 300 * 1024 * 1024;

/// One recorded answer.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingInfo {
    /// IndexedDB's key for it.
    pub id: u32,
    /// The question answered.
    pub question: String,
    /// When recording started (Unix seconds).
    pub at: i64,
    /// How long it is, in milliseconds, as the app timed it.
    pub ms: u32,
    pub bytes: u64,
    /// The audio format the browser recorded in (`audio/webm;codecs=opus`).
    pub mime: String,
}

/// The space all recordings take.
pub fn total_bytes(recordings: &[RecordingInfo]) -> u64 {
    recordings.iter().map(|r| r.bytes).sum()
}

/// The recordings to delete, oldest first, so that `incoming` more bytes fit under `cap`. A
/// recording larger than the cap on its own empties the store and is kept anyway: the newest
/// answer matters more than the oldest.
pub fn to_evict(existing: &[RecordingInfo], incoming: u64, cap: u64) -> Vec<u32> {
    let mut oldest_first: Vec<&RecordingInfo> = existing.iter().collect();
    oldest_first.sort_by_key(|r| (r.at, r.id));
    let mut total = total_bytes(existing) + incoming;
    oldest_first
        .into_iter()
        .take_while(|r| {
            let over = total > cap;
            if over {
                total -= r.bytes;
            }
            over
        })
        .map(|r| r.id)
        .collect()
}

/// A size as people read it: "840 KB", "12.5 MB".
pub fn size_label(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recording(id: u32, at: i64, bytes: u64) -> RecordingInfo {
        RecordingInfo {
            id,
            question: String::from("q"),
            at,
            ms: 1000,
            bytes,
            mime: String::from("audio/webm"),
        }
    }

    #[test]
    fn the_oldest_recordings_go_first_until_the_new_one_fits() {
        let kept = [
            recording(3, 300, 40),
            recording(1, 100, 30),
            recording(2, 200, 20),
        ];
        assert_eq!(total_bytes(&kept), 90);
        assert!(to_evict(&kept, 10, 100).is_empty(), "100 bytes fit exactly");
        assert_eq!(to_evict(&kept, 11, 100), [1]);
        assert_eq!(to_evict(&kept, 45, 100), [1, 2]);
        assert_eq!(
            to_evict(&kept, 200, 100),
            [1, 2, 3],
            "an oversized one empties the store"
        );
        assert!(to_evict(&[], 200, 100).is_empty());
    }

    #[test]
    fn recordings_made_in_the_same_second_go_in_the_order_they_were_stored() {
        let kept = [recording(9, 100, 50), recording(4, 100, 50)];
        assert_eq!(to_evict(&kept, 1, 100), [4]);
    }

    #[test]
    fn sizes_read_in_kilobytes_then_megabytes() {
        assert_eq!(size_label(0), "0 KB");
        assert_eq!(size_label(1), "1 KB");
        assert_eq!(size_label(1024 * 1023), "1023 KB");
        assert_eq!(size_label(13 * 1024 * 1024 / 2), "6.5 MB");
    }
}
