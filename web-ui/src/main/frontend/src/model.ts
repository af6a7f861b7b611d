/** The API shapes the pages read (SPEC §5.1; fields beyond these are ignored), and pure logic on them. */

import { CAPITAL_AREA, type Lang, STAGES } from './i18n';
import { toWon, type Won } from './money';

export interface PageOf<T> {
  content: T[];
  page?: number;
  size?: number;
  totalElements?: number;
  totalPages?: number;
}

export interface Fund {
  id: string;
  name: string;
  totalCap: Won;
  periodStart?: string;
  periodEnd?: string;
  regionalMinimum?: Won;
  aiMinimum?: Won;
}

export interface Earmark {
  target: Won;
  amount: Won;
  percent?: number;
}

export interface Summary {
  fundId: string;
  totalCap: Won;
  allocated: Won;
  proposed: Won;
  approved: Won;
  committed: Won;
  disbursed: Won;
  regional: Earmark;
  ai: Earmark;
  asOf?: string | null;
}

export interface FlowRow {
  key: string;
  label?: string;
  capitalArea?: boolean;
  allocated: Won;
  proposed: Won;
  approved: Won;
  committed: Won;
  disbursed: Won;
}

export interface Flows {
  fundId: string;
  groupBy: string;
  asOf?: string | null;
  rows: FlowRow[];
}

export interface SankeyData {
  nodes: Array<{ name: string; label?: string }>;
  links: Array<{ source: string; target: string; value: Won }>;
}

export interface FeedEvent {
  /** The SSE id, used to drop repeats after a reconnect. */
  id: string | null;
  type: string;
  at: string;
  fundId?: string;
  allocationId?: string;
  matchId?: string;
  region?: string;
  amount?: Won;
  message?: { ko?: string; en?: string };
}

export interface Reason {
  rule: string;
  outcome: string;
  points: number;
  detail?: string;
}

export interface Review {
  decision: string;
  reason?: string | null;
  reviewer: string;
  at: string;
}

export interface Match {
  id: string;
  allocationId: string;
  brn: string;
  companyName?: string;
  region: string;
  amount: Won;
  score: number;
  reasons: Reason[];
  status: string;
  approvals?: number;
  requiredApprovals?: number;
  reviews?: Review[];
}

export interface DemoUser {
  subject: string;
  role: string;
  region?: string | null;
  label?: string;
  nameKo?: string;
  nameEn?: string;
}

export const GROUP_BYS = ['region', 'industry', 'instrument', 'channel', 'stage'] as const;
export const SANKEY_MEASURES = ['allocated', 'committed'] as const;

/** Highest score first; ties by larger amount, then id, so the order is stable between refreshes. */
export function sortByScore(matches: readonly Match[]): Match[] {
  return [...matches].sort((a, b) => {
    if (b.score !== a.score) {
      return b.score - a.score;
    }
    const amountA = toWon(a.amount);
    const amountB = toWon(b.amount);
    if (amountA !== amountB) {
      return amountB > amountA ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export type OutcomeKind = 'matched' | 'near-miss' | 'other';

/** The matching service explains each rule as MATCHED or NEAR_MISS. */
export function outcomeKind(outcome: string): OutcomeKind {
  const normalized = outcome.toUpperCase();
  if (normalized === 'NEAR_MISS' || normalized.includes('NEAR')) {
    return 'near-miss';
  }
  if (normalized === 'MATCHED') {
    return 'matched';
  }
  return 'other';
}

export type Decision = 'APPROVE' | 'REJECT' | 'REQUEST_INFO';

/** The matching service keeps reasons up to this length. */
export const MAX_REASON_LENGTH = 2000;

export type ReviewProblem = 'reasonRequired' | 'reasonTooLong';

/** A rejection needs a reason (SPEC §2); a reason longer than the service keeps is refused before sending. */
export function validateReview(decision: Decision, reason: string): ReviewProblem | null {
  const trimmed = reason.trim();
  if (decision === 'REJECT' && trimmed.length === 0) {
    return 'reasonRequired';
  }
  if (trimmed.length > MAX_REASON_LENGTH) {
    return 'reasonTooLong';
  }
  return null;
}

/** Four eyes: how many approvals a match has and needs (one when the server does not say). */
export function fourEyes(match: Pick<Match, 'approvals' | 'requiredApprovals'>): { approvals: number; required: number } {
  return { approvals: match.approvals ?? 0, required: match.requiredApprovals ?? 1 };
}

/** Adds a feed event newest first, dropping one already shown (same SSE id) and keeping at most `cap`. */
export function addToFeed(feed: readonly FeedEvent[], event: FeedEvent, cap: number): FeedEvent[] {
  if (event.id !== null && feed.some((shown) => shown.id === event.id)) {
    return [...feed];
  }
  return [event, ...feed].slice(0, cap);
}

/** Reads one stream event's data; null for anything that is not a feed event. */
export function parseFeedEvent(id: string | null, data: string): FeedEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) {
      return null;
    }
    const event = value as Record<string, unknown>;
    if (typeof event.type !== 'string' || typeof event.at !== 'string') {
      return null;
    }
    return { ...(event as unknown as FeedEvent), id };
  }
  catch {
    return null;
  }
}

/** The feed line in the page's language, the other language, or the event type. */
export function feedMessage(event: FeedEvent, language: Lang): string {
  const message = event.message ?? {};
  return (language === 'ko' ? message.ko ?? message.en : message.en ?? message.ko) ?? event.type;
}

export function isCapitalArea(row: Pick<FlowRow, 'key' | 'capitalArea'>): boolean {
  return row.capitalArea ?? CAPITAL_AREA.has(row.key);
}

/** Region rows with the capital area first (so one band can mark it), each group in the server's order. */
export function capitalAreaFirst(rows: readonly FlowRow[]): FlowRow[] {
  return [...rows.filter(isCapitalArea), ...rows.filter((row) => !isCapitalArea(row))];
}

/** Sum of a stage over rows, exactly. */
export function totalOf(rows: readonly FlowRow[], stage: (typeof STAGES)[number]): bigint {
  return rows.reduce((sum, row) => sum + toWon(row[stage]), 0n);
}

/** How the sign-in page names a demo user. */
export function demoUserName(user: DemoUser, language: Lang): string {
  const named = language === 'ko' ? user.nameKo ?? user.nameEn : user.nameEn ?? user.nameKo;
  return named ?? user.label ?? user.subject;
}
