//! The study sheet on paper: printed to PDF by Chromium, as "Print → Save as PDF" makes it,
//! and read back to see which page each question landed on.

use crate::harness::{run, Browser};
use crate::open_and_wait;
use interview_deck::bank::{by_main_topic, topic_by_id, Question, BANK};
use std::collections::{BTreeMap, BTreeSet};

/// What the tests read in a PDF from Chromium: its pages in order and where its internal
/// links lead. Chromium (Skia) writes the object dictionaries as plain text, one entry a line;
/// only the page contents are compressed.
struct Pdf(String);

impl Pdf {
    fn new(bytes: &[u8]) -> Self {
        Self(String::from_utf8_lossy(bytes).into_owned())
    }

    /// The text of object `n`, from `n 0 obj` to `endobj`.
    fn object(&self, n: u32) -> &str {
        let start = self
            .0
            .find(&format!("\n{n} 0 obj"))
            .unwrap_or_else(|| panic!("object {n} is missing"));
        let rest = &self.0[start..];
        &rest[..rest.find("endobj").expect("the object ends")]
    }

    /// The number of the object referred to right after `key` in `text` (`/Root 3 0 R`).
    fn reference(text: &str, key: &str) -> Option<u32> {
        let at = text.find(key)? + key.len();
        text[at..].split_whitespace().next()?.parse().ok()
    }

    fn catalog(&self) -> &str {
        let root = Self::reference(&self.0, "/Root ").expect("a catalog");
        self.object(root)
    }

    /// The page objects, in the order they print, from the page tree.
    fn pages(&self) -> Vec<u32> {
        let top = Self::reference(self.catalog(), "/Pages ").expect("a page tree");
        let mut pages = Vec::new();
        self.collect_pages(top, &mut pages);
        pages
    }

    fn collect_pages(&self, node: u32, pages: &mut Vec<u32>) {
        let text = self.object(node);
        let Some(kids) = text.contains("/Type /Pages").then(|| {
            let start = text.find("/Kids [").expect("a page node's kids") + "/Kids [".len();
            &text[start..start + text[start..].find(']').expect("the kids end")]
        }) else {
            pages.push(node);
            return;
        };
        let tokens: Vec<&str> = kids.split_whitespace().collect();
        for kid in tokens.chunks(3) {
            self.collect_pages(kid[0].parse().expect("a page reference"), pages);
        }
    }

    /// Every named destination (an element a link in the document points to) with its page,
    /// counted from 1.
    fn destinations(&self) -> BTreeMap<String, usize> {
        let pages = self.pages();
        let Some(dests) = Self::reference(self.catalog(), "/Dests ") else {
            return BTreeMap::new();
        };
        self.object(dests)
            .lines()
            .filter_map(|line| {
                let (name, target) = line
                    .trim_start_matches("<<")
                    .strip_prefix('/')?
                    .split_once(" [")?;
                let object: u32 = target.split_whitespace().next()?.parse().ok()?;
                let page = pages.iter().position(|p| *p == object)? + 1;
                Some((name.to_string(), page))
            })
            .collect()
    }
}

fn anchors(questions: &[&Question]) -> BTreeSet<String> {
    questions.iter().map(|q| format!("q-{}", q.id)).collect()
}

/// The cover's text, which only paper shows.
async fn cover_text(b: &Browser) -> String {
    let text = b
        .script("return document.querySelector('.cover').textContent;")
        .await;
    text.as_str().expect("the cover").to_string()
}

/// The contents' entries as printed: the anchor each leads to and the page number it shows.
async fn contents(b: &Browser) -> Vec<(String, String)> {
    let entries = b
        .script(
            "return [...document.querySelectorAll('.toc li')].map(li => [
                li.querySelector('a').getAttribute('href').slice(1),
                li.querySelector('.toc-page').textContent]);",
        )
        .await;
    serde_json::from_value(entries).expect("pairs of strings")
}

#[tokio::test]
async fn the_full_guide_has_a_cover_and_contents_whose_page_numbers_are_true() {
    run(async |b| {
        open_and_wait(b, "print").await;
        b.wait_count(".printed", BANK.len()).await;
        let cover = b.find(".cover").await.text().await.unwrap();
        assert_eq!(cover, "", "the cover is for paper only");
        let cover = cover_text(b).await;
        for part in [
            "Interview Deck",
            "full guide",
            "Every question of the bank",
            &format!("{} questions", BANK.len()),
        ] {
            assert!(
                cover.contains(part),
                "{part:?} is not on the cover: {cover}"
            );
        }
        assert!(
            cover.chars().filter(char::is_ascii_digit).count() >= 4 + 3,
            "a date: {cover}"
        );
        let pdf = b.print_to_pdf().await;
        let bytes = pdf.len();
        let pdf = Pdf::new(&pdf);
        let pages = pdf.pages().len();
        // The first sheet started every question on a new page: 2.07 pages a question (172
        // for 86, 315 for 152). The full guide, cover and contents included, must take at
        // most 60 % of that.
        assert!(
            pages > BANK.len() / 2,
            "{pages} pages: the sheet holds every guide"
        );
        assert!(
            pages * 100 <= BANK.len() * 124,
            "{pages} pages for {} questions",
            BANK.len()
        );

        let all: Vec<&Question> = BANK.iter().collect();
        let entries = contents(b).await;
        let listed: BTreeSet<String> = entries.iter().map(|(a, _)| a.clone()).collect();
        assert_eq!(
            listed,
            anchors(&all),
            "the contents list every question once"
        );
        assert_eq!(entries.len(), BANK.len());
        let landed = pdf.destinations();
        for (anchor, printed) in &entries {
            let page = landed
                .get(anchor)
                .unwrap_or_else(|| panic!("{anchor} is not in the PDF"));
            assert_eq!(
                printed,
                &page.to_string(),
                "the contents say {anchor} is on page {printed}"
            );
        }
        let first = &entries[0].1;
        assert!(
            first.parse::<usize>().unwrap() > 2,
            "the cover and contents come first, then page {first}"
        );
        println!("full guide: {pages} pages, {bytes} bytes");
    })
    .await;
}

#[tokio::test]
async fn the_revision_sheet_prints_the_key_points_a_topic_a_page() {
    run(async |b| {
        open_and_wait(b, "print").await;
        b.wait_count(".printed", BANK.len()).await;
        b.find("#layout-revision").await.click().await.unwrap();
        b.wait_path_and_query("/print?layout=revision").await;
        b.wait_count(".revised", BANK.len()).await;
        let all: Vec<&Question> = BANK.iter().collect();
        let topics = by_main_topic(&all).len();
        assert_eq!(b.count(".revision-topic").await, topics);
        assert_eq!(
            b.count(".revised .prose").await,
            0,
            "no answer guides, only key points"
        );
        let first = &BANK[0];
        let revised = b
            .find(&format!(".revised[data-id='{}']", first.id))
            .await
            .text()
            .await
            .unwrap();
        assert!(revised.contains(first.why()), "{revised}");
        assert!(
            b.count(".revised li").await >= BANK.len() * 3,
            "the key points are listed"
        );
        b.reload().await;
        b.wait_count(".revised", BANK.len()).await;

        let pdf = b.print_to_pdf().await;
        let bytes = pdf.len();
        let pages = Pdf::new(&pdf).pages().len();
        assert!(
            pages <= 1 + 2 * topics,
            "{pages} pages for {topics} topics and a cover"
        );
        println!("revision sheet: {pages} pages for {topics} topics, {bytes} bytes");
    })
    .await;
}

#[tokio::test]
async fn a_filtered_list_prints_exactly_its_questions() {
    let topic = topic_by_id("caching").expect("the caching topic");
    let expected: Vec<&Question> = BANK.iter().filter(|q| q.topics.contains(&topic)).collect();
    assert!(expected.len() > 3 && expected.len() < BANK.len() / 2);
    run(async |b| {
        open_and_wait(b, "questions?topic=caching").await;
        b.find("#print-these").await.click().await.unwrap();
        b.wait_path_and_query("/print?topic=caching").await;
        b.wait_count(".printed", expected.len()).await;
        let cover = cover_text(b).await;
        assert!(
            cover.contains(topic.label),
            "the cover names the set: {cover}"
        );
        assert!(
            cover.contains(&format!("{} questions", expected.len())),
            "{cover}"
        );
        let pdf = Pdf::new(&b.print_to_pdf().await);
        let landed: BTreeSet<String> = pdf.destinations().into_keys().collect();
        assert_eq!(
            landed,
            anchors(&expected),
            "the PDF holds exactly the filtered questions"
        );
        let printed: BTreeSet<String> = contents(b).await.into_iter().map(|(a, _)| a).collect();
        assert_eq!(printed, anchors(&expected));
    })
    .await;
}

#[tokio::test]
async fn paper_is_black_on_white_with_plain_links_and_no_controls_even_in_dark_mode() {
    run(async |b| {
        b.color_scheme("dark").await;
        open_and_wait(b, "print").await;
        b.wait_count(".printed", BANK.len()).await;
        let screen = b
            .script("return getComputedStyle(document.body).backgroundColor;")
            .await;
        assert_ne!(screen, "rgb(255, 255, 255)", "the screen is dark");
        b.print_media("dark").await;
        let paper = b
            .script(
                "const style = (css) => getComputedStyle(document.querySelector(css));
                 const link = style('.toc a');
                 return [style('body').color, style('body').backgroundColor, link.color,
                   link.textDecorationLine, style('.site-header').display,
                   style('.print-controls').display];",
            )
            .await;
        assert_eq!(
            paper,
            serde_json::json!([
                "rgb(0, 0, 0)",
                "rgb(255, 255, 255)",
                "rgb(0, 0, 0)",
                "none",
                "none",
                "none"
            ])
        );
    })
    .await;
}

#[tokio::test]
async fn own_answers_print_as_text_under_their_question_when_asked_for() {
    let question = &BANK[3];
    let hostile = "<img src=x onerror=\"document.title='pwned'\"> My answer: cache aside";
    run(async |b| {
        open_and_wait(b, &format!("q/{}", question.id)).await;
        b.find(".note-text").await.send_keys(hostile).await.unwrap();
        b.wait_text(".save-status", "Saved").await;
        open_and_wait(b, &format!("print?ids={}.{}", question.id, BANK[0].id)).await;
        b.wait_count(".printed", 2).await;
        assert_eq!(
            b.count(".own-answer").await,
            0,
            "answers print only when asked for"
        );
        b.find("#print-answers").await.click().await.unwrap();
        let printed = b
            .wait_text(
                &format!(".printed[data-id='{}'] .own-answer", question.id),
                "cache aside",
            )
            .await;
        assert!(
            printed.contains(hostile),
            "the answer prints as the text typed: {printed}"
        );
        assert_eq!(
            b.count(".own-answer").await,
            1,
            "only the question with an answer has one"
        );
        assert_eq!(b.count(".own-answer img").await, 0);
        b.find("#layout-revision").await.click().await.unwrap();
        b.wait_text(
            &format!(".revised[data-id='{}'] .own-answer", question.id),
            "cache aside",
        )
        .await;
    })
    .await;
}
