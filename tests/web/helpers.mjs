// Helpers for the site's browser tests: Chromium, axe-core, screenshots and measurements.
import { chromium } from 'playwright-core';
import axe from 'axe-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BASE = process.env.OPENLINE_SITE_URL ?? 'http://127.0.0.1:8000/';
export const SITE_DIR = process.env.OPENLINE_SITE_DIR ?? '../../target/site';
export const SHOTS = process.env.OPENLINE_SCREENSHOTS ?? '../../target/screenshots';
export const PHONE = { width: 390, height: 844 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The launch flags known to work on this machine: without the background-networking ones,
// Chromium tries to reach Google's hosts, which this closed network refuses.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A phone-sized browser context. */
export function phone(browser, options = {}) {
  return browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
}

/** Runs axe-core on the page; returns the violations of the WCAG 2.1 A and AA rules. */
export async function axeViolations(page) {
  await page.evaluate(axe.source);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** First paint and first contentful paint of the page's last navigation, in ms. */
export async function paints(page) {
  return page.evaluate(() => Object.fromEntries(
    performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime])));
}

/** Gzipped size in bytes of a file in the site. */
export function gzipped(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Every page of the built site, relative to its root. */
export function allPages(dir = SITE_DIR) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The site file a URL of the served site stands for. */
export function fileFor(url) {
  const path = new URL(url).pathname.replace(/^\//, '');
  return join(SITE_DIR, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
