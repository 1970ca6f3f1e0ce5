//! Every page of the app in one table: its path, its place in the navigation, its title, and
//! the only way to build a link to it. Pure Rust, so tests, benchmarks and build steps read the
//! same table the app routes with.
//!
//! A `Link` is an app path (`/q/sql-vs-nosql?…`). The browser side turns it into an `href`
//! under the base path or navigates to it (`paths.rs`); no other code writes a route string.

use crate::bank::question_by_id;
use crate::review::Scope;

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Questions,
    /// One question, by id: `/q/<id>`.
    Question,
    Practice,
    Mock,
    Stories,
    Tailor,
    Stats,
    Settings,
    /// A shared set of questions.
    Set,
    Print,
    /// Write or edit an own question (`?id=` to edit).
    Write,
    /// Import a list of own questions.
    Import,
}

impl Page {
    /// Every page, in the order the router tries them.
    pub const ALL: [Page; 13] = [
        Self::Home,
        Self::Questions,
        Self::Question,
        Self::Practice,
        Self::Mock,
        Self::Stories,
        Self::Tailor,
        Self::Stats,
        Self::Settings,
        Self::Set,
        Self::Print,
        Self::Write,
        Self::Import,
    ];

    /// Whether the main navigation links to it (in `ALL`'s order).
    pub fn in_nav(self) -> bool {
        !matches!(
            self,
            Self::Home | Self::Question | Self::Set | Self::Print | Self::Write | Self::Import
        )
    }

    /// Whether the page is drawn before the user's data is here, its parts that need it
    /// filling in once it arrives: the two pages people land on from outside, whose first use
    /// (a button, a guide) needs none of it. Every other page is built after it
    /// (`deck_loader`).
    pub fn shows_before_deck(self) -> bool {
        matches!(self, Self::Home | Self::Question)
    }

    /// The first path segment (`""` for home); a question page adds its id as a second one.
    pub fn segment(self) -> &'static str {
        match self {
            Self::Home => "",
            Self::Questions => "questions",
            Self::Question => "q",
            Self::Practice => "practice",
            Self::Mock => "mock",
            Self::Stories => "stories",
            Self::Tailor => "tailor",
            Self::Stats => "stats",
            Self::Settings => "settings",
            Self::Set => "set",
            Self::Print => "print",
            Self::Write => "write",
            Self::Import => "import",
        }
    }

    /// What the navigation calls it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Home => "Home",
            Self::Questions => "Questions",
            Self::Question => "Question",
            Self::Practice => "Practice",
            Self::Mock => "Mock",
            Self::Stories => "Stories",
            Self::Tailor => "Tailor",
            Self::Stats => "Stats",
            Self::Settings => "Settings",
            Self::Set => "Shared set",
            Self::Print => "Print",
            Self::Write => "Add a question",
            Self::Import => "Import questions",
        }
    }

    /// The browser tab's title on this page (a question page uses the question instead).
    pub fn title(self) -> &'static str {
        match self {
            Self::Home => "Interview Deck · backend developer interview practice",
            Self::Questions => "All questions · Interview Deck",
            Self::Question => "Question · Interview Deck",
            Self::Practice => "Practice · Interview Deck",
            Self::Mock => "Mock interview · Interview Deck",
            Self::Stories => "Your stories · Interview Deck",
            Self::Tailor => "Tailor to a job · Interview Deck",
            Self::Stats => "Statistics · Interview Deck",
            Self::Settings => "Settings · Interview Deck",
            Self::Set => "Shared set · Interview Deck",
            Self::Print => "Study sheet · Interview Deck",
            Self::Write => "Your question · Interview Deck",
            Self::Import => "Import your questions · Interview Deck",
        }
    }

    /// A link to this page, without a query. For a question, use `Link::question`.
    pub fn link(self) -> Link {
        match self {
            Self::Home => Link(String::from("/")),
            page => Link(format!("/{}", page.segment())),
        }
    }

    /// The page an app path (without base or query) shows, with the question id for
    /// `/q/<id>`; `None` for a path no page has.
    pub fn of_path(path: &str) -> Option<(Page, Option<&str>)> {
        let path = path.trim_end_matches('/');
        let mut segments = path.trim_start_matches('/').split('/');
        let first = segments.next().unwrap_or_default();
        let second = segments.next();
        if segments.next().is_some() {
            return None;
        }
        let page = Self::ALL.into_iter().find(|p| p.segment() == first)?;
        match (page, second) {
            (Self::Question, Some(id)) if !id.is_empty() => Some((page, Some(id))),
            (Self::Question, _) | (_, Some(_)) => None,
            (page, None) => Some((page, None)),
        }
    }

    /// The browser tab's title for an app path: the question's own title on a question page.
    pub fn title_of_path(path: &str) -> String {
        match Self::of_path(path) {
            Some((Self::Question, Some(id))) => question_by_id(id).map_or_else(
                || String::from("Question not found · Interview Deck"),
                |q| format!("{} · Interview Deck", q.title()),
            ),
            Some((page, _)) => page.title().to_string(),
            None => String::from("Page not found · Interview Deck"),
        }
    }
}

/// How the study sheet lays a set out on paper; kept in the print page's URL (`layout=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PrintLayout {
    /// Every question with its whole guide, flowing page after page, behind a cover and contents.
    #[default]
    Guide,
    /// Only the question, why it is asked and the key points, in two columns a topic a page:
    /// the whole bank to revise on the train.
    Revision,
}

impl PrintLayout {
    pub const ALL: [PrintLayout; 2] = [Self::Guide, Self::Revision];

    /// The value in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Guide => "guide",
            Self::Revision => "revision",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Guide => "Full guide",
            Self::Revision => "Revision sheet",
        }
    }

    /// The layout a `layout=` value asks for; anything else is the full guide, so an old or
    /// hand-edited link still prints.
    pub fn from_slug(slug: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|l| Some(l.slug()) == slug)
            .unwrap_or_default()
    }
}

/// A place in the app: a page with its query string. Only `Page::link` and `Link::question`
/// make one, so every link names a real page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link(String);

impl Link {
    /// The page of one question, by its id.
    pub fn question(id: &str) -> Link {
        Link(format!("/{}/{id}", Page::Question.segment()))
    }

    /// The editor of an own question.
    pub fn edit(id: &str) -> Link {
        Link(format!("{}?id={id}", Page::Write.link().0))
    }

    /// The study sheet of a set in a layout (the full guide is the default and not written).
    pub fn print(scope: &Scope, layout: PrintLayout) -> Link {
        let mut link = Page::Print.link().scoped(scope);
        if layout != PrintLayout::Guide {
            let joiner = if link.0.contains('?') { '&' } else { '?' };
            link.0.push(joiner);
            link.0.push_str("layout=");
            link.0.push_str(layout.slug());
        }
        link
    }

    /// The same page narrowed to a selection of questions, carried in its query string.
    pub fn scoped(mut self, scope: &Scope) -> Link {
        self.0.push_str(&scope.to_query_string());
        self
    }

    /// The app path, without the base the site is served under.
    pub fn path(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::{Link, Page, PrintLayout, Scope};
    use crate::bank::BANK;

    #[test]
    fn every_page_link_leads_back_to_its_page() {
        for page in Page::ALL.into_iter().filter(|p| *p != Page::Question) {
            assert_eq!(
                Page::of_path(page.link().path()),
                Some((page, None)),
                "{page:?}"
            );
        }
        let question = &BANK[0];
        assert_eq!(
            Page::of_path(Link::question(question.id).path()),
            Some((Page::Question, Some(question.id)))
        );
    }

    #[test]
    fn unknown_paths_have_no_page() {
        for path in ["/nope", "/q", "/q/", "/questions/extra", "/q/a/b"] {
            assert_eq!(Page::of_path(path), None, "{path}");
        }
    }

    #[test]
    fn a_question_page_is_titled_by_its_question() {
        let question = &BANK[0];
        let title = Page::title_of_path(Link::question(question.id).path());
        assert!(title.starts_with(question.title()), "{title}");
        assert!(Page::title_of_path("/q/no-such-id").contains("not found"));
        assert_eq!(Page::title_of_path("/stats"), "Statistics · Interview Deck");
    }

    #[test]
    fn a_scope_follows_the_path_as_its_query() {
        let scope = Scope {
            starred: true,
            ..Scope::default()
        };
        assert_eq!(
            Page::Practice.link().scoped(&scope).path(),
            "/practice?starred=1"
        );
        assert_eq!(Page::Mock.link().scoped(&Scope::default()).path(), "/mock");
    }

    #[test]
    fn a_print_link_keeps_its_set_and_layout() {
        let scope = Scope {
            starred: true,
            ..Scope::default()
        };
        assert_eq!(
            Link::print(&scope, PrintLayout::Guide).path(),
            "/print?starred=1"
        );
        assert_eq!(
            Link::print(&scope, PrintLayout::Revision).path(),
            "/print?starred=1&layout=revision"
        );
        assert_eq!(
            Link::print(&Scope::default(), PrintLayout::Revision).path(),
            "/print?layout=revision"
        );
        for layout in PrintLayout::ALL {
            assert_eq!(PrintLayout::from_slug(Some(layout.slug())), layout);
        }
        assert_eq!(PrintLayout::from_slug(Some("poster")), PrintLayout::Guide);
        assert_eq!(PrintLayout::from_slug(None), PrintLayout::Guide);
    }
}
