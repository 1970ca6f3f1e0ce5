//! Compiles the topic list and the question bank into the app: checks `assets/topics.toml` and
//! every `assets/questions/**/*.md`, then writes `topics.rs`, `bank.rs` and the guide text
//! files (`text/bank-<hash>.txt`) into `OUT_DIR`. A defect stops the build with
//! `path:line: message`.

#[path = "build/bank_compiler.rs"]
mod bank_compiler;
#[allow(dead_code)] // shared with the app, which uses more of it than the build does
#[path = "src/bank/kinds.rs"]
mod kinds;
#[path = "src/bank/text_format.rs"]
mod text_format;
#[path = "build/topics_compiler.rs"]
mod topics_compiler;

use bank_compiler::BankError;
use std::path::{Path, PathBuf};

const TOPICS_FILE: &str = "assets/topics.toml";
const QUESTIONS_DIR: &str = "assets/questions";
/// Benchmarks only (`make bench`): pad the bank to this many questions to measure search at scale.
const SYNTHETIC_ENV: &str = "INTERVIEW_DECK_SYNTHETIC_QUESTIONS";

fn main() {
    println!("cargo:rerun-if-changed={TOPICS_FILE}");
    println!("cargo:rerun-if-changed={QUESTIONS_DIR}");
    println!("cargo:rerun-if-changed=build/bank_compiler.rs");
    println!("cargo:rerun-if-changed=build/topics_compiler.rs");
    println!("cargo:rerun-if-changed=src/bank/kinds.rs");
    println!("cargo:rerun-if-changed=src/bank/text_format.rs");
    println!("cargo:rerun-if-env-changed={SYNTHETIC_ENV}");

    // The topics first: the questions are checked against them.
    let topics = topics_compiler::compile_topics(TOPICS_FILE, &read(Path::new(TOPICS_FILE)))
        .unwrap_or_else(|errors| fail_with(&errors));
    write_out("topics.rs", &topics_compiler::emit(&topics));
    let topic_ids: Vec<String> = topics.into_iter().map(|t| t.id).collect();

    let mut paths = Vec::new();
    collect_markdown(Path::new(QUESTIONS_DIR), &mut paths);
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.display().to_string(), read(p)))
        .collect();

    let questions =
        bank_compiler::compile_bank(&topic_ids, &files).unwrap_or_else(|errors| fail_with(&errors));
    let total = std::env::var(SYNTHETIC_ENV)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let questions = bank_compiler::with_synthetic(questions, total);
    println!(
        "cargo:warning=bank: {}",
        bank_compiler::summary(&topic_ids, &questions)
    );
    let emitted = bank_compiler::emit(&questions);
    write_out("bank.rs", &emitted.rust);
    for chunk in &emitted.chunks {
        write_out(&format!("text/{}", chunk.file), &chunk.text);
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("{}:1: cannot read: {e}", path.display())))
}

/// Writes one generated file into `OUT_DIR`: the Rust the app `include!`s, and the guide text
/// files (`text/`), which native builds include and `scripts/postbuild.py` copies beside the wasm.
fn write_out(name: &str, source: &str) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    if let Some(folder) = out.parent() {
        std::fs::create_dir_all(folder)
            .unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
    }
    std::fs::write(&out, source)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn collect_markdown(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("{}: cannot list: {e}", dir.display())));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_markdown(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// Stops the build with every defect, one `path:line: message` per line.
fn fail_with(errors: &[BankError]) -> ! {
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    fail(&report.join("\n"))
}

/// Stops the build; cargo shows what the script wrote to stderr.
fn fail(report: &str) -> ! {
    eprintln!("{report}");
    std::process::exit(1);
}
