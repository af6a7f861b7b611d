#!/usr/bin/env node
// The pages on the REAL stack (gateway, services, Kafka, PostgreSQL), in headless Chromium, as people use them:
//   1. a ministry analyst signs in on the demo-user page; the dashboard's figures (stages, earmarks, every region)
//      equal the API's to the won;
//   2. a working-group member signs in the same way; another region's match is absent from the queue (and answers
//      404); they approve a match of their region and see its status change on the card; the server agrees.
// Run by local-stack's BrowserIT against the shared test stack, or by hand against `java -jar local-stack.jar`:
//
//   BASE_URL=http://127.0.0.1:8080 node dev/real-stack-check.mjs
//
// Env: BASE_URL (required); FUND_ID (dashboard fund; default: the page's first); WG_USER (default wg-gyeongbuk-1);
// MATCH_ID (the match to approve; default: the queue's best-scored one-approval match); FOREIGN_MATCH_ID (another
// region's match that must be absent; default: every proposed match of other regions the ministry sees);
// MINISTRY_USER (ministry-analyst); SCREENSHOT_DIR (dashboard.png, review-queue.png; none when unset);
// CHROMIUM (/usr/bin/chromium). Exit code 0 only when every check passed.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL;
const MINISTRY_USER = process.env.MINISTRY_USER ?? 'ministry-analyst';
const WG_USER = process.env.WG_USER ?? 'wg-gyeongbuk-1';
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ? resolve(process.env.SCREENSHOT_DIR) : null;
const STAGES = ['allocated', 'proposed', 'approved', 'committed', 'disbursed'];
const FIGURE_TIMEOUT = 20_000;

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) {
    failures += 1;
  }
}

const digits = (text) => (text ?? '').replace(/[^\d-]/g, '');

/** GET with the page's own token, as the page itself would. */
async function api(page, path) {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { headers: { Authorization: `Bearer ${sessionStorage.getItem('fundflow.token')}` } });
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : null };
  }, path);
}

/** Signs in by clicking the person on the demo-user page, as a newcomer would. */
async function signInAs(page, subject, landing) {
  await page.goto(`${BASE_URL}/#/login`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.locator(`button.demo-user[data-subject="${subject}"]`).click();
  await page.waitForURL(landing);
  const person = await page.evaluate(async (wanted) => {
    const users = await (await fetch('/auth/demo-users')).json();
    const token = sessionStorage.getItem('fundflow.token');
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return { sub: claims.sub, nameKo: users.find((user) => user.subject === wanted)?.nameKo };
  }, subject);
  const shown = await page.locator('[data-testid="signed-in-user"]').textContent();
  check(person.sub === subject && shown === (person.nameKo ?? subject),
    `${subject} is signed in from the demo-user page (token for ${person.sub}, header shows ${shown})`);
}

/** Waits until the element's full-digit title shows the expected won; answers what it showed. */
async function titleDigits(page, selector, expected) {
  try {
    await page.waitForFunction(({ selector: target, want }) => {
      const title = document.querySelector(target)?.getAttribute('title') ?? '';
      return title.replace(/[^\d-]/g, '') === want;
    }, { selector, want: String(expected) }, { timeout: FIGURE_TIMEOUT });
  }
  catch {
    // reported by the caller's check with the value shown
  }
  return digits(await page.locator(selector).first().getAttribute('title'));
}

async function checkDashboard(page) {
  await signInAs(page, MINISTRY_USER, /#\/dashboard/);
  if (process.env.FUND_ID) {
    await page.goto(`${BASE_URL}/#/dashboard?fundId=${encodeURIComponent(process.env.FUND_ID)}`);
  }
  await page.locator('[data-testid="stage-allocated"]').waitFor();
  const fundId = process.env.FUND_ID ?? await page.locator('#fund-select').inputValue();
  check(await page.locator('#fund-select').inputValue() === fundId, `the dashboard shows fund ${fundId}`);
  const summary = (await api(page, `/api/dashboard/summary?fundId=${encodeURIComponent(fundId)}`)).body;

  for (const stage of STAGES) {
    const shown = await titleDigits(page, `[data-testid="stage-${stage}"]`, summary[stage]);
    check(shown === String(summary[stage]), `${stage}: the page shows ${shown} won, the API ${summary[stage]}`);
  }
  for (const kind of ['regional', 'ai']) {
    const amount = await titleDigits(page, `[data-testid="earmark-${kind}-amount"]`, summary[kind].amount);
    check(amount === String(summary[kind].amount), `${kind} earmark: the page shows ${amount} won, the API ${summary[kind].amount}`);
    const target = await titleDigits(page, `[data-testid="earmark-${kind}-target"]`, summary[kind].target);
    check(target === String(summary[kind].target), `${kind} earmark target ${target} = ${summary[kind].target}`);
    const percent = await page.locator(`[data-testid="earmark-${kind}-percent"]`).textContent();
    check(percent === `${Number(summary[kind].percent).toFixed(1)}%`, `${kind} earmark percent: the page shows ${percent}, the API ${summary[kind].percent}`);
  }

  const flows = (await api(page, `/api/dashboard/flows?fundId=${encodeURIComponent(fundId)}&groupBy=region`)).body;
  check(flows.rows.length === 17, `the API lists the 17 regions (${flows.rows.length})`);
  await page.locator('[data-testid="flows-table"] tbody tr').first().waitFor({ state: 'attached' });
  for (const row of flows.rows) {
    const expected = STAGES.map((stage) => String(row[stage]));
    const cells = page.locator(`[data-testid="flows-table"] tbody tr[data-key="${row.key}"] td`);
    const shown = (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('title')))).map(digits);
    check(JSON.stringify(shown) === JSON.stringify(expected), `region ${row.key}: the page shows ${shown.join('/')}, the API ${expected.join('/')}`);
  }
  check(await page.locator('[data-testid="flows-chart"] svg').count() === 1, 'the region bar chart is drawn');
  check(await page.locator('[data-testid="sankey-chart"] svg').count() === 1, 'the Sankey diagram is drawn');
  if (SCREENSHOT_DIR) {
    await page.waitForTimeout(1500); // the charts' entry animation
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard.png'), fullPage: true });
  }
}

async function checkQueue(page) {
  // What must NOT show: every proposed match of other regions, as the ministry sees them (or the one given).
  await signInAs(page, MINISTRY_USER, /#\/dashboard/);
  const everything = (await api(page, '/api/matches?status=PROPOSED&size=200')).body.content;

  await signInAs(page, WG_USER, /#\/queue/);
  const region = await page.evaluate(() => JSON.parse(atob(sessionStorage.getItem('fundflow.token').split('.')[1]
    .replace(/-/g, '+').replace(/_/g, '/'))).region);
  await page.locator('[data-testid="match-list"] > li').first().waitFor();
  const shownIds = await page.locator('.match-card').evaluateAll((cards) => cards.map((card) => card.dataset.matchId));
  const foreign = process.env.FOREIGN_MATCH_ID
    ? [process.env.FOREIGN_MATCH_ID]
    : everything.filter((match) => match.region !== region).map((match) => match.id);
  check(foreign.length > 0, `there are other regions' matches to look for (${foreign.length})`);
  for (const id of foreign) {
    check(!shownIds.includes(id), `another region's match ${id} is absent from ${WG_USER}'s queue`);
    check((await api(page, `/api/matches/${id}`)).status === 404, `another region's match ${id} answers 404 to ${WG_USER}`);
  }
  const mine = (await api(page, '/api/matches?status=PROPOSED&size=200')).body.content;
  check(mine.length > 0 && mine.every((match) => match.region === region), `the API gives ${WG_USER} only ${region} matches (${mine.length})`);

  const matchId = process.env.MATCH_ID ?? mine.find((match) => (match.requiredApprovals ?? 1) === 1)?.id;
  const card = page.locator(`.match-card[data-match-id="${matchId}"]`);
  check(await card.count() === 1, `match ${matchId} is in the queue`);
  check(await card.locator('[data-testid="match-status"]').textContent() === '검토 대기', 'its card shows 검토 대기 (proposed)');
  check(await card.locator('.reason').count() > 0, 'its card lists the reasons for its score');
  await card.locator('textarea').fill('지역 전략산업 적합, 증빙 확인');
  await card.locator('button[data-decision="APPROVE"]').click();
  await card.locator('.success').waitFor();
  const status = await card.locator('[data-testid="match-status"]').textContent();
  check(status === '승인됨', `the card's status changes to 승인됨 (${status})`);
  check(await card.locator('.history-list li').count() >= 1, 'the review history shows the approval');
  const after = (await api(page, `/api/matches/${matchId}`)).body;
  check(['APPROVED', 'COMMITTED'].includes(after.status), `the server agrees (${after.status})`);
  check((after.reviews ?? []).some((review) => review.reviewer === WG_USER && review.decision === 'APPROVE'), `the server recorded ${WG_USER}'s approval`);
  if (SCREENSHOT_DIR) {
    // From the top of the page down to the approved card (the rest of a long queue would make it unreadable).
    const bottom = await card.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({
      path: join(SCREENSHOT_DIR, 'review-queue.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1366, height: Math.max(900, Math.ceil(bottom) + 24) },
    });
  }
  await page.reload();
  await page.locator('[data-testid="match-list"] > li').first().waitFor();
  check(await page.locator(`.match-card[data-match-id="${matchId}"]`).count() === 0, 'after a reload the approved match has left the queue of pending matches');
}

async function main() {
  if (!BASE_URL) {
    throw new Error('BASE_URL is required, e.g. http://127.0.0.1:8080');
  }
  if (SCREENSHOT_DIR) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  }
  const profile = mkdtempSync(join(tmpdir(), 'fundflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => check(false, `no script error (${error.message})`));
    console.log(`checking ${BASE_URL}`);
    await checkDashboard(page);
    await checkQueue(page);
  }
  finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'all checks passed' : `${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
