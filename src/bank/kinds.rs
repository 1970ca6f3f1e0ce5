//! The small closed vocabularies of a question. Shared verbatim with `build.rs`, so a question
//! file and the app read the same words the same way.

/// Every id of a question the user wrote starts with this, and the bank compiler refuses bank
/// ids that do: an own id can never collide with a bank id, however large the bank grows.
pub const OWN_ID_PREFIX: &str = "own-";

/// The kind of question, which decides how a good answer is shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Knowledge and judgement: a model answer outline.
    Technical,
    /// "Tell me about a time": a STAR(R) story from the candidate's past.
    Behavioral,
    /// "What would you do if": a plan, ideally backed by a past example.
    Situational,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 3] = [Self::Technical, Self::Behavioral, Self::Situational];

    /// The word used in question files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Technical => "technical",
            Self::Behavioral => "behavioral",
            Self::Situational => "situational",
        }
    }

    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Technical => "Technical",
            Self::Behavioral => "Behavioral",
            Self::Situational => "Situational",
        }
    }

    /// Reads the word used in question files and URLs.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// The seniority a question is pitched at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Junior,
    Mid,
    Senior,
}

impl Level {
    /// Every level, warm-up first.
    pub const ALL: [Level; 3] = [Self::Junior, Self::Mid, Self::Senior];

    /// The word used in question files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Junior => "junior",
            Self::Mid => "mid",
            Self::Senior => "senior",
        }
    }

    /// Reads the word used in question files.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "junior" => Some(Self::Junior),
            "mid" => Some(Self::Mid),
            "senior" => Some(Self::Senior),
            _ => None,
        }
    }

    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::Junior => "Junior",
            Self::Mid => "Mid level",
            Self::Senior => "Senior",
        }
    }
}

/// Where a question comes from: the seed page's ten keep their wording, ours are free to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Seed,
    Original,
}

impl Source {
    /// Reads the word used in question files.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug {
            "seed" => Some(Self::Seed),
            "original" => Some(Self::Original),
            _ => None,
        }
    }
}
