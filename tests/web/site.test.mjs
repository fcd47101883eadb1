// The static site in a real browser (Debian's Chromium through playwright-core), at a phone's
// size: walks, numbers and links for two regions, ticking steps, the quick exit, offline use,
// privacy, and axe-core on every page visited. Prints page weight and first paint as
// `measure:` lines; they are measured, not asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import {
  BASE, SHOTS, SITE_DIR, allPages, axeViolations, fileFor, gzipped, kb, launch, median, paints, phone,
} from './helpers.mjs';

const EXIT_URL = 'https://www.google.com/search?q=weather';
let browser;
let context;
const painted = new Map();
const foreign = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  context = await phone(browser);
});

after(async () => {
  await browser?.close();
  report();
});

async function newPage(ctx = context) {
  const page = await ctx.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE)) foreign.push(request.url());
  });
  return page;
}

/** axe-core finds nothing; first paint recorded; a screenshot saved if named. */
async function check(page, shot) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${page.url()}`);
  painted.set(page.url(), await paints(page));
  if (shot) await screenshot(page, shot);
}

/** The page from the top, cut at a few screens so the long lists stay viewable. */
async function screenshot(page, name) {
  const height = await page.evaluate(() => {
    window.scrollTo(0, 0);
    return document.documentElement.scrollHeight;
  });
  const clip = { x: 0, y: 0, width: 390, height: Math.min(height, 4 * 844) };
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, clip });
}

/** Clicks the first link matching `selector` and waits for the page it leads to. */
async function follow(page, selector) {
  const link = page.locator(selector).first();
  const href = await link.evaluate((a) => a.href);
  await link.click();
  await page.waitForURL(href);
  await page.waitForLoadState('load');
}

const h1 = (page) => page.locator('h1').innerText();
const hrefs = (page, prefix) => page.locator(`a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('the root page offers every region', async () => {
  const page = await newPage();
  await page.goto(BASE);
  for (const region of ['gb', 'us', 'ca', 'au', 'nz', 'ie', 'intl']) {
    assert.equal(await page.locator(`a[href="en/${region}/index.html"]`).count(), 1, region);
  }
  await check(page, 'root');
  await page.close();
});

test('walk: home → teen → report → a platform page, with UK numbers', async () => {
  const page = await newPage();
  await page.goto(BASE);
  await follow(page, 'a[href="en/gb/index.html"]');
  await check(page, 'gb-home');
  await follow(page, 'main a[href="teen/index.html"]');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:999'), 'tel:999 on teen');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:08001111'), 'Childline on teen');
  assert.ok(!(await hrefs(page, 'tel:')).includes('tel:911'), 'no US number in the UK');
  const exit = page.locator('header a[data-exit]');
  assert.equal(await exit.getAttribute('href'), EXIT_URL);
  assert.equal(await exit.getAttribute('rel'), 'noopener noreferrer');
  await check(page, 'gb-teen');
  await follow(page, 'main a[href="../report/index.html"]');
  const ceop = page.locator('a[href^="https://www.ceop.police.uk/"]').first();
  assert.equal(await ceop.getAttribute('rel'), 'noopener noreferrer');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:999'));
  await check(page, 'gb-report');
  await follow(page, 'main a[href="instagram/index.html"]');
  assert.equal(await h1(page), 'Instagram');
  assert.equal(await page.locator('header a[data-exit]').count(), 1);
  assert.equal(await page.locator('header a.up').getAttribute('href'), '../index.html');
  await check(page, 'gb-instagram');
  await page.close();
});

test('walk: parent → an age → a starter', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/gb/index.html`);
  await follow(page, 'main a[href="parent/index.html"]');
  assert.equal(await page.locator('a[data-exit]').count(), 0, 'no quick exit for parents');
  // Unfiltered, the starters are an index of openers, each leading to its card.
  assert.ok(await page.locator('main a.row[href*="starter/"]').count() > 10);
  await check(page, 'gb-parent');
  await follow(page, 'main a[href="age-14-17/index.html"]');
  assert.ok(await page.locator('main article.card').count() > 5, 'an age shows full cards');
  await check(page, 'gb-parent-14-17');
  const opener = await page.locator('main a.opener').first().innerText();
  await follow(page, 'main a.opener');
  assert.equal(await page.locator('main article.card h2').innerText(), opener);
  await check(page, 'gb-starter');
  await page.close();
});

/** Taps the link named `name` and parses the calendar file it downloads. */
async function downloadCalendar(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'openline-reminders.ics');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

test('reminders: each choice downloads a calendar that parses as iCalendar and repeats', async () => {
  const page = await newPage(await phone(browser, { acceptDownloads: true }));
  await page.goto(`${BASE}en/gb/index.html`);
  await follow(page, 'main a[href="parent/index.html"]');
  await follow(page, 'main a[href="reminders/index.html"]');
  await check(page, 'gb-reminders');
  const [every] = await downloadCalendar(page, 'Every 4 weeks');
  assert.equal(every.summary, 'A good moment for a chat?');
  assert.ok(every.isRecurring());
  const rule = every.component.getFirstPropertyValue('rrule');
  assert.equal(rule.freq, 'WEEKLY');
  assert.equal(rule.interval, 4);
  assert.equal(every.startDate.hour, 18, 'at 18:00 wherever the calendar is');
  assert.match(every.component.getFirstProperty('dtstart').toICALString(), /^DTSTART:\d{8}T180000$/,
    'a floating time: no zone, no Z');
  const occurrences = every.iterator();
  const first = occurrences.next();
  const second = occurrences.next();
  assert.equal(second.subtractDate(first).toSeconds(), 28 * 86400);
  const days = Math.round((first.toJSDate() - Date.now()) / 86400000);
  assert.ok(days > -400 && days <= 28, `the first reminder is near: ${days} days away`);
  const text = JSON.stringify(every.component.toJSON()).toLowerCase();
  assert.ok(!text.includes('sextort'), 'the words never say what the app is about');

  const holidays = await downloadCalendar(page, 'On');
  assert.ok(holidays.length >= 2, 'one event for each holiday season in the UK');
  for (const event of holidays) {
    assert.equal(event.component.getFirstPropertyValue('rrule').freq, 'YEARLY');
    assert.equal(event.summary, 'A good moment for a chat?');
  }
  await page.close();
});

test('a filter choice replaces the page, so Back leaves the list', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/gb/index.html`);
  await follow(page, 'main a[href="parent/index.html"]');
  const parent = page.url();
  await follow(page, 'main a[data-replace][href="age-14-17/index.html"]');
  await follow(page, 'main a[data-replace][href="../age-8-10/index.html"]');
  assert.equal(await page.locator('main a.row[aria-current="true"]').first().innerText(), 'Ages 8 to 10');
  await page.goBack();
  assert.equal(page.url(), `${BASE}en/gb/index.html`, 'Back leaves the list, past every filter tried');
  await page.goForward();
  assert.notEqual(page.url(), parent, 'the list stayed filtered');
  await page.close();
});

test('US pages have US numbers, 988, the CyberTipline and a text line', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/us/teen/index.html`);
  const tel = await hrefs(page, 'tel:');
  assert.ok(tel.includes('tel:911'), 'tel:911');
  assert.ok(tel.includes('tel:988'), 'the teen screen offers 988');
  assert.ok(!tel.includes('tel:999'), 'no UK number in the US');
  await check(page, 'us-teen');
  await page.goto(`${BASE}en/us/report/index.html`);
  const tip = page.locator('a[href="https://report.cybertip.org"]').first();
  assert.equal(await tip.getAttribute('rel'), 'noopener noreferrer');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:911'));
  assert.ok((await hrefs(page, 'sms:')).includes('sms:741741?body=THORN'));
  await check(page, 'us-report');
  // A Spanish screen offers the keyword answered in Spanish.
  await page.goto(`${BASE}es/us/report/index.html`);
  const spanish = await hrefs(page, 'sms:');
  assert.ok(spanish.includes('sms:741741?body=AYUDA'), 'text AYUDA to 741741');
  assert.ok(!spanish.includes('sms:741741?body=THORN'), 'no English-only keyword in Spanish');
  await page.close();
});

test('Singapore, the Netherlands and New Zealand offer their own lines, once each', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/sg/report/index.html`);
  const sg = await hrefs(page, 'tel:');
  assert.ok(sg.includes('tel:999') && sg.includes('tel:18002550000'), 'SG police lines');
  await check(page, 'sg-report');
  await page.goto(`${BASE}en/nl/teen/index.html`);
  const nl = await hrefs(page, 'tel:');
  assert.ok(nl.includes('tel:112') && nl.includes('tel:0202615275'), 'NL 112 and Helpwanted');
  await check(page, 'nl-teen');
  await page.goto(`${BASE}en/nz/teen/index.html`);
  const nz = await hrefs(page, 'tel:');
  assert.ok(nz.includes('tel:0800376633'), 'NZ Youthline');
  assert.ok(nz.filter((href) => href === 'tel:0508638723').length <= 1, 'Netsafe once');
  await check(page, 'nz-teen');
  await page.goto(`${BASE}en/gb/about/index.html`);
  await check(page, 'gb-about');
  await page.close();
});

test('a ticked step survives a reload, and can be reset', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/gb/teen/index.html`);
  const progress = page.locator('p.progress');
  const before = await progress.innerText();
  await page.locator('label[for="s1"]').click();
  assert.ok(await page.locator('#s1').isChecked());
  const ticked = await progress.innerText();
  assert.notEqual(ticked, before, 'the progress line counts the tick');
  await page.reload();
  assert.ok(await page.locator('#s1').isChecked(), 'still ticked after a reload');
  assert.equal(await progress.innerText(), ticked);
  const label = page.locator('label[for="s1"]');
  assert.equal(await label.evaluate((el) => getComputedStyle(el).textDecorationLine), 'none', 'a done step is not struck through');
  assert.equal(await label.locator('.n').evaluate((el) => getComputedStyle(el, '::before').content), '"✓"', 'a done step shows a tick');
  await screenshot(page, 'gb-teen-ticked');
  assert.ok(await page.locator('[data-reset]').isVisible(), 'clearing is offered once something is ticked');
  await page.locator('[data-reset]').click();
  assert.ok(!(await page.locator('#s1').isChecked()));
  assert.equal(await progress.innerText(), before);
  assert.equal(await page.locator('[data-reset]').isVisible(), false, 'nothing ticked, nothing to clear');
  await page.close();
});

test('nothing ticked: no button to clear the ticks', async () => {
  const page = await newPage();
  await page.goto(`${BASE}en/gb/teen/index.html`);
  assert.equal(await page.locator('[data-reset]').isVisible(), false);
  await page.close();
});

const REGIONS = ['gb', 'us', 'ca', 'au', 'nz', 'ie', 'sg', 'nl', 'intl'];

test('on a phone, the three "Right now" steps are on the first screen, for every region and language', async () => {
  const page = await newPage();
  for (const lang of ['en', 'es', 'fr']) {
    for (const region of REGIONS) {
      await page.goto(`${BASE}${lang}/${region}/teen/index.html`);
      const steps = page.locator('main ol.steps').first().locator(':scope > li');
      assert.equal(await steps.count(), 3, `${lang}/${region}: three steps first`);
      const bottom = await steps.evaluateAll((items) => Math.max(...items.map((li) => li.getBoundingClientRect().bottom)));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`measure: ${lang}/${region} teen: "Right now" ends at ${Math.round(bottom)} px of 844; page ${height} px`);
      assert.ok(bottom <= 844, `${lang}/${region}: the "Right now" steps end at ${bottom} px, below the first screen`);
      for (let index = 0; index < 3; index += 1) {
        assert.ok(await steps.nth(index).isVisible(), `${lang}/${region}: step ${index + 1} visible`);
      }
    }
  }
  await page.close();
});

test('teen screens cite quietly: no numbers or ids, one line that leads to the sources', async () => {
  const page = await newPage();
  for (const region of REGIONS) {
    for (const path of ['teen/index.html', 'index.html']) {
      await page.goto(`${BASE}en/${region}/${path}`);
      const text = await page.locator('main').innerText();
      assert.equal(await page.locator('main .cite').count(), 0, `${region}/${path}: no citation marks`);
      assert.doesNotMatch(text, /\[[^\]]*\]/, `${region}/${path}: nothing in brackets`);
      assert.equal(await page.locator('main h2.sources').count(), 0, `${region}/${path}: no list of sources`);
      const line = page.locator('main a[href$="sources/index.html"]');
      assert.equal(await line.count(), 1, `${region}/${path}: one line to the sources`);
      assert.match(await line.innerText(), /^Checked .+ · Where this advice comes from$/);
    }
  }
  await page.goto(`${BASE}en/gb/teen/index.html`);
  await follow(page, 'main a[href$="sources/index.html"]');
  assert.ok(await page.locator('ul.sources li').count() > 5, 'the sources are one tap away');
  const lines = await page.locator('h2.sources').evaluate((h2) => {
    const below = h2.nextElementSibling;
    return [getComputedStyle(h2).borderTopStyle, getComputedStyle(below).borderTopStyle];
  });
  assert.deepEqual(lines, ['solid', 'none'], 'one line over the sources, not two');
  await check(page, 'gb-teen-sources');
  await page.close();
});

test('home: "I need help now" is the main control, and says nothing of what happened', async () => {
  const page = await newPage();
  for (const region of REGIONS) {
    await page.goto(`${BASE}en/${region}/index.html`);
    const main = page.locator('main a.btn.main');
    assert.equal(await main.count(), 1, `${region}: one main control`);
    assert.equal(await main.getAttribute('href'), 'teen/index.html');
    assert.doesNotMatch(await main.innerText(), /picture|photo|threat|nude/i, `${region}: a neutral line`);
    const size = (link) => link.locator('.label').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const mainSize = await size(main);
    const first = await page.locator('main a').first().getAttribute('href');
    assert.equal(first, 'teen/index.html', `${region}: the main control comes first`);
    for (const call of await page.locator('main a[href^="tel:"]').all()) {
      assert.ok(await size(call) < mainSize, `${region}: the call's words are smaller than the main control's`);
      assert.equal(await call.getAttribute('class'), 'row', `${region}: the emergency call is a quieter row`);
      const number = (await call.getAttribute('href')).replace('tel:', '');
      const said = (await call.innerText()).split(number).length - 1;
      assert.ok(said <= 1, `${region}: the call button says ${number} ${said} times`);
    }
  }
  await page.goto(`${BASE}en/gb/index.html`);
  await check(page, null);
  await page.close();
});

test('the quick exit leaves at once, by tap or by Escape, and leaves no way back', async () => {
  const ctx = await phone(browser);
  await ctx.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>weather</title>' }));
  const page = await ctx.newPage();
  await page.goto(`${BASE}en/gb/index.html`);
  await follow(page, 'main a[href="teen/index.html"]');
  await page.keyboard.press('Escape');
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  assert.equal(page.url(), `${BASE}en/gb/index.html`, 'back skips the teen page');
  await page.goto(`${BASE}en/gb/report/index.html`);
  await page.locator('a[data-exit]').click();
  await page.waitForURL(EXIT_URL);
  await ctx.close();
});

test('pages are readable and followable without JavaScript', async () => {
  const ctx = await phone(browser, { javaScriptEnabled: false });
  const page = await newPage(ctx);
  await page.goto(`${BASE}en/gb/teen/index.html`);
  assert.ok(await page.locator('ol.steps > li').count() >= 5);
  assert.ok(await page.locator('#s1').isEnabled());
  assert.equal(await page.locator('[data-reset]').isVisible(), false, 'script buttons stay hidden');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:999'));
  await page.goto(`${BASE}en/gb/starter/teen-new-app-who/index.html`);
  assert.equal(await page.locator('[data-share]').isVisible(), false);
  await ctx.close();
});

test('settings, guides, about, other languages and the 404 page pass axe', async () => {
  const page = await newPage();
  for (const [path, shot] of [
    ['en/gb/settings/index.html', 'gb-settings'], ['en/gb/about/index.html', null],
    ['en/gb/parent/disclosure/index.html', 'gb-disclosure'], ['en/gb/parent/signs/index.html', null],
    ['en/gb/parent/saved/index.html', null], ['en/gb/parent/age-14-17/moment-new-device/index.html', null],
    ['en/intl/teen/index.html', null], ['es/gb/teen/index.html', 'es-gb-teen'],
  ]) {
    await page.goto(BASE + path);
    await check(page, shot);
  }
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.goto(`${BASE}en/gb/settings/index.html`);
  await follow(page, 'main a[href="../../us/settings/index.html"]');
  assert.equal(await page.locator('main [aria-current="true"]').first().innerText(), 'United States');
  const missing = await page.goto(`${BASE}no/such/page/`);
  assert.equal(missing.status(), 404);
  await check(page, 'not-found');
  await page.close();
});

test('dark mode passes axe too', async () => {
  const ctx = await phone(browser, { colorScheme: 'dark' });
  const page = await newPage(ctx);
  for (const [path, shot] of [['en/gb/teen/index.html', 'gb-teen-dark'], ['en/gb/parent/index.html', 'gb-parent-dark']]) {
    await page.goto(BASE + path);
    await check(page, shot);
  }
  await ctx.close();
});

test('pages stay readable offline once visited', async () => {
  const { url, stop } = await secondServer();
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  await page.goto(`${url}en/gb/teen/index.html`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => (await (await caches.open('openline-site-1')).keys()).length > 3);
  await stop();
  await page.reload();
  assert.equal(await h1(page), 'Get help now');
  await follow(page, 'main a[href="../report/index.html"]');
  assert.ok((await hrefs(page, 'tel:')).includes('tel:999'), 'a linked page was kept too');
  await ctx.close();
});

test('no cookies, and no requests to other sites', async () => {
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(foreign, []);
});

/** A second `openline serve` of the same site, to stop mid-test. */
function secondServer() {
  const child = spawn(process.env.OPENLINE_BIN ?? '../../target/debug/openline', ['serve', '--port', '0', '--dir', SITE_DIR]);
  const stop = () => new Promise((resolve) => { child.once('exit', resolve); child.kill(); });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (data) => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(data));
      if (found) resolve({ url: found[0], stop });
    });
  });
}

function report() {
  const shared = gzipped(`${SITE_DIR}/assets/site.css`) + gzipped(`${SITE_DIR}/assets/site.js`);
  const pages = allPages().map((path) => ({ path, html: gzipped(`${SITE_DIR}/${path}`) }));
  const heaviest = pages.reduce((a, b) => (b.html > a.html ? b : a));
  const html = pages.map((p) => p.html);
  console.log(`measure: page weight gzipped over ${pages.length} pages, HTML + CSS + JS on a first visit: `
    + `median ${kb(median(html) + shared)}, max ${kb(heaviest.html + shared)} (${heaviest.path}); target ≤ 30 KB`);
  console.log(`measure: HTML alone gzipped: median ${kb(median(html))}, max ${kb(heaviest.html)}; shared CSS + JS ${kb(shared)}`);
  const visited = [...painted.entries()].filter(([, p]) => p['first-paint'] !== undefined);
  for (const name of ['first-paint', 'first-contentful-paint']) {
    const times = visited.map(([, p]) => p[name]).filter((t) => t !== undefined);
    if (!times.length) continue;
    const [slowUrl] = visited.reduce((a, b) => ((b[1][name] ?? 0) > (a[1][name] ?? 0) ? b : a));
    console.log(`measure: ${name} in headless Chromium over ${times.length} pages: median ${median(times).toFixed(0)} ms, `
      + `max ${Math.max(...times).toFixed(0)} ms (${fileFor(slowUrl).replace(`${SITE_DIR}/`, '')})`);
  }
}
