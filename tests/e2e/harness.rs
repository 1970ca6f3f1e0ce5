//! Runs a real headless Chromium against the release build, served under a sub-path by
//! `scripts/serve.py` exactly as GitHub Pages serves it (unknown paths answered with 404.html).
//!
//! `make test` builds the site into `$E2E_DIST` for the base `$E2E_BASE` and runs these tests.
//! Every scenario gets its own server, chromedriver and browser profile, and both processes are
//! killed (with the browser they started) when the scenario ends, also when it fails.
//!
//! Every scenario also ends with the same check, run by `run` after the scenario returns so that
//! none can forget it: no console error (a panic, a CSP violation, a failed request) and no
//! request to another origin, in any of its tabs. A scenario that provokes an error on purpose
//! names that error with `run_expecting`; every other error still fails it.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use interview_deck::progress::{backup_key, storage_key, StoredDocument};
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long anything may take to appear before a scenario fails.
const PATIENCE: Duration = Duration::from_secs(30);

/// A child process killed, with everything it started, when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn spawn(program: &str, args: &[&str]) -> Process {
    let child = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e} (run the tests with `make test`)"));
    Process(child)
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < PATIENCE,
            "{what} did not start listening on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The legacy log endpoint chromedriver still serves: the browser console, errors included.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// One scenario's browser, pointed at one server.
pub struct Browser {
    pub client: Client,
    origin: String,
    base: String,
    /// Addresses loaded directly; see `assert_clean`.
    opened: std::sync::Mutex<Vec<String>>,
    /// Requests to another origin made by pages this scenario has since left.
    foreign: std::sync::Mutex<Vec<String>>,
    _driver: Process,
    server: std::sync::Mutex<Option<Process>>,
    site_port: u16,
    _profile: TempDir,
}

/// A fresh browser profile directory, removed afterwards.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A console error a scenario provokes on purpose, let through by `run_expecting`.
#[derive(Debug, Clone, Copy)]
pub struct Expected {
    /// A part of the console message, as Chromium writes it. Only messages containing it are
    /// let through, so keep it as narrow as the error is.
    pub contains: &'static str,
    /// Why the scenario causes it; printed with the errors when the check fails.
    pub why: &'static str,
}

/// Starts the server, chromedriver and a browser session, runs `scenario`, checks that it left
/// no console error and no request to another origin (`Browser::assert_clean`), then closes
/// the session.
pub async fn run(scenario: impl AsyncFnOnce(&Browser)) {
    run_expecting(&[], scenario).await;
}

/// `run` for a scenario that provokes console errors on purpose (the server gone, for one):
/// messages matching one of `expected` are let through. They are allowed, not required, since
/// whether Chromium logs them can depend on timing; every other error still fails the scenario.
pub async fn run_expecting(expected: &[Expected], scenario: impl AsyncFnOnce(&Browser)) {
    session(Microphone::Allowed, expected, scenario).await;
}

/// `run` in a browser that refuses the microphone to every page.
pub async fn run_refusing_the_microphone(scenario: impl AsyncFnOnce(&Browser)) {
    session(Microphone::Refused, &[], scenario).await;
}

async fn session(
    microphone: Microphone,
    expected: &[Expected],
    scenario: impl AsyncFnOnce(&Browser),
) {
    let browser = Browser::start(microphone).await;
    scenario(&browser).await;
    browser.assert_clean(expected).await;
    let _ = browser.client.clone().close().await;
}

/// What the browser answers when a page asks for the microphone (a fake one, a tone).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Microphone {
    Allowed,
    /// As a user answering "Block" at the prompt.
    Refused,
}

impl Browser {
    async fn start(microphone: Microphone) -> Self {
        let dist =
            std::env::var("E2E_DIST").expect("E2E_DIST: the built site to test; run `make test`");
        let base = std::env::var("E2E_BASE").unwrap_or_else(|_| "/interview-deck/".into());
        let site_port = free_port();
        let server = spawn(
            "python3",
            &[
                "scripts/serve.py",
                &dist,
                "--base",
                &base,
                "--port",
                &site_port.to_string(),
                "--quiet",
            ],
        );
        let driver_port = free_port();
        let driver = spawn("chromedriver", &[&format!("--port={driver_port}")]);
        wait_for_port(site_port, "the site server");
        wait_for_port(driver_port, "chromedriver");

        let profile = std::env::temp_dir().join(format!("interview-deck-e2e-{site_port}"));
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1200,900", format!("--user-data-dir={}", profile.display()),
                    "--use-fake-device-for-media-stream",
                    if microphone == Microphone::Allowed {
                        "--use-fake-ui-for-media-stream"
                    } else {
                        "--deny-permission-prompts"
                    },
                ],
                "prefs": {
                    "download.default_directory": profile.join("downloads").display().to_string(),
                    "download.prompt_for_download": false,
                },
            }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .expect("a chromedriver session");
        Self {
            client,
            origin: format!("http://127.0.0.1:{site_port}"),
            base,
            opened: std::sync::Mutex::default(),
            foreign: std::sync::Mutex::default(),
            _driver: driver,
            server: std::sync::Mutex::new(Some(server)),
            site_port,
            _profile: TempDir(profile),
        }
    }

    /// Stops the site's server (the network is gone for this origin), then, with `dir`,
    /// serves that build at the same address: a new deploy.
    pub async fn replace_server(&self, dir: Option<&str>) {
        self.replace_server_with(dir, &[]).await;
    }

    /// Serves `dir` and holds back the files whose name matches the regular expression
    /// `pattern` while the file `flag` exists (`serve.py --hold`): a slow network for one part
    /// of the app.
    pub async fn serve_holding(&self, dir: &str, pattern: &str, flag: &std::path::Path) {
        let hold = format!("{pattern}={}", flag.display());
        self.replace_server_with(Some(dir), &["--hold", &hold])
            .await;
    }

    async fn replace_server_with(&self, dir: Option<&str>, extra: &[&str]) {
        drop(self.server.lock().expect("not poisoned").take());
        if let Some(dir) = dir {
            let port = self.site_port.to_string();
            let mut args = vec![
                "scripts/serve.py",
                dir,
                "--base",
                &self.base,
                "--port",
                &port,
                "--quiet",
            ];
            args.extend_from_slice(extra);
            let server = spawn("python3", &args);
            wait_for_port(self.site_port, "the site server");
            *self.server.lock().expect("not poisoned") = Some(server);
        }
    }

    /// Where the browser saves downloads.
    pub fn downloads(&self) -> std::path::PathBuf {
        self._profile.0.join("downloads")
    }

    /// Waits for a finished download whose name starts with `prefix` and returns its text.
    pub async fn downloaded(&self, prefix: &str) -> String {
        let start = Instant::now();
        loop {
            let done = std::fs::read_dir(self.downloads())
                .into_iter()
                .flatten()
                .flatten()
                .find(|e| {
                    let name = e.file_name().to_string_lossy().to_string();
                    name.starts_with(prefix) && !name.ends_with(".crdownload")
                });
            // Chromium can show the final name a moment before the text is in it.
            let text = done.and_then(|entry| std::fs::read_to_string(entry.path()).ok());
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                return text;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "no download named {prefix}… appeared"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The full URL of an in-app path such as `q/sql-vs-nosql` (relative to the base).
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}{}{}",
            self.origin,
            self.base,
            path.trim_start_matches('/')
        )
    }

    /// The path the app is served under, as the app itself sees it (`paths::base`): without
    /// the trailing slash, `""` at the root. Storage keys are made from it.
    pub fn base_path(&self) -> &str {
        self.base.trim_end_matches('/')
    }

    /// An in-app path (`/questions`) as the app's own links write it: under the base path.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base_path())
    }

    /// The localStorage key of a stored document under this base path, from the app's own
    /// naming (`progress::storage_key`).
    pub fn key<T: StoredDocument>(&self) -> String {
        storage_key(self.base_path(), T::NAME)
    }

    /// Where the app keeps an unreadable copy of a document (`progress::backup_key`).
    pub fn backup_key<T: StoredDocument>(&self) -> String {
        backup_key(self.base_path(), T::NAME)
    }

    /// Loads an in-app path as if typed into the address bar.
    pub async fn open(&self, path: &str) {
        self.leaving_page().await;
        let url = self.url(path);
        self.client.goto(&url).await.expect("navigation");
        self.opened.lock().expect("not poisoned").push(url);
    }

    /// Waits until an element matching `css` exists and returns it.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element `{css}` appeared: {e}"))
    }

    /// Waits until the element matching `css` shows `text` (somewhere in its text).
    pub async fn wait_text(&self, css: &str, text: &str) -> String {
        let start = Instant::now();
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(found) = element.text().await {
                    if found.contains(text) {
                        return found;
                    }
                    assert!(
                        start.elapsed() < PATIENCE,
                        "`{css}` shows {found:?}, never {text:?}"
                    );
                }
            }
            assert!(start.elapsed() < PATIENCE, "`{css}` never appeared");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// How many elements match `css` right now.
    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map_or(0, |all| all.len())
    }

    /// Waits until exactly `expected` elements match `css`.
    pub async fn wait_count(&self, css: &str, expected: usize) {
        let start = Instant::now();
        loop {
            let count = self.count(css).await;
            if count == expected {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "`{css}` matches {count} elements, expected {expected}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Presses one key on the page, as a user would (`' '`, or a `fantoccini::key::Key`).
    pub async fn press(&self, key: impl Into<char>) {
        let key = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("key press");
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn script(&self, js: &str) -> Value {
        self.client
            .execute(js, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{js}"))
    }

    /// The text stored under a localStorage key, if any.
    pub async fn stored(&self, key: &str) -> Option<String> {
        self.script(&format!("return localStorage.getItem({key:?});"))
            .await
            .as_str()
            .map(str::to_string)
    }

    /// A stored document, read with the app's own decoder; `None` when nothing is stored.
    pub async fn stored_document<T: StoredDocument>(&self) -> Option<T> {
        let key = self.key::<T>();
        let text = self.stored(&key).await?;
        match T::decode(&text) {
            Ok(document) => Some(document),
            Err(e) => panic!("the app cannot read what it stored under {key}: {e}\n{text}"),
        }
    }

    /// Waits until `probe` gives a value, polling it, and returns that value; `what` says in
    /// the failure what never happened.
    pub async fn wait_for<T>(&self, what: &str, mut probe: impl AsyncFnMut() -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(found) = probe().await {
                return found;
            }
            assert!(start.elapsed() < PATIENCE, "{what} never happened");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the stored document `T` satisfies `holds` (a save reached storage) and
    /// returns it.
    pub async fn wait_stored<T: StoredDocument>(
        &self,
        what: &str,
        holds: impl Fn(&T) -> bool,
    ) -> T {
        self.wait_for(what, async || {
            self.stored_document::<T>().await.filter(|d| holds(d))
        })
        .await
    }

    /// Waits until the form field matching `css` holds `value`.
    pub async fn wait_value(&self, css: &str, value: &str) {
        let start = Instant::now();
        loop {
            let field = self.find(css).await;
            let held = field.prop("value").await.ok().flatten();
            if held.as_deref() == Some(value) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "`{css}` holds {held:?}, never {value:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Reloads the page and waits until the app has rendered a heading again. The address is
    /// loaded directly, like one typed in.
    pub async fn reload(&self) {
        self.leaving_page().await;
        let url = self.client.current_url().await.expect("current url");
        self.opened
            .lock()
            .expect("not poisoned")
            .push(url.to_string());
        self.client.refresh().await.expect("reload");
        self.find("#main h1").await;
    }

    /// What the server sends for an in-app path, as a crawler or a browser without JavaScript
    /// gets it: the status and the body, no script run.
    pub fn fetch_raw(&self, path: &str) -> (u16, String) {
        use std::io::{Read, Write};
        let target = format!("{}{path}", self.base);
        let mut stream =
            TcpStream::connect(("127.0.0.1", self.site_port)).expect("the site server");
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .expect("a request");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("a response");
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, body.to_string())
    }

    /// Runs a Chrome DevTools command on the page and returns its result; `what` names it in
    /// the failure.
    async fn devtools(&self, cmd: &str, params: Value, what: &str) -> Value {
        let command = json!({ "cmd": cmd, "params": params });
        self.client
            .issue_cmd(Cdp(command))
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"))
    }

    /// Slows the network to `bytes_per_second` (with 200 ms of latency), or back to full speed
    /// with `None`: how a test gets time to act before the wasm arrives.
    pub async fn throttle(&self, bytes_per_second: Option<f64>) {
        self.devtools("Network.enable", json!({}), "network conditions")
            .await;
        let conditions = json!({
            "offline": false,
            "latency": if bytes_per_second.is_some() { 200 } else { 0 },
            "downloadThroughput": bytes_per_second.unwrap_or(-1.0),
            "uploadThroughput": bytes_per_second.unwrap_or(-1.0),
        });
        self.devtools(
            "Network.emulateNetworkConditions",
            conditions,
            "network conditions",
        )
        .await;
    }

    /// The page printed to PDF on A4, as "Print → Save as PDF" makes it.
    pub async fn print_to_pdf(&self) -> Vec<u8> {
        use base64::Engine;
        let paper = json!({ "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": true });
        let printed = self
            .devtools("Page.printToPDF", paper, "a printed PDF")
            .await;
        let data = printed["data"].as_str().expect("the PDF's data");
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64")
    }

    /// Switches JavaScript off for the pages this browser loads from now on.
    pub async fn without_javascript(&self) {
        let off = json!({ "value": true });
        self.devtools(
            "Emulation.setScriptExecutionDisabled",
            off,
            "scripts disabled",
        )
        .await;
    }

    /// Makes the page see `prefers-color-scheme: dark` (or light) on screen.
    pub async fn color_scheme(&self, scheme: &str) {
        self.emulate_media("", scheme).await;
    }

    /// Makes the page see print media, as the browser lays it out for paper, in a colour scheme.
    pub async fn print_media(&self, scheme: &str) {
        self.emulate_media("print", scheme).await;
    }

    /// Emulates a media type (`""`: the page's own) and colour scheme.
    async fn emulate_media(&self, media: &str, scheme: &str) {
        let media = json!({
            "media": media,
            "features": [{ "name": "prefers-color-scheme", "value": scheme }],
        });
        self.devtools("Emulation.setEmulatedMedia", media, "emulated media")
            .await;
    }

    /// Runs `js` in every page this browser opens from now on, before the page's own scripts.
    pub async fn before_every_page(&self, js: &str) {
        let script = json!({ "source": js });
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            script,
            "a script for new documents",
        )
        .await;
    }

    /// Runs axe-core (from npm, injected by WebDriver, so the page's CSP is not loosened) and
    /// returns a description of every WCAG 2.x A/AA violation.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string("node_modules/axe-core/axe.min.js")
            .expect("axe-core installed by `make test`");
        let script = format!(
            "{axe}\nconst done = arguments[arguments.length - 1];\n\
             axe.run(document, {{ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }})\n\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' → ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))\n\
               .catch(e => done(['axe failed: ' + e]));"
        );
        let result = self
            .client
            .execute_async(&script, vec![])
            .await
            .expect("axe ran");
        result
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect()
    }

    /// The page's current address, without the origin.
    pub async fn path_and_query(&self) -> String {
        let url = self.client.current_url().await.expect("current url");
        format!(
            "{}{}",
            url.path(),
            url.query().map(|q| format!("?{q}")).unwrap_or_default()
        )
    }

    /// Waits until the page's address (without the origin) ends with `suffix`.
    pub async fn wait_path_and_query(&self, suffix: &str) {
        let start = Instant::now();
        loop {
            let now = self.path_and_query().await;
            if now.ends_with(suffix) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the address is {now:?}, never ending with {suffix:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The addresses the current page requested from another origin (its resource timing
    /// entries). Pages of no origin of ours (the blank page a new tab starts with) have none.
    async fn foreign_requests(&self) -> Result<Vec<String>, fantoccini::error::CmdError> {
        let script = "const origin = arguments[0];\n\
            if (location.origin !== origin) return [];\n\
            return performance.getEntries().map(e => e.name)\n\
              .filter(n => /^[a-z]+:/.test(n) && !n.startsWith(origin + '/'));";
        let found = self
            .client
            .execute(script, vec![json!(self.origin)])
            .await?;
        Ok(found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|url| url.as_str().map(String::from))
            .collect())
    }

    /// Notes the current page's requests to other origins before it is left, since a page's
    /// resource timing entries go with it. A page that cannot run a script (one still loading)
    /// is passed over.
    async fn leaving_page(&self) {
        if let Ok(found) = self.foreign_requests().await {
            self.foreign.lock().expect("not poisoned").extend(found);
        }
    }

    /// Fails the scenario if the console of any tab logged an error (a panic, a CSP violation,
    /// a failed request) that is not `expected`, or if a page requested anything from another
    /// origin. `run` calls it when the scenario is over.
    ///
    /// One error is always expected and let through: an address with no page (an unknown id or
    /// path) loaded directly is answered with 404.html and status 404, as GitHub Pages does,
    /// and Chromium logs that status.
    async fn assert_clean(&self, expected: &[Expected]) {
        // Every tab still open, then back to the one the scenario ended in.
        let mut log = Vec::new();
        let mut foreign = self.foreign.lock().expect("not poisoned").clone();
        let current = self.client.window().await.expect("the current tab");
        for tab in self.client.windows().await.expect("the open tabs") {
            self.client
                .switch_to_window(tab)
                .await
                .expect("switching tabs");
            let entries = self
                .client
                .issue_cmd(BrowserLog)
                .await
                .expect("the browser log");
            log.extend(entries.as_array().cloned().unwrap_or_default());
            foreign.extend(self.foreign_requests().await.expect("resource entries"));
        }
        self.client
            .switch_to_window(current)
            .await
            .expect("switching back");

        let opened = self.opened.lock().expect("not poisoned").clone();
        let is_deep_link_404 = |message: &str| {
            opened.iter().any(|url| message == format!("{url} - Failed to load resource: the server responded with a status of 404 (Not Found)"))
        };
        let is_expected = |message: &str| expected.iter().any(|e| message.contains(e.contains));
        let errors: Vec<&Value> = log
            .iter()
            .filter(|entry| {
                let message = entry["message"].as_str().unwrap_or_default();
                entry["level"] == "SEVERE" && !is_deep_link_404(message) && !is_expected(message)
            })
            .collect();
        let allowed: Vec<String> = expected
            .iter()
            .map(|e| format!("{:?} ({})", e.contains, e.why))
            .collect();
        assert!(
            errors.is_empty(),
            "console errors: {errors:#?}\nlet through as expected: {allowed:#?}"
        );
        assert!(foreign.is_empty(), "requests left the origin: {foreign:?}");
    }
}
