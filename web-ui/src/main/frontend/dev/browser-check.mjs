#!/usr/bin/env node
// Drives the built pages in a real (headless) Chromium and checks what people see against the API:
//   1. the dashboard's figures equal the API's (exact won, via each figure's full-digit title), the 17 regions
//      are listed with the capital area marked, the Sankey and live feed render, a CSV downloads with a BOM;
//   2. a working-group member sees only their region's matches (another region's match is absent from the
//      page and answers 404), a rejection without a reason is stopped in the page, an approval changes the
//      status on the card; a second approval by the same member shows the server's problem details.
// Saves screenshots of both pages. Without BASE_URL it starts the mock gateway (dev/mock-server.mjs) itself.
//
//   npm run build && npm run browser-check
//   BASE_URL=http://127.0.0.1:8080 npm run browser-check     # against the local stack's gateway
// Env: CHROMIUM (default /usr/bin/chromium), SCREENSHOT_DIR (default web-ui/target/screenshots),
//      MINISTRY_USER (ministry-analyst), WG_USER (wg-gyeongbuk-1), WG_PEER (wg-gyeongbuk-2).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? join(here, '../../../../target/screenshots'));
const MINISTRY_USER = process.env.MINISTRY_USER ?? 'ministry-analyst';
const WG_USER = process.env.WG_USER ?? 'wg-gyeongbuk-1';
const WG_PEER = process.env.WG_PEER ?? 'wg-gyeongbuk-2';

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) {
    failures += 1;
  }
}

async function startMock() {
  const port = 5190 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, [join(here, 'mock-server.mjs')], {
    env: { ...process.env, PORT: String(port), MOCK_FEED_MS: '1500' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolveStarted, reject) => {
    child.stdout.once('data', resolveStarted);
    child.once('exit', (code) => reject(new Error(`mock server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

const digits = (text) => (text ?? '').replace(/[^\d-]/g, '');

/** GET through the page, with the signed-in token, as the page itself would. */
async function api(page, path) {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { headers: { Authorization: `Bearer ${sessionStorage.getItem('fundflow.token')}` } });
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : null };
  }, path);
}

async function signInAs(page, base, subject) {
  await page.goto(`${base}/#/login`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.locator(`button.demo-user[data-subject="${subject}"]`).click();
}

async function checkDashboard(page, base) {
  await signInAs(page, base, MINISTRY_USER);
  await page.waitForURL(/#\/dashboard/);
  await page.locator('[data-testid="stage-allocated"]').waitFor();
  const fundId = await page.locator('#fund-select').inputValue();
  const summary = (await api(page, `/api/dashboard/summary?fundId=${encodeURIComponent(fundId)}`)).body;

  for (const stage of ['allocated', 'proposed', 'approved', 'committed', 'disbursed']) {
    const title = await page.locator(`[data-testid="stage-${stage}"]`).getAttribute('title');
    check(digits(title) === String(summary[stage]), `dashboard ${stage} shows ${summary[stage]} won exactly (${await page.locator(`[data-testid="stage-${stage}"]`).textContent()})`);
  }
  for (const kind of ['regional', 'ai']) {
    const amountTitle = await page.locator(`[data-testid="earmark-${kind}-amount"]`).getAttribute('title');
    const targetTitle = await page.locator(`[data-testid="earmark-${kind}-target"]`).getAttribute('title');
    const percent = await page.locator(`[data-testid="earmark-${kind}-percent"]`).textContent();
    check(digits(amountTitle) === String(summary[kind].amount), `${kind} earmark amount ${summary[kind].amount}`);
    check(digits(targetTitle) === String(summary[kind].target), `${kind} earmark target ${summary[kind].target}`);
    check(percent === `${Number(summary[kind].percent).toFixed(1)}%`, `${kind} earmark percent ${percent}`);
  }
  check(digits(await page.locator('[data-testid="total-cap"] strong').getAttribute('title')) === String(summary.totalCap), 'total cap');

  const flows = (await api(page, `/api/dashboard/flows?fundId=${encodeURIComponent(fundId)}&groupBy=region`)).body;
  await page.locator('.table-details summary').click();
  const tableRows = page.locator('[data-testid="flows-table"] tbody tr');
  check(await tableRows.count() === flows.rows.length, `flows table has the API's ${flows.rows.length} regions`);
  check(flows.rows.length === 17, 'the API lists the 17 regions');
  for (const row of flows.rows) {
    const cells = page.locator(`[data-testid="flows-table"] tbody tr[data-key="${row.key}"] td`);
    const shown = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('title')));
    const expected = ['allocated', 'proposed', 'approved', 'committed', 'disbursed'].map((stage) => String(row[stage]));
    check(JSON.stringify(shown.map(digits)) === JSON.stringify(expected), `region ${row.key} figures match`);
  }
  const capitalRows = await page.locator('[data-testid="flows-table"] tbody tr.capital').evaluateAll((trs) => trs.map((tr) => tr.dataset.key));
  check(JSON.stringify(capitalRows.sort()) === JSON.stringify(['GYEONGGI', 'INCHEON', 'SEOUL']), 'capital area rows are marked');
  await page.locator('.table-details summary').click();
  check(await page.locator('[data-testid="flows-chart"] svg').count() === 1, 'region bar chart drawn');
  check(await page.locator('[data-testid="sankey-chart"] svg').count() === 1, 'Sankey drawn');
  await page.locator('[data-testid="feed"] .feed-item').first().waitFor({ timeout: 15_000 });
  check(await page.locator('[data-testid="feed"] .feed-item').count() > 0, 'live feed shows events');

  // Filters: another grouping, then an as-of date (figures as they stood; the live feed pauses).
  await page.locator('#group-by').selectOption('industry');
  const byIndustry = (await api(page, `/api/dashboard/flows?fundId=${encodeURIComponent(fundId)}&groupBy=industry`)).body;
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="flows-table"] tbody tr').length === count
    && !document.querySelector('[data-testid="flows-table"] tbody tr.capital'), byIndustry.rows.length);
  check(true, `grouping by industry shows the API's ${byIndustry.rows.length} industries`);
  check(/groupBy=industry/.test(page.url()), 'the grouping is kept in the address');
  await page.locator('#group-by').selectOption('region');
  const asOf = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await page.locator('#as-of').fill(asOf);
  const then = (await api(page, `/api/dashboard/summary?fundId=${encodeURIComponent(fundId)}&asOf=${asOf}`)).body;
  await page.waitForFunction((expected) => {
    const title = document.querySelector('[data-testid="stage-committed"]')?.getAttribute('title') ?? '';
    return title.replace(/[^\d]/g, '') === expected;
  }, String(then.committed));
  check(true, `as of ${asOf} the dashboard shows that day's committed ${then.committed}`);
  check(await page.locator('.feed-state.paused').count() === 1, 'the live feed pauses for an as-of date');
  await page.getByRole('button', { name: /^(현재|Now)$/ }).click();
  await page.waitForFunction((expected) => {
    const title = document.querySelector('[data-testid="stage-committed"]')?.getAttribute('title') ?? '';
    return title.replace(/[^\d]/g, '') === expected;
  }, String(summary.committed));
  check(true, 'back to current figures');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /배정 내역|Allocations/ }).click(),
  ]);
  const csv = readFileSync(await download.path());
  check(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf, `allocations CSV (${download.suggestedFilename()}) starts with the UTF-8 BOM`);

  await page.getByRole('button', { name: 'English' }).click();
  check(await page.locator('h1').textContent() === 'Ministry dashboard', 'English switch relabels the page');
  await page.getByRole('button', { name: '한국어' }).click();
  await page.locator('[data-testid="stage-allocated"]').waitFor();
  check(await page.locator('h1').textContent() === '부처 대시보드', 'Korean again');
  await page.waitForTimeout(1500); // let the charts finish their entry animation before the picture
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard.png'), fullPage: true });
  return fundId;
}

/** Signing in by pasting a token (how it works where no demo users are offered). */
async function checkPastedToken(page, base) {
  const token = await page.evaluate(async (subject) => {
    const response = await fetch('/auth/dev-token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject, role: 'MINISTRY' }),
    });
    return (await response.json()).token;
  }, MINISTRY_USER);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${base}/#/login`);
  await page.locator('.token-card summary').click();
  await page.locator('#token-input').fill('not-a-token');
  await page.locator('.token-card button[type="submit"]').click();
  check(await page.locator('.problem').isVisible(), 'a malformed token is refused in the page');
  await page.locator('#token-input').fill(token);
  await page.locator('.token-card button[type="submit"]').click();
  await page.waitForURL(/#\/dashboard/);
  check(await page.locator('[data-testid="signed-in-user"]').textContent() === MINISTRY_USER, 'a pasted token signs in and shows who');

  // A token the server no longer accepts sends the person back to sign in, saying why.
  await page.evaluate(() => {
    const [header, payload] = sessionStorage.getItem('fundflow.token').split('.');
    sessionStorage.setItem('fundflow.token', `${header}.${payload}.forged-signature`);
  });
  await page.reload();
  await page.waitForFunction(() => location.hash === '#/login?expired=1');
  check(await page.locator('.notice.warn').isVisible(), 'a refused token (401) leads to sign-in with a notice');
}

async function checkQueue(page, base) {
  // Every proposed match, as the ministry sees them, to know what must NOT appear for the working group.
  await signInAs(page, base, MINISTRY_USER);
  await page.waitForURL(/#\/dashboard/);
  const all = (await api(page, '/api/matches?status=PROPOSED&size=200')).body.content;

  await signInAs(page, base, WG_USER);
  await page.waitForURL(/#\/queue/);
  const region = await page.evaluate(() => JSON.parse(atob(sessionStorage.getItem('fundflow.token').split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).region);
  await page.locator('[data-testid="match-list"] > li').first().waitFor();
  const mine = (await api(page, '/api/matches?status=PROPOSED&size=200')).body.content;
  const shownIds = await page.locator('.match-card').evaluateAll((cards) => cards.map((card) => card.dataset.matchId));
  check(mine.every((m) => m.region === region), `the API gives ${WG_USER} only ${region} matches`);
  const others = all.filter((m) => m.region !== region);
  check(others.length > 0 && others.every((m) => !shownIds.includes(m.id)), `no other region's match on the page (${others.length} exist)`);
  if (others.length > 0) {
    check((await api(page, `/api/matches/${others[0].id}`)).status === 404, 'another region\'s match answers 404');
  }
  const scores = await page.locator('.match-card .score-value').allTextContents();
  check(scores.map(Number).every((score, i, list) => i === 0 || list[i - 1] >= score), `sorted by score (${scores.join(', ')})`);
  check(await page.locator('.reason.near-miss').count() > 0, 'near misses are shown apart');

  const single = mine.find((m) => (m.requiredApprovals ?? 1) === 1);
  const card = page.locator(`.match-card[data-match-id="${single.id}"]`);
  await card.locator('button[data-decision="REJECT"]').click();
  check(await card.locator('.field-error').isVisible(), 'a rejection without a reason is stopped in the page');
  check(await card.locator('textarea').getAttribute('aria-invalid') === 'true', 'the reason field is marked invalid');
  check((await api(page, `/api/matches/${single.id}`)).body.status === 'PROPOSED', 'and nothing was sent');

  await card.locator('textarea').fill('지역 전략산업 적합, 증빙 확인');
  await card.locator('button[data-decision="APPROVE"]').click();
  await card.locator('.success').waitFor();
  const status = await card.locator('[data-testid="match-status"]').textContent();
  check(status === '승인됨', `status on the card changes to 승인됨 (${status})`);
  // On the real stack fund-service may already have committed the budget (COMMITTED) by the time we ask.
  const serverStatus = (await api(page, `/api/matches/${single.id}`)).body.status;
  check(['APPROVED', 'COMMITTED'].includes(serverStatus), `the server agrees: ${serverStatus}`);
  check(await card.locator('.history-list li').count() >= 1, 'review history shows the approval');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'review-queue.png'), fullPage: true });

  // Four eyes: a member who already approved cannot approve again; the page shows why.
  const approvedByPeer = mine.find((m) => m.status === 'PROPOSED' && (m.reviews ?? []).some((r) => r.decision === 'APPROVE' && r.reviewer === WG_PEER));
  if (approvedByPeer) {
    await signInAs(page, base, WG_PEER);
    await page.waitForURL(/#\/queue/);
    const peerCard = page.locator(`.match-card[data-match-id="${approvedByPeer.id}"]`);
    await peerCard.locator('button[data-decision="APPROVE"]').click();
    await peerCard.locator('.problem').waitFor();
    const problem = await peerCard.locator('.problem').textContent();
    check(/409/.test(problem ?? ''), `a second approval by ${WG_PEER} shows the server's problem (${problem?.trim()})`);
  }
  else {
    console.log(`skip four-eyes repeat check: no proposed match approved by ${WG_PEER}`);
  }
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const mock = process.env.BASE_URL ? null : await startMock();
  const base = process.env.BASE_URL ?? mock.url;
  const profile = mkdtempSync(join(tmpdir(), 'fundflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => check(false, `no script error (${error.message})`));
    console.log(`checking ${base}`);
    await checkDashboard(page, base);
    await checkPastedToken(page, base);
    await checkQueue(page, base);
  }
  finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    mock?.stop();
  }
  console.log(failures === 0 ? `all checks passed; screenshots in ${SCREENSHOT_DIR}` : `${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
