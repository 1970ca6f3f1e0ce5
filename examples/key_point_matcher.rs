//! Prints the key-point matcher's precision and recall on the answers labelled by hand in
//! `tests/fixtures/answers.toml` (run by `make bench`).

#[path = "../tests/support/answers.rs"]
mod answers;

fn main() {
    let all = answers::load();
    let agreement = answers::agreement(&all);
    let labelled: usize = all.iter().map(|a| a.covers.len()).sum();
    println!(
        "key-point matcher: {} answers, {labelled} points labelled covered: precision {:.2}, recall {:.2} ({} hits, {} false alarms, {} misses)",
        all.len(),
        agreement.precision(),
        agreement.recall(),
        agreement.hits,
        agreement.false_alarms,
        agreement.misses,
    );
}
