// Performance figures for Interview Deck, printed, never asserted: `make bench` runs this.
//
//   node scripts/bench.mjs DIST SYNTHETIC_DIST
//
// DIST is the release build for /interview-deck/; SYNTHETIC_DIST the same build with the bank
// padded to 5,000 questions (INTERVIEW_DECK_SYNTHETIC_QUESTIONS), for search and storage at
// scale. Measures: sizes (raw, gzip, brotli; the bank's text alone), the bytes a fresh visit
// downloads until home, a deep link and practice can be used, time to the first question
// list, p50/p95 of flip, grade and route change over 100 repetitions, search keystroke latency
// at the synthetic bank's size, storage at 1,000 real cards x 50 reviews (decoding and replaying
// apart), and Lighthouse (mobile).
//
// What the app defines is read from the pages, never repeated here: the bank's size (the list's
// "Showing N of TOTAL"), the list's page size (the cards shown before "Show more"), the new-card
// limit (the setting's own maximum), question ids (the list's cards) and the progress document's
// storage key (where the app saves a star). Waits are for something the page shows or does.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';

const [dist, syntheticDist] = process.argv.slice(2);
const BASE = '/interview-deck/';
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPEAT = 100;
// Storage at scale: this many real question ids, each with this many reviews.
const CARDS = 1000;
const REVIEWS = 50;
// Page loads per stored-progress variant.
const LOADS = 9;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(2)} ms, p95 ${pct(s, 95).toFixed(2)} ms (n=${s.length})`;
};

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

function sizes() {
  console.log('\n== Sizes (dist/) ==');
  const rows = walk(dist).map((file) => {
    const data = fs.readFileSync(file);
    return [path.relative(dist, file), data.length, gzip(data), brotli(data)];
  }).sort();
  // Pre-rendered pages other than the entry points are summarised: one line each would be a
  // hundred lines.
  const page = (name) => name.endsWith('.html') && !['index.html', '404.html'].includes(name);
  const listed = rows.filter((r) => !page(r[0]));
  const w = Math.max(...listed.map((r) => r[0].length));
  console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const [name, raw, gz, br] of listed) {
    console.log(`${name.padEnd(w)}  ${kb(raw).padStart(10)}  ${kb(gz).padStart(10)}  ${kb(br).padStart(10)}`);
  }
  const pages = rows.filter((r) => page(r[0]));
  const questions = pages.filter((r) => r[0].startsWith('q/')).map((r) => r[2]).sort((a, b) => a - b);
  for (const [name, raw, gz] of pages.filter((r) => !r[0].startsWith('q/'))) {
    console.log(`pre-rendered ${name}: ${kb(raw)} raw, ${kb(gz)} gzip`);
  }
  if (questions.length) {
    console.log(`pre-rendered question pages: ${questions.length}, gzip min ${kb(questions[0])}, median ${kb(questions[questions.length >> 1])}, max ${kb(questions[questions.length - 1])}`);
  }
  const all = rows.reduce((a, r) => [a[0] + r[1], a[1] + r[2]], [0, 0]);
  console.log(`whole dist/: ${rows.length} files, ${kb(all[0])} raw, ${kb(all[1])} gzip`);
  // All the code a visit may ever load (every split module too), and the guides' text apart.
  const code = rows.filter((r) => /\.(js|wasm|css)$/.test(r[0]) || r[0] === 'index.html');
  const codeTotal = code.reduce((a, r) => [a[0] + r[1], a[1] + r[2], a[2] + r[3]], [0, 0, 0]);
  console.log(`whole site code (index.html, js, css, ${code.filter((r) => r[0].endsWith('.wasm')).length} wasm modules; budget 350 KB gzip): ${kb(codeTotal[0])} raw, ${kb(codeTotal[1])} gzip, ${kb(codeTotal[2])} brotli`);
  const guides = rows.filter((r) => /^bank-[0-9a-f]{16}\.txt$/.test(r[0]));
  const guideTotal = guides.reduce((a, r) => [a[0] + r[1], a[1] + r[2]], [0, 0]);
  console.log(`guide text files: ${guides.length}, ${kb(guideTotal[0])} raw, ${kb(guideTotal[1])} gzip (largest ${kb(Math.max(...guides.map((r) => r[2])))} gzip)`);
  const bank = Buffer.concat(walk('assets/questions').filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(f)));
  console.log(`bank text alone (all question files): ${kb(bank.length)} raw, ${kb(gzip(bank))} gzip`);
}

// Lighthouse's mobile network: 1.6 Mbps down, 750 kbps up, 150 ms round trips.
const SLOW_NETWORK = { download: 1.6e6 / 8, upload: 750e3 / 8, latency: 150 };

// Bytes on the wire (as served, gzip; headers included, from the page's Resource Timing) until
// each moment, every one in a fresh browser context (no cache, no service worker yet; the
// worker's own precaching runs outside the page and is not counted), on a throttled network
// (`SLOW_NETWORK`), so what is counted is what
// had to arrive first. The page itself plays the user: as soon as the app (not the pre-rendered
// copy) shows what a step waits for, it presses that step's key, so what the app fetches
// afterwards (the user's data, loaded once the page is up) is not counted as on the way. A
// measure marked `early` accepts the pre-rendered page too, whose own script answers the keys
// its controls announce (scripts/page/keys.js): there the key is pressed every 50 ms, as an
// impatient reader would, until it works.
async function budgets(url) {
  console.log('\n== Critical path: bytes on the wire until the page can be used (fresh visit, throttled) ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  // `steps`: [selector, key] pairs, the last one without a key: the moment measured.
  const measure = async (what, budget, path, steps, early = false) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.emulateNetworkConditions(SLOW_NETWORK);
    await page.evaluateOnNewDocument((steps, early) => {
      let step = 0;
      let repeat;
      const usable = () => early || !document.getElementById('shell');
      const advance = (observer) => {
        const [selector, key] = steps[step];
        if (window.__ready || !usable() || !document.querySelector(selector)) return;
        clearInterval(repeat);
        if (key) {
          step += 1;
          const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          if (early) repeat = setInterval(press, 50);
          else setTimeout(press);
          return;
        }
        const now = performance.now();
        window.__ready = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.responseEnd > 0 && e.responseEnd <= now)
          .map((e) => [e.name.split('/').pop() || e.name, e.transferSize]);
        window.__readyAt = now;
        observer.disconnect();
      };
      new MutationObserver((_, observer) => advance(observer))
        .observe(document, { subtree: true, childList: true, attributes: true });
    }, steps, early);
    await page.goto(url + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => window.__ready, { timeout: 120_000 });
    const [responses, ms] = await page.evaluate(() => [window.__ready, window.__readyAt]);
    const total = responses.reduce((sum, [, n]) => sum + n, 0);
    const wasm = responses.filter(([name]) => name.endsWith('.wasm')).length;
    console.log(`${what}: ${kb(total)} in ${responses.length} responses (${wasm} wasm modules), ${Math.round(ms)} ms${budget ? ` (budget ${budget} KB)` : ''}`);
    if (process.env.BENCH_RESPONSES) {
      for (const [name, n] of [...responses].sort((a, b) => b[1] - a[1])) console.log(`    ${kb(n).padStart(9)}  ${name}`);
    }
    await context.close();
  };
  await measure('/ until its first button works', 200, '', [['#main .button']]);
  await measure('/q/<id> until Space reveals the guide', 230, 'q/sql-vs-nosql',
    [['details.guide-box', ' '], ['details.guide-box[open] .key-points li']], true);
  await measure('/q/<id> until the app answers Space (its status, star and notes follow)', 0, 'q/sql-vs-nosql',
    [['#main details.guide-box', ' '], ['#main details.guide-box[open] .key-points li']]);
  await measure('/practice until the first card can be graded', 250, 'practice',
    [['#main .start', 'Enter'], ['#main .flashcard', ' '], ['#main .grade-bar']]);
  await browser.close();
}

// The home page on a slow phone, in a real browser rather than Lighthouse's simulation: the
// network throttled as in `budgets`, the CPU four times slower, five fresh visits, medians of
// the first paint (the pre-rendered page) and of the app having taken it over.
async function startup(url) {
  console.log('\n== Start-up of the home page, throttled network and CPU (×4), median of 5 visits ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.emulateNetworkConditions(SLOW_NETWORK);
    await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      new MutationObserver(() => {
        if (!window.__app && !document.getElementById('shell') && document.querySelector('#main .button')) window.__app = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => window.__app && window.__fcp, { timeout: 120_000 });
    runs.push(await page.evaluate(() => [window.__fcp, window.__app]));
    await context.close();
  }
  await browser.close();
  console.log(`first contentful paint: ${summary(runs.map((r) => r[0]))}`);
  console.log(`the app has taken the page over: ${summary(runs.map((r) => r[1]))}`);
}

let nextPort = 20000 + (process.pid % 10000) * 2;

async function serve(dir) {
  const port = nextPort++;
  const server = spawn('python3', ['scripts/serve.py', dir, '--base', BASE, '--port', String(port), '--quiet'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { await fetch(`http://127.0.0.1:${port}${BASE}`); return { server, url: `http://127.0.0.1:${port}${BASE}` }; }
    catch { await new Promise((r) => setTimeout(r, 50)); }
  }
  throw new Error('server did not start');
}

// The app's own list (#main), not the pre-rendered page it replaces.
const CARD = '#main .question-list > li';

// The bank's size and the list's page size, as the question list shows them once it has
// rendered its first page: "Showing N of TOTAL questions", and TOTAL minus the "Show more (M not
// shown)" count (the whole list when there is no "Show more").
async function listFacts(page) {
  await page.waitForSelector('#main .result-count');
  await page.waitForSelector(CARD);
  const number = (text, pattern) => Number(text.match(pattern)[1].replace(/,/g, ''));
  const shown = await page.$eval('#main .result-count', (e) => e.textContent);
  const total = number(shown, /of ([\d,]+)/);
  const more = await page.$('#show-more');
  const notShown = more ? number(await more.evaluate((e) => e.textContent), /\(([\d,]+)/) : 0;
  const pageSize = total - notShown;
  await page.waitForFunction((n) => document.querySelectorAll('.question-list > li').length === n,
    { timeout: 60000 }, pageSize);
  return { total, pageSize, shown: shown.trim() };
}

// Resolves once the page's main thread has been idle for `quiet` ms: the time Chromium counts as
// spent running the page's tasks (DevTools `Performance.getMetrics`, TaskDuration) grew by less
// than 5% of that window. Polled, never a fixed wait.
async function waitForIdle(page, quiet = 250, timeout = 60000) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics
    .find((m) => m.name === 'TaskDuration').value * 1000;
  const start = Date.now();
  let last = await busy();
  for (;;) {
    await new Promise((r) => setTimeout(r, quiet));
    const now = await busy();
    if (now - last < quiet * 0.05) break;
    if (Date.now() - start > timeout) throw new Error('the page never went idle');
    last = now;
  }
  await cdp.detach();
}

// In the page: run `act`, then wait (without timer clamping) until `done()` holds; ms taken.
const timeIt = `window.__timeIt = async (act, done) => {
  const channel = new MessageChannel();
  const tick = () => new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
  const t0 = performance.now();
  act();
  while (!done()) { await Promise.resolve(); if (!done()) await tick(); }
  return performance.now() - t0;
};
window.__key = (key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));`;

async function interactions(url) {
  console.log('\n== Interactions (headless Chromium, release build) ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(`new MutationObserver((_, o) => {
    if (document.querySelector('.question-list li')) { window.__firstList = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true });`);
  const firsts = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${url}questions`, { waitUntil: 'load' });
    await page.waitForSelector('.question-list li');
    firsts.push(await page.evaluate(() => window.__firstList));
  }
  console.log(`navigation to the first question list on screen (the pre-rendered page's): ${summary(firsts)}`);
  const { total: bankSize } = await listFacts(page);

  await page.goto(`${url}q/sql-vs-nosql`);
  // The app's own page, not the pre-rendered one it replaces.
  await page.waitForSelector('#main .reveal');
  await page.evaluate(timeIt);
  const flips = await page.evaluate(async (n) => {
    const out = [];
    const guide = () => document.querySelector('#main details.guide-box');
    for (let i = 0; i < n; i++) {
      const shown = guide().open;
      out.push(await window.__timeIt(() => window.__key(' '), () => guide().open !== shown));
    }
    return out;
  }, REPEAT);
  console.log(`flip (Space, show/hide the guide): ${summary(flips)}`);

  const routes = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = document.querySelector('#main h1').textContent;
      const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
      out.push(await window.__timeIt(() => window.__key(key), () => {
        const h = document.querySelector('#main h1');
        return h && h.textContent !== before;
      }));
    }
    return out;
  }, REPEAT);
  console.log(`route change (arrow key to the next question): ${summary(routes)}`);

  await page.evaluate(() => localStorage.clear());
  await page.goto(`${url}practice`);
  await page.waitForSelector('.start');
  // As many new cards a day as the setting allows (its field's maximum), set as a user does, so
  // that one session has enough cards to grade.
  await page.click('details.settings summary');
  const limit = Number(await page.$eval('#setting-new', (e) => e.max));
  await page.$eval('#setting-new', (e, n) => {
    e.value = String(n);
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }, limit);
  await page.waitForFunction((n) => document.querySelector('#new-count').textContent.trim() === String(n),
    {}, Math.min(limit, bankSize));
  await page.evaluate(timeIt);
  await page.evaluate(() => window.__key('Enter'));
  await page.waitForSelector('.flashcard');
  const sessionCards = Number((await page.$eval('.session-count', (e) => e.textContent)).match(/of (\d+)/)[1]);
  const grades = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const card = document.querySelector('.flashcard');
      if (!card) break;
      window.__key(' ');
      do await new Promise((r) => requestAnimationFrame(r)); while (!document.querySelector('.grade-bar'));
      const id = card.dataset.id;
      out.push(await window.__timeIt(() => window.__key('3'), () => {
        const next = document.querySelector('.flashcard, .summary');
        return next && next.dataset.id !== id;
      }));
    }
    return out;
  }, Math.min(REPEAT, sessionCards));
  console.log(`grade (key 3, saved, next card shown): ${summary(grades)}`);
  await browser.close();
}

async function search(url) {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  await page.goto(`${url}questions`);
  await page.waitForSelector('#main #filter-search');
  const { total: bankSize, pageSize, shown: total } = await listFacts(page);
  console.log(`\n== Search with a synthetic bank of ${bankSize.toLocaleString('en')} questions ==`);
  // The page indexes the bank for search a slice per frame after it opens (about a second at
  // 5,000 questions); a keystroke before that finishes the index at once. Measure once the
  // indexing is over: when the page has stopped working.
  await waitForIdle(page);
  await page.evaluate(timeIt);
  const words = ['c', 'ca', 'cac', 'cach', 'cache', 'cache ', 'cache i', 'cache in', 'cache inv', 'cache inva'];
  const [first, full, frames] = await page.evaluate(async (words, n, pageSize) => {
    const input = document.getElementById('filter-search');
    // The longest gap between two animation frames while typing: the longest the page was
    // unresponsive, chunks rendered after the keystroke included.
    let last = performance.now();
    const gaps = [];
    let running = true;
    const frame = (t) => { gaps.push(t - last); last = t; if (running) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const firsts = [];
    const fulls = [];
    for (let i = 0; i < n; i++) {
      const text = words[i % words.length] + (i % 2 ? 'x' : '');
      const before = document.querySelector('.result-count').textContent;
      const t0 = performance.now();
      firsts.push(await window.__timeIt(() => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, () => document.querySelector('#filter-search').value === text
        && (document.querySelector('.result-count').textContent !== before || i === 0)));
      const count = () => Number(document.querySelector('.result-count').textContent.match(/Showing (\d+)/)[1]);
      await window.__timeIt(() => {}, () => document.querySelectorAll('.question-list > li').length === Math.min(count(), pageSize));
      fulls.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    running = false;
    return [firsts, fulls, gaps];
  }, words, REPEAT, pageSize);
  console.log(`${total} (${pageSize} cards a page)`);
  console.log(`keystroke to updated count and first cards: ${summary(first)}`);
  console.log(`keystroke to the whole first page of cards (built a chunk per frame): ${summary(full)}`);
  console.log(`time between frames while typing: ${summary(frames)}, longest ${Math.max(...frames).toFixed(1)} ms`);
  await browser.close();
}

// Storage at scale needs as many real question ids as cards, so it runs on the synthetic build.
// Load is timed three ways, so that decoding and replaying are seen apart: with nothing stored;
// with the logs stored under ids that are not in the bank (same size and text, so decoded, but no
// question replays them); and under real ids (decoded, and every log replayed to schedule its
// card). Saves are timed with the real ids.
async function storage(url) {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  await page.goto(`${url}questions`);
  const { total: bankSize, pageSize } = await listFacts(page);
  console.log(`\n== Storage at ${CARDS.toLocaleString('en')} cards x ${REVIEWS} reviews (real ids of a synthetic bank of ${bankSize.toLocaleString('en')} questions) ==`);
  if (bankSize < CARDS) throw new Error(`the bank has ${bankSize} questions; storage needs ${CARDS} real ids (the synthetic build)`);
  // Real ids, as the list shows them: "Show more" until there are enough cards.
  for (let shown = pageSize; shown < CARDS; shown = Math.min(bankSize, shown + pageSize)) {
    await page.click('#show-more');
    await page.waitForFunction((n) => document.querySelectorAll('.question-list > li').length >= n,
      { timeout: 60000 }, Math.min(bankSize, shown + pageSize));
  }
  const ids = (await page.$$eval(`${CARD}[data-id]`, (cards) => cards.map((c) => c.dataset.id))).slice(0, CARDS);
  // The progress document's key, as the app names it: star a card and see where that is saved.
  const before = await page.evaluate(() => Object.keys(localStorage));
  await page.click(`${CARD} .star`);
  const progressKey = await (await page.waitForFunction((before) =>
    Object.keys(localStorage).find((k) => !before.includes(k) && k.endsWith(':progress')), {}, before)).jsonValue();

  const [real, absent, size, setItem] = await page.evaluate((ids, reviews, key) => {
    // The same logs under either name: the app's ids are lower case, so upper case is no id of
    // the bank and has the same length.
    const documentOf = (name) => {
      const cards = {};
      ids.forEach((id, c) => {
        const log = [];
        for (let r = 0; r < reviews; r++) log.push(r === 0 ? 1750000000 + c : 86400 * (1 + (r % 20)) + 3601, 1 + (r % 4), 95, 11);
        cards[name(id)] = { l: log };
      });
      return JSON.stringify({ v: 1, cards });
    };
    const real = documentOf((id) => id);
    const absent = documentOf((id) => id.toUpperCase());
    const t0 = performance.now();
    localStorage.setItem(key, real);
    return [real, absent, real.length, performance.now() - t0];
  }, ids, REVIEWS, progressKey);
  console.log(`serialized: ${kb(size)}; raw localStorage.setItem: ${setItem.toFixed(1)} ms`);

  const variants = { none: null, absent, real };
  const loads = { none: [], absent: [], real: [] };
  const due = {};
  for (let i = 0; i < LOADS; i++) {
    for (const [name, text] of Object.entries(variants)) {
      await page.evaluate((key, text) => (text === null ? localStorage.removeItem(key) : localStorage.setItem(key, text)),
        progressKey, text);
      const t0 = Date.now();
      await page.goto(`${url}practice`);
      await page.waitForSelector('#due-count');
      loads[name].push(Date.now() - t0);
      due[name] = await page.$eval('#due-count', (e) => e.textContent.trim());
    }
  }
  const p50 = (xs) => pct([...xs].sort((a, b) => a - b), 50);
  console.log(`load, nothing stored (the page alone): ${summary(loads.none)}`);
  console.log(`load, the logs under ids not in the bank (decoded, not replayed): ${summary(loads.absent)}`);
  console.log(`load (navigation to practice page rendered, decoding and replaying every log): ${summary(loads.real)}`);
  console.log(`of which decoding (p50 not replayed minus p50 nothing stored): ${(p50(loads.absent) - p50(loads.none)).toFixed(2)} ms`);
  console.log(`of which replaying (p50 replayed minus p50 not replayed): ${(p50(loads.real) - p50(loads.absent)).toFixed(2)} ms`);
  console.log(`due on the practice page: ${due.real} with the logs replayed, ${due.absent} with them not replayed, ${due.none} with nothing stored`);

  // The last load above stored the real ids.
  await page.evaluate(timeIt);
  await page.evaluate(() => window.__key('Enter'));
  await page.waitForSelector('.flashcard');
  const saves = await page.evaluate(async (key) => {
    const out = [];
    for (let i = 0; i < 10; i++) {
      window.__key(' ');
      do await new Promise((r) => requestAnimationFrame(r)); while (!document.querySelector('.grade-bar'));
      const before = localStorage.getItem(key).length;
      out.push(await window.__timeIt(() => window.__key('3'),
        () => localStorage.getItem(key).length !== before));
    }
    return out;
  }, progressKey);
  console.log(`save (grade: encode all progress and write it): ${summary(saves)}`);
  await browser.close();
}

// A deep link to a question, unthrottled: when its title is in the page and painted (the
// pre-rendered page has it before the wasm runs), and when the app has taken over.
async function deepLink(url) {
  console.log('\n== Deep link to a question (unthrottled, 7 loads) ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const title = [], fcp = [], app = [], status = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(() => {
      const seen = () => {
        if (window.__title === undefined && document.querySelector('.question h1')) window.__title = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
    const response = await page.goto(`${url}q/sql-vs-nosql`, { waitUntil: 'load' });
    status.push(response.status());
    await page.waitForSelector('#main .question h1');
    await page.waitForFunction(() => window.__fcp !== undefined);
    const [t, f, ready] = await page.evaluate(() => [window.__title, window.__fcp, performance.now()]);
    title.push(t);
    fcp.push(f);
    app.push(ready);
    await context.close();
  }
  console.log(`HTTP status of the deep link: ${[...new Set(status)].join(', ')}`);
  console.log(`the question's title in the page: ${summary(title)}`);
  console.log(`first contentful paint: ${summary(fcp)}`);
  console.log(`the app has taken the page over (its own main rendered, measured after load): ${summary(app)}`);
  await browser.close();
}

// Lighthouse's simulated slow-4G mobile run, three times: the median of each figure.
const LIGHTHOUSE_RUNS = 3;

function lighthouse(url, what = 'home page') {
  console.log(`\n== Lighthouse 12.2.3 (mobile), ${what}, median of ${LIGHTHOUSE_RUNS} runs ==`);
  const out = '/tmp/interview-deck-lighthouse.json';
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    try {
      execFileSync('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
        `--chrome-flags=${FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      console.log(`lighthouse failed: ${String(e.stderr || e).slice(0, 300)}`);
      return;
    }
    runs.push(JSON.parse(fs.readFileSync(out, 'utf8')));
  }
  const median = (f) => [...runs.map(f)].sort((a, b) => a - b)[runs.length >> 1];
  const score = (id) => median((r) => Math.round(r.categories[id].score * 100));
  const ms = (id) => `${(median((r) => r.audits[id].numericValue) / 1000).toFixed(1)} s`;
  const all = (id) => runs.map((r) => Math.round(r.categories[id].score * 100)).join('/');
  console.log(`performance ${score('performance')} (runs: ${all('performance')}), accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`);
  console.log(`LCP ${ms('largest-contentful-paint')}, TBT ${Math.round(median((r) => r.audits['total-blocking-time'].numericValue))} ms, CLS ${median((r) => r.audits['cumulative-layout-shift'].numericValue).toFixed(3)}`);
  // The static first screen paints before the app runs; this is when the app itself is ready.
  console.log(`FCP ${ms('first-contentful-paint')}, time to interactive ${ms('interactive')} (runs: ${runs.map((r) => (r.audits.interactive.numericValue / 1000).toFixed(1)).join(', ')} s)`);
}

// BENCH_ONLY=search (or sizes, budgets, interactions, storage, deeplink, startup, lighthouse; comma-separated) runs a part.
// BENCH_RESPONSES=1 lists every response of the critical paths with its bytes on the wire.
const only = (part) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
if (only('sizes')) sizes();
const main = await serve(dist);
const synthetic = await serve(syntheticDist);
try {
  if (only('budgets')) await budgets(main.url);
  if (only('interactions')) await interactions(main.url);
  if (only('search')) await search(synthetic.url);
  if (only('storage')) await storage(synthetic.url);
  if (only('deeplink')) await deepLink(main.url);
  if (only('startup')) await startup(main.url);
  if (only('lighthouse')) {
    lighthouse(main.url);
    lighthouse(`${main.url}q/sql-vs-nosql`, 'a deep-linked question');
  }
} finally {
  main.server.kill();
  synthetic.server.kill();
}
