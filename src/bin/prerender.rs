//! Writes every public page of the route table as a real HTML file into a built site, so that
//! GitHub Pages answers each address with 200 and the page's content before the wasm runs,
//! and search engines can read it. `make dist` runs it after Trunk:
//!
//! `prerender DIST --base /REPO/ [--site-url https://USER.github.io/REPO/]`
//!
//! The content is the app's own shared views (`interview_deck::views`) rendered by Leptos's
//! `ssr`, put into Trunk's `index.html` in place of its empty `<div id="shell">`; the app
//! removes that element when it starts and renders the same markup. GitHub Pages serves
//! `/REPO/q/<id>` from `q/<id>.html` with 200 (a folder with `index.html` would redirect to a
//! trailing slash), so every page is written as `<path>.html`.

use interview_deck::bank::search::escape_html as escape;
use interview_deck::bank::{Question, BANK, CHUNKS};
use interview_deck::paths::{base, set_base};
use interview_deck::review::Scope;
use interview_deck::routes::{Link, Page, PrintLayout};
use interview_deck::views::home::HomeContent;
use interview_deck::views::list::{FilterHandlers, ListHead, QuestionCard};
use interview_deck::views::print::{SheetOptions, StudySheet};
use interview_deck::views::question::QuestionArticle;
use interview_deck::views::shell::{SiteFooter, SiteHeader};
use interview_deck::views::star::StarToggle;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a page says to search engines and link previews.
struct Head {
    title: String,
    description: String,
}

/// One file to write: where, its head, and its body inside the shell.
struct Output {
    file: String,
    link: Option<Link>,
    head: Head,
    /// The guide text file the page shows (a question's), fetched in parallel with the app.
    preload: Option<&'static str>,
    body: String,
}

const LOADING: &str = r#"<p class="shell-loading" role="status">Loading the app…</p>"#;
const SITE_DESCRIPTION: &str = "Free, offline practice for backend developer interviews: real questions with full answer guides, key points, pitfalls and follow-ups.";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let Some(dist) = args.first().map(PathBuf::from) else {
        fail("usage: prerender DIST --base /REPO/ [--site-url https://…/]");
    };
    let base = option("--base").unwrap_or_else(|| "/".into());
    let site_url = option("--site-url")
        .filter(|u| !u.is_empty())
        .map(|u| format!("{}/", u.trim_end_matches('/')));
    if let Some(url) = &site_url {
        if !url.starts_with("https://") && !url.starts_with("http://") {
            fail(&format!("--site-url {url}: not an absolute http(s) URL"));
        }
    }
    set_base(&base);
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", template_path.display())));
    let shell = shell_span(&template).unwrap_or_else(|| {
        fail(&format!(
            "{}: no <div id=shell> to fill",
            template_path.display()
        ))
    });

    let outputs = pages();
    let mut bytes = 0;
    for page in &outputs {
        let html = fill(&template, shell.clone(), page, site_url.as_deref());
        bytes += html.len();
        write(&dist.join(&page.file), &html);
    }
    if let Some(site) = &site_url {
        write(&dist.join("sitemap.xml"), &sitemap(&outputs, site));
    }
    write(&dist.join("robots.txt"), &robots(site_url.as_deref()));
    println!(
        "prerender: {} pages ({:.0} KB) and robots.txt written under {base}{}",
        outputs.len(),
        bytes as f64 / 1024.0,
        site_url.map_or(
            String::from(" (no SITE_URL: no sitemap or absolute URLs)"),
            |u| format!(", sitemap.xml for {u}")
        ),
    );
}

/// Every public page (the interactive ones as a shell that says the app is loading), the
/// not-found shell last.
fn pages() -> Vec<Output> {
    let mut outputs = vec![Output {
        file: "index.html".into(),
        link: Some(Page::Home.link()),
        head: Head {
            title: Page::Home.title().into(),
            description: SITE_DESCRIPTION.into(),
        },
        preload: None,
        body: frame(Some(Page::Home), || {
            view! { <HomeContent practise=String::from("Practise") /> }
        }),
    }];
    outputs.push(Output {
        file: "questions.html".into(),
        link: Some(Page::Questions.link()),
        head: Head {
            title: Page::Questions.title().into(),
            description: format!(
                "All {} backend interview questions, each with why it is asked and a full answer guide.",
                BANK.len()
            ),
        },
        preload: None,
        body: frame(Some(Page::Questions), || {
            view! {
                <ListHead
                    scope=Scope::default()
                    shown=BANK.len()
                    total=BANK.len()
                    tags=Vec::new()
                    search=NodeRef::new()
                    handlers=FilterHandlers::inert()
                />
                <ul class="question-list">
                    {BANK.iter().map(|question| view! { <QuestionCard question star=unpressed_star /> }).collect_view()}
                </ul>
            }
        }),
    });
    outputs.extend(BANK.iter().map(question_page));
    outputs.push(Output {
        file: "print.html".into(),
        link: Some(Page::Print.link()),
        head: Head {
            title: Page::Print.title().into(),
            description: format!(
                "A printable study sheet of all {} questions with their answer guides.",
                BANK.len()
            ),
        },
        preload: None,
        body: frame(Some(Page::Print), || {
            view! {
                <StudySheet
                    questions=Signal::stored(BANK.iter().collect::<Vec<_>>())
                    options=SheetOptions {
                        scope: Signal::stored(Scope::default()),
                        layout: Signal::stored(PrintLayout::Guide),
                        date: Signal::stored(None),
                        with_answers: RwSignal::new(false),
                        answer: Callback::new(|_| None),
                    }
                />
            }
        }),
    });
    for page in Page::ALL {
        if matches!(
            page,
            Page::Home | Page::Questions | Page::Question | Page::Print
        ) {
            continue;
        }
        outputs.push(Output {
            file: format!("{}.html", page.segment()),
            link: Some(page.link()),
            head: Head {
                title: page.title().into(),
                description: SITE_DESCRIPTION.into(),
            },
            preload: None,
            body: frame(Some(page), || view! { <div inner_html=LOADING></div> }),
        });
    }
    outputs.push(Output {
        file: "404.html".into(),
        link: None,
        head: Head {
            title: Page::Home.title().into(),
            description: SITE_DESCRIPTION.into(),
        },
        preload: None,
        body: frame(None, || view! { <div inner_html=LOADING></div> }),
    });
    outputs
}

fn question_page(question: &'static Question) -> Output {
    let link = Link::question(question.id);
    Output {
        file: format!("{}.html", link.path().trim_start_matches('/')),
        head: Head {
            title: Page::title_of_path(link.path()),
            description: question.why().into(),
        },
        link: Some(link),
        preload: question.chunk().map(|chunk| CHUNKS[chunk].file),
        body: frame(Some(Page::Question), move || {
            view! { <QuestionArticle question open=RwSignal::new(false) star=unpressed_star /> }
        }),
    }
}

/// The star toggle as the app first draws it, so the title beside it wraps the same way.
fn unpressed_star() -> impl IntoView {
    view! { <StarToggle starred=false on_toggle=Callback::new(|()| {}) /> }
}

/// The header, the page's content in `<main>` and the footer, as the app lays them out. The
/// `<main>` has no `id="main"`: that one is the app's, so tests and scripts can tell the two
/// apart.
fn frame<V: IntoView + 'static>(
    current: Option<Page>,
    content: impl FnOnce() -> V + 'static,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        view! {
            <SiteHeader current=Signal::stored(current) />
            <main>{content()}</main>
            <SiteFooter on_shortcuts=Callback::new(|()| {}) />
        }
        .to_html()
    })
}

/// Where Trunk's `index.html` has the empty shell element (minified or not).
fn shell_span(html: &str) -> Option<std::ops::Range<usize>> {
    let id = html
        .find("id=shell")
        .or_else(|| html.find("id=\"shell\""))?;
    let start = html[..id].rfind("<div")?;
    let end = id + html[id..].find("</div>")? + "</div>".len();
    Some(start..end)
}

fn fill(
    template: &str,
    shell: std::ops::Range<usize>,
    page: &Output,
    site_url: Option<&str>,
) -> String {
    let mut html = String::with_capacity(template.len() + page.body.len());
    html.push_str(&template[..shell.start]);
    html.push_str(r#"<div id="shell" class="shell">"#);
    html.push_str(&page.body);
    html.push_str("</div>");
    html.push_str(&template[shell.end..]);
    let html = replace_between(&html, "<title>", "</title>", &escape(&page.head.title));
    let html = replace_meta(&html, "description", &page.head.description);
    let mut tags = String::new();
    if let (Some(site), Some(link)) = (site_url, &page.link) {
        let url = absolute(site, link);
        let title = escape(&page.head.title);
        let description = escape(&page.head.description);
        tags = format!(
            "<link rel=canonical href=\"{url}\"><meta property=og:type content=website>\
             <meta property=og:site_name content=\"Interview Deck\"><meta property=og:title content=\"{title}\">\
             <meta property=og:description content=\"{description}\"><meta property=og:url content=\"{url}\">\
             <meta name=twitter:card content=summary><meta name=twitter:title content=\"{title}\">\
             <meta name=twitter:description content=\"{description}\">"
        );
    }
    if let Some(file) = page.preload {
        let _ = write!(
            tags,
            "<link rel=preload href=\"{}/{file}\" as=fetch crossorigin>",
            base()
        );
    }
    html.replacen("</head>", &format!("{tags}</head>"), 1)
}

fn absolute(site: &str, link: &Link) -> String {
    format!("{site}{}", link.path().trim_start_matches('/'))
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    let (Some(start), Some(end)) = (html.find(open), html.find(close)) else {
        return html.to_string();
    };
    format!("{}{open}{with}{}", &html[..start], &html[end..])
}

/// Replaces the content of `<meta name=NAME content=…>`, however the minifier quoted it.
fn replace_meta(html: &str, name: &str, content: &str) -> String {
    let marker = [format!("name={name}"), format!("name=\"{name}\"")]
        .into_iter()
        .find_map(|m| html.find(&m));
    let Some(at) = marker else {
        return html.to_string();
    };
    let start = html[..at].rfind("<meta").unwrap_or(at);
    let end = at + html[at..].find('>').map_or(0, |e| e + 1);
    format!(
        "{}<meta name={name} content=\"{}\">{}",
        &html[..start],
        escape(content),
        &html[end..]
    )
}

/// Every page with an address, absolute under the site's URL (a sitemap takes nothing else).
fn sitemap(outputs: &[Output], site: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for link in outputs.iter().filter_map(|o| o.link.as_ref()) {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&absolute(site, link))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

fn robots(site_url: Option<&str>) -> String {
    match site_url {
        Some(site) => format!("User-agent: *\nAllow: /\nSitemap: {site}sitemap.xml\n"),
        None => "User-agent: *\nAllow: /\n".into(),
    }
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
