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
        secs.saturating_add(self.offset).div_euclid(DAY)
    }

    /// The Unix time at which a local day begins (with today's offset).
    pub fn start_of(&self, day: i64) -> i64 {
        day.saturating_mul(DAY).saturating_sub(self.offset)
    }

    /// Today's local day number.
    pub fn today(&self) -> i64 {
        self.day_of(self.now)
    }
}

/// The day number of a calendar date (proleptic Gregorian), as `<input type=date>` gives it.
pub fn day_from_date(year: i64, month: u32, day: u32) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number: the inverse of `day_from_date`.
pub fn date_of_day(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Reads `YYYY-MM-DD` into a day number.
pub fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some(day_from_date(year, month, day))
}

/// Writes a day number as `YYYY-MM-DD`.
pub fn format_date(days: i64) -> String {
    let (y, m, d) = date_of_day(days);
    format!("{y:04}-{m:02}-{d:02}")
}
