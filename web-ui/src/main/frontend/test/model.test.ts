import { describe, expect, it } from 'vitest';

import {
  addToFeed,
  capitalAreaFirst,
  demoUserName,
  type FeedEvent,
  feedMessage,
  type FlowRow,
  fourEyes,
  type Match,
  MAX_REASON_LENGTH,
  outcomeKind,
  parseFeedEvent,
  sortByScore,
  totalOf,
  validateReview,
} from '../src/model';

function match(id: string, score: number, amount: number | bigint): Match {
  return { id, allocationId: 'a', brn: '1234567890', region: 'GYEONGBUK', amount, score, reasons: [], status: 'PROPOSED' };
}

function row(key: string, allocated: number, capitalArea?: boolean): FlowRow {
  return { key, capitalArea, allocated, proposed: 0, approved: 0, committed: allocated / 2, disbursed: 0 };
}

function event(id: string | null, type = 'match.proposed'): FeedEvent {
  return { id, type, at: '2026-06-30T00:00:00Z' };
}

describe('the review queue', () => {
  it('lists the highest score first, then the larger amount, then by id', () => {
    const sorted = sortByScore([match('c', 70, 5), match('b', 90, 1), match('a', 70, 5), match('d', 70, 9_007_199_254_740_993n)]);
    expect(sorted.map((m) => m.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('does not reorder the list it was given', () => {
    const given = [match('x', 1, 1), match('y', 2, 1)];
    sortByScore(given);
    expect(given.map((m) => m.id)).toEqual(['x', 'y']);
  });

  it('tells matched rules from near misses', () => {
    expect(outcomeKind('MATCHED')).toBe('matched');
    expect(outcomeKind('NEAR_MISS')).toBe('near-miss');
    expect(outcomeKind('near_miss')).toBe('near-miss');
    expect(outcomeKind('SOMETHING_NEW')).toBe('other');
  });

  it('requires a reason to reject, and only to reject', () => {
    expect(validateReview('REJECT', '')).toBe('reasonRequired');
    expect(validateReview('REJECT', '   \n ')).toBe('reasonRequired');
    expect(validateReview('REJECT', '매출 자료 불충분')).toBeNull();
    expect(validateReview('APPROVE', '')).toBeNull();
    expect(validateReview('REQUEST_INFO', '')).toBeNull();
  });

  it('refuses a reason longer than the matching service keeps', () => {
    expect(validateReview('APPROVE', 'x'.repeat(MAX_REASON_LENGTH))).toBeNull();
    expect(validateReview('APPROVE', 'x'.repeat(MAX_REASON_LENGTH + 1))).toBe('reasonTooLong');
  });

  it('reads four-eyes state, one approval needed when the server does not say', () => {
    expect(fourEyes({ approvals: 1, requiredApprovals: 2 })).toEqual({ approvals: 1, required: 2 });
    expect(fourEyes({})).toEqual({ approvals: 0, required: 1 });
  });
});

describe('the live feed', () => {
  it('puts the newest event first and keeps at most the cap', () => {
    let feed: FeedEvent[] = [];
    for (let i = 1; i <= 5; i++) {
      feed = addToFeed(feed, event(String(i)), 3);
    }
    expect(feed.map((e) => e.id)).toEqual(['5', '4', '3']);
  });

  it('drops an event already shown, as a resumed stream may repeat one', () => {
    const feed = addToFeed(addToFeed([], event('1'), 10), event('1'), 10);
    expect(feed).toHaveLength(1);
  });

  it('keeps events without an id', () => {
    expect(addToFeed(addToFeed([], event(null), 10), event(null), 10)).toHaveLength(2);
  });

  it('reads an event from its JSON data and ignores anything else', () => {
    const parsed = parseFeedEvent('9', '{"type":"match.reviewed","at":"2026-06-30T01:02:03Z","amount":35000000000,"message":{"ko":"검토","en":"Reviewed"}}');
    expect(parsed).toMatchObject({ id: '9', type: 'match.reviewed', amount: 35_000_000_000 });
    expect(parseFeedEvent('1', 'not json')).toBeNull();
    expect(parseFeedEvent('1', '{"type":"x"}')).toBeNull();
    expect(parseFeedEvent('1', '42')).toBeNull();
  });

  it('shows the message in the page language, else the other one, else the type', () => {
    const both: FeedEvent = { ...event('1'), message: { ko: '검토', en: 'Reviewed' } };
    expect(feedMessage(both, 'ko')).toBe('검토');
    expect(feedMessage(both, 'en')).toBe('Reviewed');
    expect(feedMessage({ ...event('1'), message: { ko: '검토' } }, 'en')).toBe('검토');
    expect(feedMessage(event('1', 'allocation.closed'), 'ko')).toBe('allocation.closed');
  });
});

describe('flows', () => {
  it('puts the capital area first, keeping the order within each group', () => {
    const rows = [row('SEOUL', 1), row('BUSAN', 2), row('INCHEON', 3), row('GYEONGGI', 4), row('JEJU', 5)];
    expect(capitalAreaFirst(rows).map((r) => r.key)).toEqual(['SEOUL', 'INCHEON', 'GYEONGGI', 'BUSAN', 'JEJU']);
  });

  it('trusts the server when it marks the capital area', () => {
    const rows = [row('BUSAN', 1, false), row('SOMEWHERE_NEW', 2, true)];
    expect(capitalAreaFirst(rows).map((r) => r.key)).toEqual(['SOMEWHERE_NEW', 'BUSAN']);
  });

  it('totals a stage exactly', () => {
    expect(totalOf([row('A', 9_007_199_254_740_990), row('B', 4)], 'allocated')).toBe(9_007_199_254_740_994n);
  });
});

describe('demo users', () => {
  it('are named in the page language, falling back to the label and the subject', () => {
    const user = { subject: 'wg-gyeongbuk-1', role: 'WORKING_GROUP', region: 'GYEONGBUK', nameKo: '경북 위원 1', nameEn: 'Gyeongbuk member 1' };
    expect(demoUserName(user, 'ko')).toBe('경북 위원 1');
    expect(demoUserName(user, 'en')).toBe('Gyeongbuk member 1');
    expect(demoUserName({ subject: 's', role: 'MINISTRY', label: 'Analyst' }, 'ko')).toBe('Analyst');
    expect(demoUserName({ subject: 's', role: 'MINISTRY' }, 'en')).toBe('s');
  });
});
