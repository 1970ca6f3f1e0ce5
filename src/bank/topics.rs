//! The closed list of topics. The list is data, `assets/topics.toml`: `build.rs` checks it,
//! rejects any question that names a topic not in it, and writes it out as `TOPICS`, included
//! here, so the list, the folders, the filters and the job-description matcher never disagree.

/// A subject area of the interview; every question belongs to one to three of them.
#[derive(Debug, PartialEq, Eq)]
pub struct Topic {
    /// Stable identifier: the folder name under `assets/questions/` and the value in URLs.
    pub id: &'static str,
    /// What the user reads.
    pub label: &'static str,
    /// The words and phrases of a job description that show it asks for this topic (see
    /// `tailor.rs`): lower case, a phrase matched as a phrase, and none listed for two topics.
    pub keywords: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/topics.rs"));

/// Finds a topic by its id.
pub fn topic_by_id(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}
