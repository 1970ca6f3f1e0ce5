use super::search::{words, SearchIndex};
use super::*;
use std::collections::HashSet;

/// The original page the deck grew from, kept verbatim so the seed wording can be checked.
const SEED_PAGE: &str = include_str!("../../tests/fixtures/seed-page.txt");

/// `(number, question, why)` as printed on the seed page.
fn seed_page_questions() -> Vec<(u16, String, Option<String>)> {
    let lines: Vec<&str> = SEED_PAGE.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(number) = line
            .strip_prefix('Q')
            .and_then(|n| n.trim().parse::<u16>().ok())
        else {
            continue;
        };
        let why = lines
            .get(i + 2)
            .and_then(|l| l.strip_prefix("Why they ask this:* "))
            .map(str::to_string);
        out.push((number, lines[i + 1].to_string(), why));
    }
    out
}

fn seed_questions() -> Vec<&'static Question> {
    BANK.iter().filter(|q| q.source == Source::Seed).collect()
}

#[test]
fn the_seed_page_has_ten_questions_three_with_a_why() {
    let page = seed_page_questions();
    assert_eq!(page.len(), 10);
    assert_eq!(page.iter().filter(|(_, _, why)| why.is_some()).count(), 3);
}

#[test]
fn the_ten_seed_questions_come_first_with_their_exact_wording() {
    let page = seed_page_questions();
    let seeds = seed_questions();
    assert_eq!(seeds.len(), 10);
    for ((number, title, why), question) in page.iter().zip(&BANK[..10]) {
        assert_eq!(question.number, *number);
        assert_eq!(
            question.source,
            Source::Seed,
            "Q{number} is not a seed question"
        );
        assert_eq!(
            question.title(),
            title,
            "Q{number} wording differs from the seed page"
        );
        if let Some(why) = why {
            assert_eq!(
                question.why(),
                why,
                "Q{number} why differs from the seed page"
            );
        }
    }
}

#[test]
fn seed_categories_follow_the_page() {
    let categories: Vec<Category> = BANK[..10].iter().map(|q| q.category).collect();
    let expected = [
        [Category::Technical; 4].as_slice(),
        &[Category::Behavioral; 3],
        &[Category::Situational; 3],
    ]
    .concat();
    assert_eq!(categories, expected);
}

#[test]
fn ids_and_numbers_are_unique_and_numbers_follow_bank_order() {
    let ids: HashSet<&str> = BANK.iter().map(|q| q.id).collect();
    assert_eq!(ids.len(), BANK.len());
    for (index, question) in BANK.iter().enumerate() {
        assert_eq!(usize::from(question.number), index + 1);
    }
}

#[test]
fn every_question_has_a_full_guide() {
    for q in BANK {
        let body = q.body().unwrap();
        assert!(!body.guide.text().is_empty(), "{}", q.id);
        assert!((5..=8).contains(&body.key_points().len()), "{}", q.id);
        assert_eq!(q.key_point_count(), body.key_points().len(), "{}", q.id);
        assert!(body.follow_ups().len() >= 3, "{}", q.id);
        assert_eq!(body.signals().len(), 3, "{}", q.id);
        assert!(!q.why().is_empty(), "{}", q.id);
    }
}

#[test]
fn lookup_by_id_and_neighbours() {
    let first = &BANK[0];
    assert_eq!(question_by_id(first.id).map(|q| q.number), Some(1));
    assert!(question_by_id("no-such-question").is_none());
    assert_eq!(neighbours(first.id).0.map(|q| q.id), None);
    assert_eq!(neighbours(first.id).1.map(|q| q.id), Some(BANK[1].id));
    let last = BANK.last().unwrap();
    assert_eq!(neighbours(last.id).1.map(|q| q.id), None);
    let (previous, next) = neighbours("no-such-question");
    assert!(previous.is_none() && next.is_none());
}

#[test]
fn category_counts_add_up() {
    let total: usize = Category::ALL.into_iter().map(count_in).sum();
    assert_eq!(total, BANK.len());
}

#[test]
fn a_category_filter_keeps_only_that_category() {
    let filter = Filter {
        category: Some(Category::Behavioral),
        ..Filter::default()
    };
    let shown = filter.apply(bank_questions(), &SearchIndex::of(bank_questions()));
    assert_eq!(shown.len(), count_in(Category::Behavioral));
    assert!(shown.iter().all(|q| q.category == Category::Behavioral));
}

#[test]
fn a_topic_filter_keeps_questions_with_that_topic_anywhere() {
    let topic = topic_by_id("databases").unwrap();
    let shown = Filter {
        topic: Some(topic),
        ..Filter::default()
    }
    .apply(bank_questions(), &SearchIndex::of(bank_questions()));
    assert!(shown.iter().any(|q| q.id == "sql-vs-nosql"));
    assert!(shown.iter().any(|q| q.id == "slow-production-query"));
    assert!(shown.iter().all(|q| q.topics.contains(&topic)));
}

#[test]
fn text_search_is_case_insensitive_and_needs_every_word() {
    let one = Filter {
        text: "NoSQL".into(),
        ..Filter::default()
    }
    .apply(bank_questions(), &SearchIndex::of(bank_questions()));
    assert!(one.iter().any(|q| q.id == "sql-vs-nosql"));
    let both = Filter {
        text: "nosql  zzzz-not-a-word".into(),
        ..Filter::default()
    }
    .apply(bank_questions(), &SearchIndex::of(bank_questions()));
    assert!(both.is_empty());
}

#[test]
fn indexed_search_finds_exactly_the_questions_whose_words_contain_every_search_word() {
    let mut index = SearchIndex::default();
    while index.index_more(bank_questions(), 7) {}
    assert!(!index.index_more(bank_questions(), 1), "everything indexed");
    for query in [
        "cache",
        "CACHE inv",
        "s",
        "idempot",
        "zzzz",
        "p99 latency",
        "…",
        "(",
        "the of",
    ] {
        let expected: Vec<&str> = BANK
            .iter()
            .filter(|q| {
                let text: Vec<String> = words(&searchable(q)).collect();
                words(query).all(|w| text.iter().any(|word| word.contains(&w)))
            })
            .map(|q| q.id)
            .collect();
        let found: Vec<&str> = Filter {
            text: query.into(),
            ..Filter::default()
        }
        .apply(bank_questions(), &index)
        .iter()
        .map(|q| q.id)
        .collect();
        assert_eq!(found, expected, "{query}");
    }
}

#[test]
fn searchable_text_is_the_title_why_guide_and_key_points_without_markup() {
    let q = &BANK[0];
    let text = searchable(q);
    assert!(!text.contains('<'), "no markup");
    let searchable: Vec<String> = words(&text).collect();
    for source in [
        q.title().to_string(),
        q.why().to_string(),
        q.body().unwrap().key_points()[0].text(),
        q.body().unwrap().guide.text(),
    ] {
        for word in words(&source) {
            assert!(searchable.contains(&word), "{word:?} is searchable");
        }
    }
}

#[test]
fn titles_are_searchable_before_the_guides_are_indexed() {
    let guide = BANK[0].body().unwrap().guide.text();
    let probe = guide
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 9)
        .find(|w| {
            BANK.iter()
                .all(|q| !q.head_text().to_lowercase().contains(&w.to_lowercase()))
        })
        .unwrap();
    let search = |index: &SearchIndex, text: &str| {
        Filter {
            text: text.into(),
            ..Filter::default()
        }
        .apply(bank_questions(), index)
        .len()
    };
    let mut index = SearchIndex::default();
    index.index_heads(bank_questions());
    assert!(search(&index, BANK[0].title()) >= 1);
    assert_eq!(search(&index, probe), 0, "{probe} is only in a guide");
    while index.index_more(bank_questions(), 10) {}
    assert!(search(&index, probe) >= 1, "{probe}");
}

#[test]
fn text_search_reaches_into_the_answer_guide() {
    let guide = BANK[0].body().unwrap().guide.text();
    let probe = guide
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| w.len() > 7)
        .unwrap();
    let shown = Filter {
        text: probe.to_uppercase(),
        ..Filter::default()
    }
    .apply(bank_questions(), &SearchIndex::of(bank_questions()));
    assert!(
        shown.iter().any(|q| q.id == BANK[0].id),
        "searching {probe:?}"
    );
}

#[test]
fn filters_round_trip_through_the_query_string() {
    let filter = Filter {
        category: Some(Category::Technical),
        topic: topic_by_id("caching"),
        level: Some(Level::Senior),
        text: "cache stampede".into(),
        yours: true,
        tag: Some("Acme Pay".into()),
    };
    let pairs = filter.to_query_pairs();
    let read = Filter::from_query(|key| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    assert_eq!(read, filter);
}

#[test]
fn unknown_query_values_are_ignored() {
    let read = Filter::from_query(|key| {
        Some(if key == "q" {
            String::new()
        } else {
            "bogus".into()
        })
    });
    // An import name is free text, so any value names one (and matches none if unknown).
    assert_eq!(
        read,
        Filter {
            tag: Some("bogus".into()),
            ..Filter::default()
        }
    );
    assert!(Filter::default().to_query_pairs().is_empty());
}

#[test]
fn a_filter_becomes_a_shareable_query_string() {
    assert_eq!(Filter::default().to_query_string(), "");
    let filter = Filter {
        category: Some(Category::Situational),
        topic: None,
        level: Some(Level::Junior),
        text: "on call & more".into(),
        ..Filter::default()
    };
    assert_eq!(
        filter.to_query_string(),
        "?category=situational&level=junior&q=on+call+%26+more"
    );
}

/// The top topics the matcher finds in a job description, by id.
fn top_topics(job: &str, n: usize) -> Vec<&'static str> {
    match_topics(job)
        .into_iter()
        .take(n)
        .map(|m| m.topic.id)
        .collect()
}

#[test]
fn a_payments_job_asks_for_apis_databases_messaging_and_security() {
    let top = top_topics(include_str!("../../tests/fixtures/jd-payments.txt"), 4);
    for topic in ["api", "databases", "messaging", "security"] {
        assert!(top.contains(&topic), "{topic} missing from {top:?}");
    }
}

#[test]
fn a_platform_job_asks_for_observability_delivery_and_resilience() {
    let top = top_topics(include_str!("../../tests/fixtures/jd-platform.txt"), 3);
    for topic in ["observability", "delivery", "resilience"] {
        assert!(top.contains(&topic), "{topic} missing from {top:?}");
    }
}

#[test]
fn a_product_job_asks_for_legacy_code_collaboration_and_ownership() {
    let job = include_str!("../../tests/fixtures/jd-product.txt");
    let top = top_topics(job, 4);
    for topic in ["legacy-code", "collaboration", "ownership", "caching"] {
        assert!(top.contains(&topic), "{topic} missing from {top:?}");
    }
    assert!(
        !top_topics(job, 13).contains(&"messaging"),
        "the job never mentions messaging"
    );
}

#[test]
fn matching_shows_its_words_and_ranks_questions_by_them() {
    let matches =
        match_topics("We run Kafka and RabbitMQ; you will own our CI/CD pipeline. Kafka, again.");
    let messaging = matches
        .iter()
        .find(|m| m.topic.id == "messaging")
        .expect("messaging found");
    assert_eq!(messaging.hits, 3);
    assert!(messaging.words.contains(&"kafka") && messaging.words.contains(&"rabbitmq"));
    assert_eq!(matches[0].topic.id, "messaging");
    let ranked = rank_questions(bank_questions(), &matches);
    assert!(!ranked.is_empty());
    assert_eq!(
        ranked[0].0.topics[0].id, "messaging",
        "main-topic questions rank first"
    );
    assert!(ranked.windows(2).all(|w| w[0].1 >= w[1].1));
    assert!(match_topics("").is_empty());
    assert!(rank_questions(bank_questions(), &[]).is_empty());
}

/// The build checks the keywords' form; this checks that the matcher can find each one as
/// written (a keyword the tokenizer splits or trims differently would never match).
#[test]
fn every_topic_has_ten_keywords_that_the_matcher_finds() {
    for topic in TOPICS {
        assert!(topic.keywords.len() >= 10, "{}", topic.id);
        for keyword in topic.keywords {
            let matches = match_topics(&format!("We want {keyword}, please."));
            let found = matches.iter().find(|m| m.topic == topic);
            assert!(
                found.is_some_and(|m| m.words.contains(keyword)),
                "`{keyword}` does not match {}",
                topic.id
            );
        }
    }
}

#[test]
fn a_level_filter_keeps_only_questions_pitched_at_that_level() {
    for level in Level::ALL {
        let shown = Filter {
            level: Some(level),
            ..Filter::default()
        }
        .apply(bank_questions(), &SearchIndex::of(bank_questions()));
        let expected = BANK.iter().filter(|q| q.level == level).count();
        assert_eq!(shown.len(), expected, "{level:?}");
        assert!(shown.iter().all(|q| q.level == level));
    }
    assert_eq!(Level::from_slug(Level::Senior.slug()), Some(Level::Senior));
}

/// Everything search looks through for `q`: its title and why, then its guide.
fn searchable(q: &Question) -> String {
    format!("{} {}", q.head_text(), q.body().unwrap().searchable_text())
}

#[test]
fn grouping_by_main_topic_keeps_every_question_once_in_its_order() {
    let reversed: Vec<&Question> = BANK.iter().rev().collect();
    let groups = by_main_topic(&reversed);
    assert_eq!(
        groups.iter().map(|(_, qs)| qs.len()).sum::<usize>(),
        BANK.len()
    );
    for (topic, questions) in &groups {
        let topic = topic.expect("every bank question has a topic");
        assert!(
            questions.iter().all(|q| q.topics[0].id == topic.id),
            "{}",
            topic.id
        );
        assert!(
            questions.windows(2).all(|w| w[0].number > w[1].number),
            "{}",
            topic.id
        );
    }
    let order: Vec<usize> = groups
        .iter()
        .map(|(t, _)| {
            TOPICS
                .iter()
                .position(|x| Some(x.id) == t.map(|t| t.id))
                .unwrap()
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "topics in the bank's order"
    );
    assert!(by_main_topic(&[]).is_empty());
}
