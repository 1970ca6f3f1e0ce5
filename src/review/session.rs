//! One sitting of practice: a queue worked through card by card, with exact undo.

use super::clock::Clock;
use super::scheduler::{replay, Scheduler};
use crate::progress::{Progress, Rating, Review};

/// A grade given in this session, remembered so it can be undone.
#[derive(Debug, Clone, PartialEq)]
struct Graded {
    id: String,
    position: usize,
    review: Review,
}

/// A practice session over a fixed queue of question ids. Grades are written into the
/// `Progress` passed in; the session only remembers enough to undo them and to summarise.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    queue: Vec<String>,
    position: usize,
    graded: Vec<Graded>,
}

/// The end-of-session report.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub cards: usize,
    /// How many of each rating, Again first.
    pub ratings: [usize; 4],
    pub seconds: u64,
    /// The soonest local day any card of this session comes due again.
    pub next_due_day: Option<i64>,
}

impl Session {
    pub fn new(queue: Vec<String>) -> Self {
        Self {
            queue,
            position: 0,
            graded: Vec::new(),
        }
    }

    /// The question to show, or `None` when the session is over.
    pub fn current(&self) -> Option<&str> {
        self.queue.get(self.position).map(String::as_str)
    }

    /// How many cards are done and how many there are in all (for "3 / 10").
    pub fn progress(&self) -> (usize, usize) {
        (self.position, self.queue.len())
    }

    pub fn is_finished(&self) -> bool {
        self.position >= self.queue.len()
    }

    pub fn can_undo(&self) -> bool {
        !self.graded.is_empty()
    }

    /// Grades the current card and moves on. `shown_at` is when its question appeared.
    pub fn grade(
        &mut self,
        progress: &mut Progress,
        rating: Rating,
        clock: &Clock,
        shown_at: i64,
        ticks: u16,
    ) -> Option<Review> {
        let id = self.current()?.to_string();
        let secs = u32::try_from((clock.now - shown_at).clamp(0, 3600)).unwrap_or_default();
        let review = Review {
            at: clock.now,
            rating,
            secs,
            ticks,
        };
        progress.record(&id, review);
        self.graded.push(Graded {
            id,
            position: self.position,
            review,
        });
        self.position += 1;
        Some(review)
    }

    /// Takes back the last grade completely: the review leaves the log (so the card's state is
    /// exactly what it was) and its card is shown again. Returns that card's id.
    pub fn undo(&mut self, progress: &mut Progress) -> Option<String> {
        let last = self.graded.pop()?;
        progress.unrecord(&last.id, &last.review);
        self.position = last.position;
        Some(last.id)
    }

    /// Hides the current card until tomorrow and moves on without grading it.
    pub fn bury(&mut self, progress: &mut Progress, clock: &Clock) {
        if self.position < self.queue.len() {
            let id = self.queue.remove(self.position);
            progress.bury(&id, clock.today() + 1);
        }
    }

    pub fn summary(
        &self,
        scheduler: &impl Scheduler,
        progress: &Progress,
        clock: &Clock,
    ) -> Summary {
        let mut ratings = [0; 4];
        for graded in &self.graded {
            ratings[graded.review.rating as usize - 1] += 1;
        }
        let next_due_day = self
            .graded
            .iter()
            .filter_map(|g| replay(scheduler, progress.log(&g.id)))
            .map(|m| clock.day_of(m.due))
            .min();
        Summary {
            cards: self.graded.len(),
            ratings,
            seconds: self.graded.iter().map(|g| u64::from(g.review.secs)).sum(),
            next_due_day,
        }
    }
}
