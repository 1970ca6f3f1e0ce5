//! The closed list of topics. Shared verbatim with `build.rs`, which rejects any question that
//! names a topic not listed here, so the list, the folders and the filters can never disagree.

/// A subject area of the interview; every question belongs to one to three of them.
#[derive(Debug, PartialEq, Eq)]
pub struct Topic {
    /// Stable identifier: the folder name under `assets/questions/` and the value in URLs.
    pub id: &'static str,
    /// What the user reads.
    pub label: &'static str,
}

/// Every topic, in the order the app lists them.
pub const TOPICS: &[Topic] = &[
    Topic {
        id: "api",
        label: "HTTP and API design",
    },
    Topic {
        id: "databases",
        label: "Databases",
    },
    Topic {
        id: "caching",
        label: "Caching",
    },
    Topic {
        id: "messaging",
        label: "Messaging and async work",
    },
    Topic {
        id: "concurrency",
        label: "Concurrency",
    },
    Topic {
        id: "security",
        label: "Security",
    },
    Topic {
        id: "system-design",
        label: "System design",
    },
    Topic {
        id: "resilience",
        label: "Scalability and resilience",
    },
    Topic {
        id: "observability",
        label: "Observability and operations",
    },
    Topic {
        id: "delivery",
        label: "Testing and delivery",
    },
    Topic {
        id: "legacy-code",
        label: "Legacy code and maintenance",
    },
    Topic {
        id: "collaboration",
        label: "Collaboration and communication",
    },
    Topic {
        id: "ownership",
        label: "Ownership and growth",
    },
];

/// Finds a topic by its id.
pub fn topic_by_id(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}
