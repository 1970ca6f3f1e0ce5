//! Time as the scheduler sees it: "now" and the user's local calendar day.

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// The moment and the user's time zone. Practice is counted in the user's local days, so a
/// review at 23:30 and one at 00:30 fall on two days, as they do for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Unix seconds.
    pub now: i64,
    /// The local time zone's offset east of UTC, in seconds (UTC+2 is 7200).
    pub offset: i64,
}

impl Clock {
    /// The local day number (days since 1970-01-01 in local time) of a moment.
    pub fn day_of(&self, secs: i64) -> i64 {
        (secs + self.offset).div_euclid(DAY)
    }

    /// The Unix time at which a local day begins (with today's offset).
    pub fn start_of(&self, day: i64) -> i64 {
        day * DAY - self.offset
    }

    /// Today's local day number.
    pub fn today(&self) -> i64 {
        self.day_of(self.now)
    }
}
