//! Compiles the question bank into the app: reads every `assets/questions/**/*.md`, checks it
//! and writes `bank.rs` into `OUT_DIR`. A defective file stops the build with `path:line: message`.

#[path = "build/bank_compiler.rs"]
mod bank_compiler;
#[allow(dead_code)] // shared with the app, which uses more of it than the build does
#[path = "src/bank/kinds.rs"]
mod kinds;
#[allow(dead_code)]
#[path = "src/bank/topics.rs"]
mod topics;

use std::path::{Path, PathBuf};

const QUESTIONS_DIR: &str = "assets/questions";
/// Benchmarks only (`make bench`): pad the bank to this many questions to measure search at scale.
const SYNTHETIC_ENV: &str = "INTERVIEW_DECK_SYNTHETIC_QUESTIONS";

fn main() {
    println!("cargo:rerun-if-changed={QUESTIONS_DIR}");
    println!("cargo:rerun-if-changed=build/bank_compiler.rs");
    println!("cargo:rerun-if-changed=src/bank/kinds.rs");
    println!("cargo:rerun-if-changed=src/bank/topics.rs");
    println!("cargo:rerun-if-env-changed={SYNTHETIC_ENV}");

    let mut paths = Vec::new();
    collect_markdown(Path::new(QUESTIONS_DIR), &mut paths);
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p)
                .unwrap_or_else(|e| fail(&format!("{}:1: cannot read: {e}", p.display())));
            (p.display().to_string(), text)
        })
        .collect();

    match bank_compiler::compile_bank(&files) {
        Ok(questions) => {
            let total = std::env::var(SYNTHETIC_ENV)
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let questions = bank_compiler::with_synthetic(questions, total);
            println!("cargo:warning=bank: {}", bank_compiler::summary(&questions));
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("bank.rs");
            std::fs::write(&out, bank_compiler::emit(&questions))
                .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
        }
        Err(errors) => {
            let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
            fail(&report.join("\n"));
        }
    }
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

/// Stops the build; cargo shows what the script wrote to stderr.
fn fail(report: &str) -> ! {
    eprintln!("{report}");
    std::process::exit(1);
}
