//! Fetches the guide text files (`bank::chunks`) when a page first needs one, and tells the
//! pages how far along that is. The service worker caches every file, so this happens online
//! once per version; offline, a file it has not cached yet fails with a message, never a
//! blank page.

use crate::bank::chunks::{self, ChunkError};
use crate::bank::CHUNKS;
use crate::paths::base;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a guide file could not be had, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No answer at all: offline, before the worker had cached it.
    Offline,
    /// The server no longer has this version's file: a newer version was published.
    Gone,
    /// Some other answer, or a file that did not match what the build wrote.
    Broken(String),
}

impl Failure {
    pub fn message(&self) -> String {
        match self {
            Self::Offline => "The answer guide could not be loaded: the network is unreachable, and it was not saved for offline use yet. Connect and try again.".into(),
            Self::Gone => "A newer version of Interview Deck has been published, and this page's answer guides are no longer on the server. Reload to get the new version: your progress stays.".into(),
            Self::Broken(why) => format!("The answer guide could not be loaded ({why}). Try again."),
        }
    }

    /// Whether only a reload helps (trying the same address again cannot).
    pub fn needs_reload(&self) -> bool {
        *self == Self::Gone
    }
}

/// What the files a page needs are doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Ready,
    Loading { here: usize, of: usize },
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Load {
    Idle,
    Loading,
    Here,
    Failed(Failure),
}

/// The state of every guide file, shared by the pages as a context of the app's root (`App`).
#[derive(Clone, Copy)]
pub struct Guides {
    files: RwSignal<Vec<Load>>,
    /// Outcomes not yet in `files`: files that land in the same frame are told to the pages
    /// once, at the next frame, so a search reruns once and not once per file.
    landed: StoredValue<Vec<(usize, Load)>>,
}

impl Guides {
    pub fn new() -> Self {
        let files = (0..CHUNKS.len())
            .map(|i| {
                if chunks::is_loaded(i) {
                    Load::Here
                } else {
                    Load::Idle
                }
            })
            .collect();
        Self {
            files: RwSignal::new(files),
            landed: StoredValue::new(Vec::new()),
        }
    }

    /// Starts fetching, in order, each of `wanted` that is neither here nor on its way; a file
    /// that failed is tried again.
    pub fn want(&self, wanted: &[usize]) {
        let start: Vec<usize> = self.files.with_untracked(|files| {
            wanted
                .iter()
                .copied()
                .filter(|&i| matches!(files.get(i), Some(Load::Idle | Load::Failed(_))))
                .collect()
        });
        if start.is_empty() {
            return;
        }
        self.files
            .update(|files| start.iter().for_each(|&i| files[i] = Load::Loading));
        let guides = *self;
        // One after another: each file's text is copied out of the browser and checked as it
        // lands, and that work is spread over as many frames as there are files.
        spawn_local(async move {
            for index in start {
                let load = match fetch(index).await {
                    Ok(()) => Load::Here,
                    Err(failure) => Load::Failed(failure),
                };
                guides.land(index, load);
            }
        });
    }

    /// Records how a fetch ended; the first file to land in a frame schedules the telling.
    fn land(self, index: usize, load: Load) {
        let first = self
            .landed
            .try_update_value(|landed| {
                landed.push((index, load));
                landed.len() == 1
            })
            .unwrap_or(false);
        if first {
            request_animation_frame(move || {
                let landed = self
                    .landed
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                self.files.try_update(|files| {
                    for (index, load) in landed {
                        files[index] = load;
                    }
                });
            });
        }
    }

    /// What `wanted` are doing; tracks them. A failure wins over loading, so the page says
    /// what is wrong as soon as it is known.
    pub fn status(&self, wanted: &[usize]) -> Status {
        self.files.with(|files| {
            let states = || wanted.iter().filter_map(|&i| files.get(i));
            if let Some(Load::Failed(failure)) = states().find(|s| matches!(s, Load::Failed(_))) {
                return Status::Failed(failure.clone());
            }
            let here = states().filter(|s| **s == Load::Here).count();
            if here == wanted.len() {
                Status::Ready
            } else {
                Status::Loading {
                    here,
                    of: wanted.len(),
                }
            }
        })
    }

    /// Tracks every file: whatever depends on which guides are here (search) reruns when one
    /// arrives.
    pub fn track(&self) {
        self.files.track();
    }
}

/// Fetches guide file `index` and hands it to the bank, which checks it.
pub async fn fetch(index: usize) -> Result<(), Failure> {
    let url = format!("{}/{}", base(), CHUNKS[index].file);
    let response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(|_| Failure::Offline)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| Failure::Broken("no response".into()))?;
    match response.status() {
        200 => {}
        404 => return Err(Failure::Gone),
        status => return Err(Failure::Broken(format!("the server answered {status}"))),
    }
    let text = response
        .text()
        .map_err(|_| Failure::Broken("unreadable".into()))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| Failure::Offline)?
        .as_string()
        .unwrap_or_default();
    chunks::receive(index, text).map_err(|e: ChunkError| Failure::Broken(e.to_string()))
}
