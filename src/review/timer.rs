//! Countdown arithmetic for mock interviews. Time is computed from timestamps, never by
//! counting ticks, so a tab in the background (where browsers slow timers down) still shows
//! the right time when it comes back.

/// Which part of a question's time it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Think,
    Answer,
    /// Both countdowns have run out.
    Over,
}

/// A think-then-answer countdown that can be paused. All times are in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub think_ms: i64,
    pub answer_ms: i64,
    started_at: i64,
    /// Paused time before the current pause.
    paused_ms: i64,
    paused_at: Option<i64>,
}

impl Countdown {
    pub fn start(think_secs: u32, answer_secs: u32, now: i64) -> Self {
        Self {
            think_ms: i64::from(think_secs) * 1000,
            answer_ms: i64::from(answer_secs) * 1000,
            started_at: now,
            paused_ms: 0,
            paused_at: None,
        }
    }

    /// Running time since the start, pauses left out.
    pub fn elapsed(&self, now: i64) -> i64 {
        let until = self.paused_at.unwrap_or(now);
        (until - self.started_at - self.paused_ms).max(0)
    }

    pub fn phase(&self, now: i64) -> Phase {
        let elapsed = self.elapsed(now);
        if elapsed < self.think_ms {
            Phase::Think
        } else if elapsed < self.think_ms + self.answer_ms {
            Phase::Answer
        } else {
            Phase::Over
        }
    }

    /// Milliseconds left in the current phase (0 when over).
    pub fn remaining(&self, now: i64) -> i64 {
        let elapsed = self.elapsed(now);
        match self.phase(now) {
            Phase::Think => self.think_ms - elapsed,
            Phase::Answer => self.think_ms + self.answer_ms - elapsed,
            Phase::Over => 0,
        }
    }

    /// Skips the rest of the thinking time ("I'm ready").
    pub fn skip_thinking(&mut self, now: i64) {
        let elapsed = self.elapsed(now);
        if elapsed < self.think_ms {
            self.think_ms = elapsed;
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn pause(&mut self, now: i64) {
        if self.paused_at.is_none() {
            self.paused_at = Some(now);
        }
    }

    pub fn resume(&mut self, now: i64) {
        if let Some(at) = self.paused_at.take() {
            self.paused_ms += now - at;
        }
    }
}

/// `m:ss` for a countdown display.
pub fn clock_label(ms: i64) -> String {
    let secs = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}
