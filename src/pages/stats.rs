//! `/stats`: how the practice is going. Charts are inline SVG drawn here, each with a text
//! alternative for screen readers.

use crate::bank::{Category, BANK, TOPICS};
use crate::clock::offset_at;
use crate::review::{forecast, heatmap, retention, reviews_per_day, streak, time_spent, Mastery};
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;

/// Weeks shown in the activity heatmap.
const WEEKS: i64 = 26;
/// Days shown in the due forecast.
const FORECAST_DAYS: usize = 14;

#[component]
pub fn StatsPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let per_day = Memo::new(move |_| deck.progress().with(|p| reviews_per_day(p, &offset_at)));
    let today = move || deck.clock().with(|c| c.today());
    let total = move || deck.progress().with(|p| p.review_count());
    let kept = move || {
        deck.progress()
            .with(retention)
            .map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
    };
    let minutes = move || deck.progress().with(time_spent) / 60;
    let days = move || per_day.with(|d| streak(d, today()));

    view! {
        <h1>"Statistics"</h1>
        <dl class="stat-tiles">
            <div class="count-card"><dt>"Streak"</dt><dd class="count" id="stat-streak">{move || plural(days(), "day", "days")}</dd></div>
            <div class="count-card"><dt>"Reviews"</dt><dd class="count" id="stat-reviews">{total}</dd></div>
            <div class="count-card"><dt>"Retention (not Again)"</dt><dd class="count">{kept}</dd></div>
            <div class="count-card"><dt>"Time practising"</dt><dd class="count">{minutes} " min"</dd></div>
        </dl>
        <Heatmap per_day today=Signal::derive(today) />
        <Forecast />
        <MasteryTable />
    }
}

/// Reviews per day over the last 26 weeks, one square a day, Monday at the top.
#[component]
fn Heatmap(
    per_day: Memo<std::collections::BTreeMap<i64, u32>>,
    today: Signal<i64>,
) -> impl IntoView {
    let cells = move || per_day.with(|d| heatmap(d, today.get(), WEEKS));
    let description = move || {
        let cells = cells();
        let active = cells.iter().filter(|(_, n)| *n > 0).count();
        let reviews: u32 = cells.iter().map(|(_, n)| n).sum();
        let busiest = cells.iter().map(|(_, n)| *n).max().unwrap_or(0);
        format!(
            "Reviews per day over the last 26 weeks: {} on {}; the busiest day had {busiest}.",
            plural(reviews, "review", "reviews"),
            plural(active as i64, "day", "days")
        )
    };
    let level = |n: u32| match n {
        0 => 0,
        1..=2 => 1,
        3..=5 => 2,
        6..=10 => 3,
        _ => 4,
    };
    view! {
        <section aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">"Activity"</h2>
            <svg class="heatmap" viewBox=format!("0 0 {} 70", WEEKS * 10) role="img" aria-label=description>
                {move || cells().into_iter().enumerate().map(|(index, (_, count))| {
                    let (column, row) = (index / 7, index % 7);
                    view! {
                        <rect x=(column * 10).to_string() y=(row * 10).to_string() width="8" height="8" rx="1.5"
                            class=format!("heat-{}", level(count))>
                        </rect>
                    }
                }).collect_view()}
            </svg>
            <p class="hint">{description}</p>
        </section>
    }
}

/// Cards coming due on each of the next 14 days.
#[component]
fn Forecast() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let counts = move || {
        let today = deck.clock().with(|c| c.today());
        deck.infos()
            .with(|infos| forecast(infos.values(), today, FORECAST_DAYS))
    };
    let description = move || {
        let c = counts();
        let days: Vec<String> = c
            .iter()
            .enumerate()
            .map(|(i, n)| match i {
                0 => format!("today {n}"),
                1 => format!("tomorrow {n}"),
                _ => format!("in {} {n}", plural(i as i64, "day", "days")),
            })
            .collect();
        format!("Cards due: {}.", days.join(", "))
    };
    view! {
        <section aria-labelledby="forecast-title">
            <h2 id="forecast-title">"Due in the next 14 days"</h2>
            <svg class="bars" viewBox="0 0 280 110" role="img" aria-label=description>
                {move || {
                    let c = counts();
                    let top = c.iter().copied().max().unwrap_or(0).max(1);
                    c.into_iter().enumerate().map(|(i, n)| {
                        let height = (n * 80 / top).max(u32::from(n > 0));
                        view! {
                            <rect class="bar" x=(i * 20 + 2).to_string() y=(90 - height).to_string() width="16" height=height.to_string()></rect>
                            <text class="bar-label" x=(i * 20 + 10).to_string() y="104" text-anchor="middle">{if i == 0 { "T".to_string() } else { format!("+{i}") }}</text>
                            <text class="bar-value" x=(i * 20 + 10).to_string() y=(86 - height).to_string() text-anchor="middle">{if n > 0 { n.to_string() } else { String::new() }}</text>
                        }
                    }).collect_view()
                }}
            </svg>
        </section>
    }
}

/// Questions known well (interval of three weeks or more): the user's own, then the bank's by
/// category and by topic.
#[component]
fn MasteryTable() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let rows = move || {
        let own = deck.own_questions().get();
        deck.infos().with(|infos| {
            let mut groups: Vec<(String, Mastery)> = Vec::new();
            if !own.is_empty() {
                let mut m = Mastery::default();
                own.iter()
                    .filter_map(|q| infos.get(q.id))
                    .for_each(|i| m.add(i));
                groups.push(("Your questions".to_string(), m));
            }
            for category in Category::ALL {
                let mut m = Mastery::default();
                BANK.iter()
                    .filter(|q| q.category == category)
                    .filter_map(|q| infos.get(q.id))
                    .for_each(|i| m.add(i));
                groups.push((category.label().to_string(), m));
            }
            for topic in TOPICS {
                let mut m = Mastery::default();
                BANK.iter()
                    .filter(|q| q.topics.contains(&topic))
                    .filter_map(|q| infos.get(q.id))
                    .for_each(|i| m.add(i));
                groups.push((topic.label.to_string(), m));
            }
            groups
        })
    };
    view! {
        <section aria-labelledby="mastery-title">
            <h2 id="mastery-title">"Mastery"</h2>
            <table class="mastery">
                <thead><tr><th scope="col">"Group"</th><th scope="col">"Studied"</th><th scope="col">"Known well"</th></tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|(label, m)| view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td>{format!("{} of {}", m.studied, m.total)}</td>
                            <td>
                                <svg class="meter" viewBox="0 0 100 8" aria-hidden="true">
                                    <rect class="meter-track" width="100" height="8" rx="2"></rect>
                                    <rect class="meter-fill" width=m.percent().to_string() height="8" rx="2"></rect>
                                </svg>
                                {format!(" {}%", m.percent())}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
