//! The guide text's files: one per main topic, compiled by `build.rs` beside the app and
//! fetched by the browser when a page first shows one of their guides (`crate::guides`).
//! Native builds include them, so tests and the pre-renderer have every guide at once.

use super::text_format::fnv1a;
#[cfg(not(target_arch = "wasm32"))]
use super::INCLUDED;
use super::{Question, BANK, CHUNKS, CHUNK_COUNT};
use std::sync::OnceLock;

/// One guide text file as the build wrote it: what the fetched copy is checked against.
#[derive(Debug)]
pub struct Chunk {
    /// Named after its content (`bank-<hash>.txt`), so a cached copy is never stale.
    pub file: &'static str,
    pub(super) len: u32,
    pub(super) hash: u64,
}

/// Why a fetched file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChunkError {
    /// No such file in this build.
    Unknown(usize),
    /// Another length or content than the build wrote: cut short, or changed on the way.
    Damaged { file: &'static str },
}

impl std::fmt::Display for ChunkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unknown(index) => write!(f, "this build has no guide file number {index}"),
            Self::Damaged { file } => write!(f, "{file} arrived incomplete or changed"),
        }
    }
}

/// The files fetched so far. Filled once each and never changed: the bank stays read-only.
static RECEIVED: [OnceLock<&'static str>; CHUNK_COUNT] = [const { OnceLock::new() }; CHUNK_COUNT];

/// Takes a fetched file into the bank once it has been checked to be exactly what the build
/// wrote, so a guide never shows text cut short or from another version.
pub fn receive(index: usize, text: String) -> Result<(), ChunkError> {
    let chunk = CHUNKS.get(index).ok_or(ChunkError::Unknown(index))?;
    if text.len() != chunk.len as usize || fnv1a(text.as_bytes()) != chunk.hash {
        return Err(ChunkError::Damaged { file: chunk.file });
    }
    if RECEIVED[index].get().is_none() {
        let _ = RECEIVED[index].set(Box::leak(text.into_boxed_str()));
    }
    Ok(())
}

/// A file's text, once it is here.
pub(super) fn text(index: usize) -> Option<&'static str> {
    let received = RECEIVED.get(index)?.get().copied();
    #[cfg(not(target_arch = "wasm32"))]
    let received = received.or_else(|| INCLUDED.get(index).copied());
    received
}

/// Whether the guide file `index` is here.
pub fn is_loaded(index: usize) -> bool {
    text(index).is_some()
}

/// The files that hold the guides of `questions`, each once, in file order (an own question's
/// guide is always here).
pub fn chunks_of<'a>(questions: impl IntoIterator<Item = &'a Question>) -> Vec<usize> {
    let mut wanted: Vec<usize> = questions.into_iter().filter_map(Question::chunk).collect();
    wanted.sort_unstable();
    wanted.dedup();
    wanted
}

/// Every file, for the pages that need every guide (print, a text search).
pub fn all_chunks() -> Vec<usize> {
    chunks_of(BANK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_taken_only_exactly_as_the_build_wrote_it() {
        let whole = INCLUDED[0].to_string();
        let cut = whole[..whole.len() - 1].to_string();
        assert_eq!(
            receive(0, cut),
            Err(ChunkError::Damaged {
                file: CHUNKS[0].file
            })
        );
        let mut changed = whole.clone().into_bytes();
        changed[0] ^= 1;
        let changed = String::from_utf8(changed).unwrap();
        assert!(receive(0, changed).is_err());
        assert_eq!(
            receive(CHUNK_COUNT, whole.clone()),
            Err(ChunkError::Unknown(CHUNK_COUNT))
        );
        assert_eq!(receive(0, whole), Ok(()));
        assert!(is_loaded(0));
    }

    #[test]
    fn file_names_carry_the_hash_of_their_content() {
        for (chunk, text) in CHUNKS.iter().zip(INCLUDED) {
            assert_eq!(
                chunk.file,
                format!("bank-{:016x}.txt", fnv1a(text.as_bytes()))
            );
        }
    }

    #[test]
    fn every_topic_that_leads_a_question_has_one_file_and_all_chunks_lists_each() {
        assert_eq!(all_chunks(), (0..CHUNK_COUNT).collect::<Vec<_>>());
        for question in BANK {
            let mut same_file = BANK.iter().filter(|q| q.chunk() == question.chunk());
            assert!(same_file.all(|q| q.topics[0].id == question.topics[0].id));
        }
    }
}
