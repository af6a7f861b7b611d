#!/usr/bin/env node
// DEV HARNESS ONLY — not shipped in the jar. A tiny stand-in for the gateway so that the pages can be
// developed and checked in a browser before (and without) the real services:
//   - serves the built pages (target/classes/META-INF/resources, or STATIC_DIR),
//   - answers the API paths the pages call with fixture data shaped as SPEC §5.1 and the dashboard API,
//   - mimics the gateway's rules the pages depend on: bearer token required (401), roles (403),
//     working groups see only their region (404 for another region's match), problem+json errors,
//     four-eyes reviews, a server-sent event stream that resumes from Last-Event-ID.
// Tokens are NOT signed: they are for this mock only.
//
//   node dev/mock-server.mjs            # http://127.0.0.1:5174
//   PORT=5175 MOCK_NO_DEMO=1 node dev/mock-server.mjs   # no /auth/demo-users (paste-a-token sign-in)

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.PORT ?? 5174);
const HOST = process.env.HOST ?? '127.0.0.1';
const STATIC_DIR = resolve(process.env.STATIC_DIR ?? join(here, '../../../../target/classes/META-INF/resources'));
const FEED_INTERVAL_MS = Number(process.env.MOCK_FEED_MS ?? 4000);
const DEMO_USERS_ENABLED = process.env.MOCK_NO_DEMO !== '1';

const EOK = 100_000_000; // 억 in won
const JO = 1_000_000_000_000; // 조 in won

// ---------------------------------------------------------------- reference data (platform's R__ script)
const REGIONS = [
  ['SEOUL', '서울특별시', true], ['BUSAN', '부산광역시', false], ['DAEGU', '대구광역시', false],
  ['INCHEON', '인천광역시', true], ['GWANGJU', '광주광역시', false], ['DAEJEON', '대전광역시', false],
  ['ULSAN', '울산광역시', false], ['SEJONG', '세종특별자치시', false], ['GYEONGGI', '경기도', true],
  ['GANGWON', '강원특별자치도', false], ['CHUNGBUK', '충청북도', false], ['CHUNGNAM', '충청남도', false],
  ['JEONBUK', '전북특별자치도', false], ['JEONNAM', '전라남도', false], ['GYEONGBUK', '경상북도', false],
  ['GYEONGNAM', '경상남도', false], ['JEJU', '제주특별자치도', false],
].map(([code, name, capitalArea]) => ({ code, name, capitalArea }));
const INDUSTRIES = [
  ['AI', '인공지능', true], ['AI_SEMICONDUCTOR', 'AI 반도체', true], ['SEMICONDUCTOR', '반도체', false],
  ['SECONDARY_BATTERY', '이차전지', false], ['BIO', '바이오', false], ['HYDROGEN', '수소', false],
  ['HUMANOID_ROBOTICS', '휴머노이드·로봇', true], ['AI_FACTORY', 'AI 팩토리', true], ['SHIPBUILDING', '조선해양', false],
  ['FUTURE_MOBILITY', '미래 모빌리티', false],
].map(([code, name, countsTowardAi]) => ({ code, name, countsTowardAi }));
const INSTRUMENTS = [
  ['DIRECT_INVESTMENT', '직접투자'], ['INDIRECT_INVESTMENT', '간접투자(재간접)'], ['INFRA_INVESTMENT_LOAN', '인프라 투·융자'],
  ['LOW_RATE_LOAN', '초저리 대출'], ['LOAN_GUARANTEE', '보증'], ['INTEREST_SUBSIDY', '이자차액보전'],
].map(([code, name]) => ({ code, name }));
const STAGES = [['STARTUP', '창업'], ['GROWTH', '성장'], ['EXPANSION', '확장'], ['LEAP', '도약']]
  .map(([code, name]) => ({ code, name }));
const CHANNELS = ['한국산업은행', 'iM뱅크', '기술보증기금', '인천테크노파크', '김포시 기업지원센터', 'BNK부산은행'];

// ---------------------------------------------------------------- fixture figures (deterministic)
let seed = 20251229;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const NGF_ID = '7b0f6a52-4f5e-4a57-9a51-6f1f2f6c0001';
const JUMP_UP_ID = '7b0f6a52-4f5e-4a57-9a51-6f1f2f6c0002';
const funds = [
  { id: NGF_ID, name: '국민성장펀드', totalCap: 150 * JO, periodStart: '2026-01-01', periodEnd: '2030-12-31',
    regionalMinimum: 60 * JO, aiMinimum: 30 * JO },
  { id: JUMP_UP_ID, name: '인천 기술혁신기업 Jump-Up 보증', totalCap: 2_200 * EOK, periodStart: '2025-07-22',
    periodEnd: '2027-12-31', regionalMinimum: 0, aiMinimum: 0 },
];

/** Allocated 억 per region for the national fund: the capital area large, Gyeongbuk (Pohang) notable. */
const REGION_WEIGHT_EOK = {
  SEOUL: 52_000, BUSAN: 21_000, DAEGU: 14_500, INCHEON: 23_000, GWANGJU: 9_800, DAEJEON: 16_400, ULSAN: 18_900,
  SEJONG: 3_200, GYEONGGI: 61_500, GANGWON: 7_300, CHUNGBUK: 17_800, CHUNGNAM: 19_600, JEONBUK: 8_900,
  JEONNAM: 15_200, GYEONGBUK: 31_000, GYEONGNAM: 22_700, JEJU: 2_100,
};

const pct = (eok, percent) => Math.floor((eok * percent) / 100) * EOK;

/** Budget lines: one per (region, industry), with the money at each stage. */
const lines = [];
let allocationCounter = 0;
for (const region of REGIONS) {
  const weight = REGION_WEIGHT_EOK[region.code];
  const industries = [...INDUSTRIES].sort(() => random() - 0.5).slice(0, 3);
  const shares = [50, 30, 20];
  industries.forEach((industry, index) => {
    const eok = Math.floor((weight * shares[index]) / 100);
    const committedPct = 25 + Math.floor(random() * 30);
    allocationCounter += 1;
    lines.push({
      allocationId: `a1c0${String(allocationCounter).padStart(4, '0')}-0000-4000-8000-${String(allocationCounter).padStart(12, '0')}`,
      fundId: NGF_ID,
      region: region.code,
      industry: industry.code,
      instrument: pick(INSTRUMENTS).code,
      channel: region.code === 'GYEONGBUK' ? 'iM뱅크' : region.code === 'INCHEON' ? '기술보증기금' : pick(CHANNELS),
      stage: pick(STAGES).code,
      allocated: eok * EOK,
      proposed: pct(eok, committedPct + 35),
      approved: pct(eok, committedPct + 12),
      committed: pct(eok, committedPct),
      disbursed: pct(eok, Math.floor(committedPct / 2)),
    });
  });
}
// The city guarantee programme of the seed article (인천, 2,200억 over 1,183 companies).
lines.push({ allocationId: 'a1c0jump-0000-4000-8000-000000000001', fundId: JUMP_UP_ID, region: 'INCHEON',
  industry: 'SEMICONDUCTOR', instrument: 'LOAN_GUARANTEE', channel: '기술보증기금', stage: 'GROWTH',
  allocated: 2_200 * EOK, proposed: 1_400 * EOK, approved: 1_100 * EOK, committed: 950 * EOK, disbursed: 610 * EOK });

const MONEY = ['allocated', 'proposed', 'approved', 'committed', 'disbursed'];

/** Figures "as they stood" on an earlier day: a deterministic fraction, so asOf visibly changes them. */
function asOfFactor(asOf) {
  if (!asOf) {
    return 100;
  }
  const days = Math.max(0, Math.floor((Date.now() - Date.parse(`${asOf}T23:59:59+09:00`)) / 86_400_000));
  return Math.max(20, 100 - days);
}
const scaled = (amount, factor) => Math.floor((amount / EOK) * factor / 100) * EOK;

function linesOf(fundId, asOf) {
  const factor = asOfFactor(asOf);
  return lines.filter((line) => line.fundId === fundId).map((line) => ({
    ...line, ...Object.fromEntries(MONEY.map((stage) => [stage, scaled(line[stage], factor)])),
  }));
}

function sum(rows, stage, filter = () => true) {
  return rows.filter(filter).reduce((total, row) => total + row[stage], 0);
}

function percent(amount, target) {
  return target === 0 ? 0 : Math.round((amount * 1000) / target) / 10;
}

function summary(fund, asOf) {
  const rows = linesOf(fund.id, asOf);
  const capital = new Set(REGIONS.filter((r) => r.capitalArea).map((r) => r.code));
  const ai = new Set(INDUSTRIES.filter((i) => i.countsTowardAi).map((i) => i.code));
  const regionalAmount = sum(rows, 'committed', (row) => !capital.has(row.region));
  const aiAmount = sum(rows, 'committed', (row) => ai.has(row.industry));
  return {
    fundId: fund.id,
    totalCap: fund.totalCap,
    ...Object.fromEntries(MONEY.map((stage) => [stage, sum(rows, stage)])),
    regional: { target: fund.regionalMinimum, amount: regionalAmount, percent: percent(regionalAmount, fund.regionalMinimum) },
    ai: { target: fund.aiMinimum, amount: aiAmount, percent: percent(aiAmount, fund.aiMinimum) },
    asOf: asOf ?? null,
  };
}

const GROUPS = {
  region: { field: 'region', keys: REGIONS.map((r) => ({ key: r.code, label: r.name, capitalArea: r.capitalArea })) },
  industry: { field: 'industry', keys: INDUSTRIES.map((i) => ({ key: i.code, label: i.name })) },
  instrument: { field: 'instrument', keys: INSTRUMENTS.map((i) => ({ key: i.code, label: i.name })) },
  channel: { field: 'channel', keys: CHANNELS.map((c) => ({ key: c, label: c })) },
  stage: { field: 'stage', keys: STAGES.map((s) => ({ key: s.code, label: s.name })) },
};

function flows(fund, groupBy, asOf) {
  const group = GROUPS[groupBy];
  const rows = linesOf(fund.id, asOf);
  return {
    fundId: fund.id,
    groupBy,
    asOf: asOf ?? null,
    rows: group.keys
      .map((key) => ({ ...key, ...Object.fromEntries(MONEY.map((stage) => [stage, sum(rows, stage, (row) => row[group.field] === key.key)])) }))
      .filter((row) => groupBy === 'region' || row.allocated > 0),
  };
}

function sankey(fund, measure, asOf) {
  const rows = linesOf(fund.id, asOf).filter((row) => row[measure] > 0);
  const nodes = new Map([[`fund:${fund.id}`, fund.name]]);
  const links = new Map();
  const add = (source, target, value) => links.set(`${source}|${target}`, (links.get(`${source}|${target}`) ?? 0) + value);
  for (const row of rows) {
    const region = REGIONS.find((r) => r.code === row.region);
    const industry = INDUSTRIES.find((i) => i.code === row.industry);
    nodes.set(`region:${region.code}`, region.name);
    nodes.set(`industry:${industry.code}`, industry.name);
    add(`fund:${fund.id}`, `region:${region.code}`, row[measure]);
    add(`region:${region.code}`, `industry:${industry.code}`, row[measure]);
  }
  return {
    fundId: fund.id,
    measure,
    nodes: [...nodes].map(([name, label]) => ({ name, label })),
    links: [...links].map(([key, value]) => {
      const [source, target] = key.split('|');
      return { source, target, value };
    }),
  };
}

// ---------------------------------------------------------------- companies and matches
/** A business registration number with a valid check digit (국세청 rule). */
function brnFrom(nine) {
  const digits = nine.split('').map(Number);
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let total = digits.reduce((acc, digit, index) => acc + digit * weights[index], 0);
  total += Math.floor((digits[8] * 5) / 10);
  return nine + String((10 - (total % 10)) % 10);
}

const companies = [
  { brn: brnFrom('506812345'), name: '포항배터리소재㈜', region: 'GYEONGBUK', industries: ['SECONDARY_BATTERY'], stage: 'EXPANSION' },
  { brn: brnFrom('506823456'), name: '영일만바이오㈜', region: 'GYEONGBUK', industries: ['BIO'], stage: 'GROWTH' },
  { brn: brnFrom('506834567'), name: '㈜철강AI팩토리', region: 'GYEONGBUK', industries: ['AI_FACTORY', 'AI'], stage: 'LEAP' },
  { brn: brnFrom('506845678'), name: '경북수소모빌리티㈜', region: 'GYEONGBUK', industries: ['HYDROGEN'], stage: 'STARTUP' },
  { brn: brnFrom('131867890'), name: '㈜넥스젠파워', region: 'INCHEON', industries: ['SEMICONDUCTOR'], stage: 'GROWTH' },
  { brn: brnFrom('137812121'), name: '인천바이오로직스㈜', region: 'INCHEON', industries: ['BIO'], stage: 'EXPANSION' },
  { brn: brnFrom('132856565'), name: '김포로보틱스㈜', region: 'GYEONGGI', industries: ['HUMANOID_ROBOTICS'], stage: 'GROWTH' },
  { brn: brnFrom('411834343'), name: '광양수소에너지㈜', region: 'JEONNAM', industries: ['HYDROGEN'], stage: 'EXPANSION' },
];

const at = (minutesAgo) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const reason = (rule, outcome, points, detail) => ({ rule, outcome, points, detail });

function fixtureMatch(index, company, allocationId, amountEok, score, reasons, extra = {}) {
  return {
    id: `5a7c0000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    allocationId,
    fundId: NGF_ID,
    brn: company.brn,
    companyName: company.name,
    region: company.region,
    industry: company.industries[0],
    amount: amountEok * EOK,
    score,
    reasons,
    status: 'PROPOSED',
    approvals: 0,
    requiredApprovals: amountEok >= 100 ? 2 : 1,
    reviewThreshold: 100 * EOK,
    reviewRound: 1,
    reviews: [],
    proposedAt: at(600 - index * 30),
    ...extra,
  };
}

const lineFor = (region) => lines.find((line) => line.region === region && line.fundId === NGF_ID).allocationId;
const matches = [
  fixtureMatch(1, companies[0], lineFor('GYEONGBUK'), 350, 92, [
    reason('REGION', 'MATCHED', 0, 'GYEONGBUK is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'SECONDARY_BATTERY is eligible'),
    reason('STAGE_FIT', 'MATCHED', 15, 'stage EXPANSION is allowed'),
    reason('TICKET_FIT', 'MATCHED', 20, 'demand 350억 within the ticket range 50억–500억'),
    reason('CERTIFICATION', 'NEAR_MISS', 5, 'INNOBIZ; TECH_INNOVATION missing'),
    reason('NON_CAPITAL_REGION', 'MATCHED', 10, 'outside the capital area counts toward the regional earmark'),
  ], {
    approvals: 1,
    reviews: [{ decision: 'APPROVE', reason: '지역 이차전지 클러스터 핵심 기업', reviewer: 'wg-gyeongbuk-2', at: at(95), round: 1,
      status: 'PROPOSED', approvals: 1 }],
  }),
  fixtureMatch(2, companies[2], lineFor('GYEONGBUK'), 80, 85, [
    reason('REGION', 'MATCHED', 0, 'GYEONGBUK is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'AI_FACTORY, AI are eligible'),
    reason('STAGE_FIT', 'MATCHED', 15, 'stage LEAP is allowed'),
    reason('TICKET_FIT', 'NEAR_MISS', 12, 'demand 80억 is near the minimum ticket 50억'),
    reason('REMAINING_BUDGET', 'MATCHED', 10, 'ample budget left'),
  ]),
  fixtureMatch(3, companies[1], lineFor('GYEONGBUK'), 45, 71, [
    reason('REGION', 'MATCHED', 0, 'GYEONGBUK is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'BIO is eligible'),
    reason('STAGE_FIT', 'NEAR_MISS', 5, 'stage GROWTH allowed only up to 50억'),
    reason('CERTIFICATION', 'NEAR_MISS', 0, 'no certifications'),
  ]),
  fixtureMatch(4, companies[3], lineFor('GYEONGBUK'), 12, 64, [
    reason('REGION', 'MATCHED', 0, 'GYEONGBUK is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'HYDROGEN is eligible'),
    reason('SIZE', 'MATCHED', 0, '12 employees within the limit of 300'),
    reason('TICKET_FIT', 'NEAR_MISS', 4, 'demand 12억 below the usual ticket'),
  ]),
  fixtureMatch(5, companies[4], lineFor('INCHEON'), 20, 88, [
    reason('REGION', 'MATCHED', 0, 'INCHEON is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'SEMICONDUCTOR is eligible'),
    reason('INSTRUMENT', 'MATCHED', 0, 'LOAN_GUARANTEE requested'),
  ]),
  fixtureMatch(6, companies[5], lineFor('INCHEON'), 150, 77, [
    reason('REGION', 'MATCHED', 0, 'INCHEON is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'BIO is eligible'),
  ]),
  fixtureMatch(7, companies[6], lineFor('GYEONGGI'), 60, 81, [
    reason('REGION', 'MATCHED', 0, 'GYEONGGI is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'HUMANOID_ROBOTICS is eligible'),
  ]),
  fixtureMatch(8, companies[7], lineFor('JEONNAM'), 240, 90, [
    reason('REGION', 'MATCHED', 0, 'JEONNAM is an eligible region'),
    reason('INDUSTRY_FIT', 'MATCHED', 30, 'HYDROGEN is eligible'),
  ]),
];

// ---------------------------------------------------------------- auth (unsigned mock tokens)
const DEMO_USERS = [
  { subject: 'ministry-analyst', role: 'MINISTRY', region: null, nameKo: '부처 분석관', nameEn: 'Ministry analyst' },
  { subject: 'fund-operator', role: 'OPERATOR', region: null, nameKo: '운용기관 담당자', nameEn: 'Fund operator' },
  { subject: 'ops-engineer', role: 'OPS', region: null, nameKo: '운영 엔지니어', nameEn: 'Ops engineer' },
  ...[['GYEONGBUK', '경북', 'Gyeongbuk'], ['INCHEON', '인천', 'Incheon'], ['GYEONGGI', '경기', 'Gyeonggi'], ['JEONNAM', '전남', 'Jeonnam']]
    .flatMap(([code, ko, en]) => [1, 2].map((member) => ({
      subject: `wg-${code.toLowerCase()}-${member}`, role: 'WORKING_GROUP', region: code,
      nameKo: `${ko} 지역 협의체 위원 ${member}`, nameEn: `${en} working group member ${member}`,
    }))),
];
const ROLES = ['MINISTRY', 'OPERATOR', 'WORKING_GROUP', 'OPS'];
/** Stands in for a signature: a token whose third part differs counts as badly signed (401). */
const MOCK_SIGNATURE = Buffer.from('mock-signature').toString('base64url');
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function mintToken(subject, role, region) {
  const exp = Math.floor(Date.now() / 1000) + 8 * 3600;
  const claims = { iss: 'fundflow', aud: 'fundflow-api', sub: subject, role, exp, ...(region ? { region } : {}) };
  return { token: `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'mock' })}.${b64url(claims)}.${MOCK_SIGNATURE}`, exp };
}

function callerOf(request, url) {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : url.pathname === '/api/dashboard/stream' ? url.searchParams.get('access_token') : null;
  if (!token) {
    return null;
  }
  const [, payload, signature] = token.split('.');
  if (signature !== MOCK_SIGNATURE) {
    return null;
  }
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!ROLES.includes(claims.role) || (claims.exp && claims.exp * 1000 < Date.now())) {
      return null;
    }
    return { subject: claims.sub, role: claims.role, region: claims.region ?? null };
  }
  catch {
    return null;
  }
}

// ---------------------------------------------------------------- live feed
const feedLog = [];
let feedId = 0;
const streams = new Set();

function publish(event) {
  feedId += 1;
  const entry = { id: String(feedId), data: JSON.stringify({ at: new Date().toISOString(), fundId: NGF_ID, ...event }) };
  feedLog.push(entry);
  if (feedLog.length > 500) {
    feedLog.shift();
  }
  for (const response of streams) {
    writeEvent(response, entry);
  }
}

function writeEvent(response, entry) {
  response.write(`id: ${entry.id}\nevent: change\ndata: ${entry.data}\n\n`);
}

const FEED_TEMPLATES = [
  () => {
    const line = pick(lines.filter((l) => l.fundId === NGF_ID));
    const amount = (100 + Math.floor(random() * 900)) * EOK;
    const region = REGIONS.find((r) => r.code === line.region);
    return { type: 'allocation.adjusted', allocationId: line.allocationId, region: line.region, amount,
      message: { ko: `${region.name} ${line.channel} 배정액 조정`, en: `Allocation of ${line.channel} in ${line.region} adjusted` } };
  },
  () => {
    const company = pick(companies);
    const amount = (5 + Math.floor(random() * 300)) * EOK;
    return { type: 'match.proposed', matchId: `5a7c9999-0000-4000-8000-${String(feedId).padStart(12, '0')}`, region: company.region,
      amount, message: { ko: `${company.name} 매칭 제안`, en: `Match proposed for ${company.name}` } };
  },
  () => {
    const line = pick(lines.filter((l) => l.fundId === NGF_ID));
    const amount = (10 + Math.floor(random() * 200)) * EOK;
    return { type: 'allocation.disbursed', allocationId: line.allocationId, region: line.region, amount,
      message: { ko: `${line.channel} 자금 집행`, en: `Funds disbursed by ${line.channel}` } };
  },
  () => {
    const line = pick(lines.filter((l) => l.fundId === NGF_ID));
    const amount = (20 + Math.floor(random() * 400)) * EOK;
    return { type: 'allocation.committed', allocationId: line.allocationId, region: line.region, amount,
      message: { ko: `예산 약정 승인 (${line.channel})`, en: `Budget committed (${line.channel})` } };
  },
];
for (let i = 0; i < 6; i++) {
  publish(pick(FEED_TEMPLATES)());
}

// ---------------------------------------------------------------- HTTP
function problem(response, status, title, detail, extra = {}) {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail, ...extra });
  response.writeHead(status, { 'Content-Type': 'application/problem+json' });
  response.end(body);
}

function json(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function csv(response, name, header, rows) {
  const escape = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  response.writeHead(200, {
    'Content-Type': 'text/csv; charset=UTF-8',
    'Content-Disposition': `attachment; filename="${name}"`,
  });
  response.end(`\uFEFF${[header, ...rows].map((row) => row.map(escape).join(',')).join('\r\n')}\r\n`);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

const page = (list, url) => {
  const number = Number(url.searchParams.get('page') ?? 0);
  const size = Math.min(200, Number(url.searchParams.get('size') ?? 20));
  return { content: list.slice(number * size, number * size + size), page: number, size, totalElements: list.length,
    totalPages: Math.max(1, Math.ceil(list.length / size)) };
};

const validAsOf = (value) => value === null || /^\d{4}-\d{2}-\d{2}$/.test(value);
const isReader = (caller) => caller.role === 'MINISTRY' || caller.role === 'OPERATOR';
const visibleTo = (caller, match) => caller.role !== 'WORKING_GROUP' || match.region === caller.region;
const listItem = ({ history, ...match }) => match;

async function api(request, response, url) {
  const { pathname, searchParams } = url;

  if (pathname === '/auth/demo-users' && request.method === 'GET') {
    return DEMO_USERS_ENABLED ? json(response, 200, DEMO_USERS) : problem(response, 404, 'Not Found', 'No demo users here');
  }
  if (pathname === '/auth/dev-token' && request.method === 'POST') {
    const body = await readBody(request).catch(() => undefined);
    if (!body || typeof body.subject !== 'string' || !ROLES.includes(body.role)) {
      return problem(response, 400, 'Bad Request', 'a body {"subject", "role", "region"?} is required');
    }
    const { token, exp } = mintToken(body.subject, body.role, body.region);
    return json(response, 200, { token, tokenType: 'Bearer', expiresAt: new Date(exp * 1000).toISOString(),
      subject: body.subject, role: body.role, region: body.region ?? null });
  }

  const caller = callerOf(request, url);
  if (!caller) {
    return problem(response, 401, 'Unauthorized', 'A valid bearer token is required');
  }

  if (pathname === '/api/funds' && request.method === 'GET') {
    return isReader(caller) ? json(response, 200, page(funds, url)) : problem(response, 403, 'Forbidden', 'Your role cannot read funds');
  }

  if (pathname.startsWith('/api/dashboard/')) {
    if (pathname === '/api/dashboard/stream') {
      if (!isReader(caller)) {
        return problem(response, 403, 'Forbidden', 'Your role cannot read the dashboard');
      }
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      response.write('retry: 3000\n\n');
      const lastId = Number(request.headers['last-event-id'] ?? NaN);
      const replay = Number.isFinite(lastId) ? feedLog.filter((entry) => Number(entry.id) > lastId) : feedLog.slice(-8);
      replay.forEach((entry) => writeEvent(response, entry));
      streams.add(response);
      const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
      request.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(response);
      });
      return undefined;
    }
    if (!isReader(caller)) {
      return problem(response, 403, 'Forbidden', 'Your role cannot read the dashboard');
    }
    const fund = funds.find((f) => f.id === searchParams.get('fundId'));
    if (!fund) {
      return problem(response, 404, 'Not Found', `Fund ${searchParams.get('fundId')} not found`);
    }
    const asOf = searchParams.get('asOf');
    if (!validAsOf(asOf)) {
      return problem(response, 400, 'Bad Request', 'asOf must be a date YYYY-MM-DD', { errors: [{ field: 'asOf', message: 'must be YYYY-MM-DD' }] });
    }
    if (pathname === '/api/dashboard/summary') {
      return json(response, 200, summary(fund, asOf));
    }
    if (pathname === '/api/dashboard/flows') {
      const groupBy = searchParams.get('groupBy') ?? 'region';
      if (!GROUPS[groupBy]) {
        return problem(response, 400, 'Bad Request', 'groupBy must be region, industry, instrument, channel or stage');
      }
      return json(response, 200, flows(fund, groupBy, asOf));
    }
    if (pathname === '/api/dashboard/sankey') {
      const measure = searchParams.get('measure') ?? 'allocated';
      if (!MONEY.includes(measure)) {
        return problem(response, 400, 'Bad Request', 'measure must be allocated or committed');
      }
      return json(response, 200, sankey(fund, measure, asOf));
    }
  }

  if (pathname === '/api/allocations' && searchParams.get('format') === 'csv') {
    if (!isReader(caller)) {
      return problem(response, 403, 'Forbidden', 'Your role cannot read allocations');
    }
    const rows = lines.filter((line) => !searchParams.get('fundId') || line.fundId === searchParams.get('fundId'));
    return csv(response, 'allocations.csv', ['id', 'fundId', 'channel', 'region', 'industry', 'instrument', ...MONEY],
      rows.map((line) => [line.allocationId, line.fundId, line.channel, line.region, line.industry, line.instrument, ...MONEY.map((m) => line[m])]));
  }
  if (pathname === '/api/companies' && searchParams.get('format') === 'csv') {
    if (!isReader(caller)) {
      return problem(response, 403, 'Forbidden', 'Your role cannot read companies');
    }
    return csv(response, 'companies.csv', ['brn', 'name', 'region', 'industries', 'stage'],
      companies.map((c) => [c.brn, c.name, c.region, c.industries.join(';'), c.stage]));
  }

  if (pathname === '/api/matches' && request.method === 'GET') {
    const status = searchParams.get('status');
    const visible = matches.filter((m) => visibleTo(caller, m) && (!status || m.status === status))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    if (searchParams.get('format') === 'csv') {
      return csv(response, 'matches.csv', ['id', 'allocationId', 'brn', 'companyName', 'region', 'amount', 'score', 'status'],
        visible.map((m) => [m.id, m.allocationId, m.brn, m.companyName, m.region, m.amount, m.score, m.status]));
    }
    return json(response, 200, page(visible.map(listItem), url));
  }

  const matchPath = /^\/api\/matches\/([^/]+)(\/reviews)?$/.exec(pathname);
  if (matchPath) {
    const match = matches.find((m) => m.id === matchPath[1]);
    if (!match || !visibleTo(caller, match)) {
      return problem(response, 404, 'Not Found', `Match ${matchPath[1]} not found`);
    }
    if (!matchPath[2] && request.method === 'GET') {
      return json(response, 200, match);
    }
    if (matchPath[2] && request.method === 'POST') {
      if (caller.role !== 'WORKING_GROUP') {
        return problem(response, 403, 'Forbidden', 'Only the region\'s working group reviews matches');
      }
      const body = await readBody(request).catch(() => undefined);
      if (!body || !['APPROVE', 'REJECT', 'REQUEST_INFO'].includes(body.decision)) {
        return problem(response, 400, 'Bad Request', 'decision must be APPROVE, REJECT or REQUEST_INFO', { errors: [{ field: 'decision', message: 'must not be null' }] });
      }
      const text = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : null;
      if (body.decision === 'REJECT' && !text) {
        return problem(response, 400, 'Bad Request', 'A rejection needs a reason', { errors: [{ field: 'reason', message: 'A rejection needs a reason' }] });
      }
      if (match.status !== 'PROPOSED') {
        return problem(response, 409, 'Conflict', `The match is ${match.status}, not awaiting review`);
      }
      const round = match.reviews.filter((r) => r.round === match.reviewRound);
      if (body.decision === 'APPROVE' && round.some((r) => r.decision === 'APPROVE' && r.reviewer === caller.subject)) {
        return problem(response, 409, 'Conflict', 'You have already approved this match; a second member must approve (four eyes)');
      }
      if (body.decision === 'APPROVE') {
        match.approvals += 1;
        if (match.approvals >= match.requiredApprovals) {
          match.status = 'APPROVED';
        }
      }
      else {
        match.status = body.decision === 'REJECT' ? 'REJECTED' : 'INFO_REQUESTED';
      }
      match.reviews.push({ decision: body.decision, reason: text, reviewer: caller.subject, at: new Date().toISOString(),
        round: match.reviewRound, status: match.status, approvals: match.approvals });
      publish({ type: 'match.reviewed', matchId: match.id, allocationId: match.allocationId, region: match.region, amount: match.amount,
        message: { ko: `${match.companyName} 검토: ${match.status}`, en: `${match.companyName} reviewed: ${match.status}` } });
      return json(response, 200, match);
    }
  }
  return problem(response, 404, 'Not Found', `No such path: ${pathname}`);
}

const TYPES = { '.html': 'text/html; charset=UTF-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };

function serveStatic(response, pathname) {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
  const file = resolve(STATIC_DIR, relative);
  if (!(file === STATIC_DIR || file.startsWith(STATIC_DIR + sep)) || !existsSync(file) || !statSync(file).isFile()) {
    return problem(response, 404, 'Not Found', `No such file: ${pathname}`);
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  return createReadStream(file).pipe(response);
}

const server = createServer((request, response) => {
  const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/auth/')) {
    api(request, response, url).catch((error) => {
      console.error(error);
      if (!response.headersSent) {
        problem(response, 500, 'Internal Server Error', 'mock server error');
      }
    });
    return;
  }
  serveStatic(response, url.pathname);
});

const ticker = setInterval(() => publish(pick(FEED_TEMPLATES)()), FEED_INTERVAL_MS);
server.on('close', () => clearInterval(ticker));
server.listen(PORT, HOST, () => {
  console.log(`mock gateway on http://${HOST}:${PORT} (pages from ${STATIC_DIR}${existsSync(STATIC_DIR) ? '' : ' — not built yet: npm run build'})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    streams.forEach((response) => response.end());
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  });
}
