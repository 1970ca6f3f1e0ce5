// Performance figures for Interview Deck, printed, never asserted: `make bench` runs this.
//
//   node scripts/bench.mjs DIST SYNTHETIC_DIST
//
// DIST is the release build for /interview-deck/; SYNTHETIC_DIST the same build with the bank
// padded to 5,000 questions (INTERVIEW_DECK_SYNTHETIC_QUESTIONS), for search at scale.
// Measures: sizes (raw, gzip, brotli; the bank's text alone), time to the first question list,
// p50/p95 of flip, grade and route change over 100 repetitions, search keystroke latency with
// 5,000 questions, storage at 1,000 cards x 50 reviews, and Lighthouse (mobile).
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
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const [name, raw, gz, br] of rows) {
    console.log(`${name.padEnd(w)}  ${kb(raw).padStart(10)}  ${kb(gz).padStart(10)}  ${kb(br).padStart(10)}`);
  }
  const loaded = rows.filter((r) => /\.(html|js|wasm|css)$/.test(r[0]) && r[0] !== '404.html' && !r[0].startsWith('sw'));
  const total = loaded.reduce((a, r) => [a[0] + r[1], a[1] + r[2], a[2] + r[3]], [0, 0, 0]);
  console.log(`first load (html+js+wasm+css): ${kb(total[0])} raw, ${kb(total[1])} gzip, ${kb(total[2])} brotli`);
  const bank = Buffer.concat(walk('assets/questions').filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(f)));
  console.log(`bank text alone (all question files): ${kb(bank.length)} raw, ${kb(gzip(bank))} gzip`);
  console.log(`code share (first load minus bank text): ${kb(total[1] - gzip(bank))} gzip`);
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
  console.log(`navigation to first question list render: ${summary(firsts)}`);

  await page.goto(`${url}q/sql-vs-nosql`);
  await page.waitForSelector('.reveal');
  await page.evaluate(timeIt);
  const flips = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const shown = !document.getElementById('guide').hidden;
      out.push(await window.__timeIt(() => window.__key(' '), () => document.getElementById('guide').hidden === shown));
    }
    return out;
  }, REPEAT);
  console.log(`flip (Space, show/hide the guide): ${summary(flips)}`);

  const routes = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const before = document.querySelector('main h1').textContent;
      const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
      out.push(await window.__timeIt(() => window.__key(key), () => {
        const h = document.querySelector('main h1');
        return h && h.textContent !== before;
      }));
    }
    return out;
  }, REPEAT);
  console.log(`route change (arrow key to the next question): ${summary(routes)}`);

  await page.evaluate(() => localStorage.clear());
  await page.evaluate(() => localStorage.setItem('interview-deck:/interview-deck:settings', '{"v":1,"new_per_day":100}'));
  await page.goto(`${url}practice`);
  await page.waitForSelector('.start');
  await page.evaluate(timeIt);
  await page.evaluate(() => window.__key('Enter'));
  await page.waitForSelector('.flashcard');
  const grades = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const card = document.querySelector('.flashcard');
      if (!card) break;
      window.__key(' ');
      await new Promise((r) => requestAnimationFrame(r));
      const id = card.dataset.id;
      out.push(await window.__timeIt(() => window.__key('3'), () => {
        const next = document.querySelector('.flashcard, .summary');
        return next && next.dataset.id !== id;
      }));
    }
    return out;
  }, Math.min(REPEAT, 86));
  console.log(`grade (key 3, saved, next card shown): ${summary(grades)}`);
  await browser.close();
}

async function search(url) {
  console.log('\n== Search with a synthetic bank of 5,000 questions ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  await page.goto(`${url}questions`);
  await page.waitForSelector('#filter-search');
  // The page indexes the bank for search a slice per frame after it opens (about a second at
  // 5,000 questions); a keystroke before that finishes the index at once.
  await new Promise((r) => setTimeout(r, 2000));
  await page.evaluate(timeIt);
  const total = await page.evaluate(() => document.querySelector('.result-count').textContent);
  const words = ['c', 'ca', 'cac', 'cach', 'cache', 'cache ', 'cache i', 'cache in', 'cache inv', 'cache inva'];
  const [first, full, frames] = await page.evaluate(async (words, n) => {
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
      await window.__timeIt(() => {}, () => document.querySelectorAll('.question-list > li').length === Math.min(count(), 96)); // 96: PAGE in src/pages/questions.rs
      fulls.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    running = false;
    return [firsts, fulls, gaps];
  }, words, REPEAT);
  console.log(`${total.trim()}`);
  console.log(`keystroke to updated count and first cards: ${summary(first)}`);
  console.log(`keystroke to the whole first page of cards (built a chunk per frame): ${summary(full)}`);
  console.log(`time between frames while typing: ${summary(frames)}, longest ${Math.max(...frames).toFixed(1)} ms`);
  await browser.close();
}

async function storage(url) {
  console.log('\n== Storage at 1,000 cards x 50 reviews ==');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  await page.goto(`${url}practice`);
  await page.waitForSelector('.start, .practice-setup');
  const size = await page.evaluate(() => {
    const cards = {};
    for (let c = 0; c < 1000; c++) {
      const log = [];
      for (let r = 0; r < 50; r++) log.push(r === 0 ? 1750000000 + c : 86400 * (1 + (r % 20)) + 3601, 1 + (r % 4), 95, 11);
      cards[c < 86 ? `card-${c}` : `gone-question-${c}`] = { l: log };
    }
    const text = JSON.stringify({ v: 1, cards });
    const t0 = performance.now();
    localStorage.setItem('interview-deck:/interview-deck:progress', text);
    return [text.length, performance.now() - t0];
  });
  console.log(`serialized: ${kb(size[0])}; raw localStorage.setItem: ${size[1].toFixed(1)} ms`);
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await page.goto(`${url}practice`);
    await page.waitForSelector('#due-count');
    loads.push(Date.now() - t0);
  }
  console.log(`load (navigation to practice page rendered, decoding and replaying every log): ${summary(loads)}`);
  await page.evaluate(timeIt);
  await page.evaluate(() => window.__key('Enter'));
  await page.waitForSelector('.flashcard');
  const saves = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 10; i++) {
      window.__key(' ');
      await new Promise((r) => requestAnimationFrame(r));
      const before = localStorage.getItem('interview-deck:/interview-deck:progress').length;
      out.push(await window.__timeIt(() => window.__key('3'),
        () => localStorage.getItem('interview-deck:/interview-deck:progress').length !== before));
    }
    return out;
  });
  console.log(`save (grade: encode all progress and write it): ${summary(saves)}`);
  await browser.close();
}

function lighthouse(url) {
  console.log('\n== Lighthouse 12.2.3 (mobile) ==');
  const out = '/tmp/interview-deck-lighthouse.json';
  try {
    execFileSync('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
      `--chrome-flags=${FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.log(`lighthouse failed: ${String(e.stderr || e).slice(0, 300)}`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].displayValue;
  console.log(`performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`);
  console.log(`LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`);
  // The static first screen paints before the app runs; this is when the app itself is ready.
  console.log(`FCP ${audit('first-contentful-paint')}, time to interactive ${audit('interactive')}`);
}

// BENCH_ONLY=search (or sizes, interactions, storage, lighthouse; comma-separated) runs a part.
const only = (part) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
if (only('sizes')) sizes();
const main = await serve(dist);
const synthetic = await serve(syntheticDist);
try {
  if (only('interactions')) await interactions(main.url);
  if (only('search')) await search(synthetic.url);
  if (only('storage')) await storage(main.url);
  if (only('lighthouse')) lighthouse(main.url);
} finally {
  main.server.kill();
  synthetic.server.kill();
}
