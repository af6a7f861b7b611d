import { describe, expect, it } from 'vitest';

import { ApiError, fileNameFrom, parseJson, problemFromBody, withQuery } from '../src/api';

describe('problem details', () => {
  it('carry the title, detail and field errors of the server', () => {
    const problem = problemFromBody(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'A rejection needs a reason',
      errors: [{ field: 'reason', message: 'must not be blank' }],
    }, 'fallback');
    expect(problem).toBeInstanceOf(ApiError);
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Bad Request');
    expect(problem.detail).toBe('A rejection needs a reason');
    expect(problem.fieldErrors).toEqual([{ field: 'reason', message: 'must not be blank' }]);
  });

  it('fall back to the status text when the body is not problem details', () => {
    const problem = problemFromBody(502, 'Bad gateway', 'Bad Gateway');
    expect(problem.title).toBe('Bad Gateway');
    expect(problem.detail).toBeUndefined();
    expect(problem.fieldErrors).toEqual([]);
  });
});

describe('parseJson', () => {
  it('keeps ordinary numbers as numbers', () => {
    expect(parseJson('{"amount":35000000000,"percent":13.5}')).toEqual({ amount: 35_000_000_000, percent: 13.5 });
  });

  it('keeps integers beyond 2^53 exact where the runtime gives the source text', () => {
    const parsed = parseJson('{"amount":9007199254740993}') as { amount: number | bigint };
    const sourceTextAvailable = typeof parsed.amount === 'bigint';
    expect(parsed.amount).toEqual(sourceTextAvailable ? 9_007_199_254_740_993n : 9_007_199_254_740_992);
  });
});

describe('fileNameFrom', () => {
  it('prefers the UTF-8 file name', () => {
    expect(fileNameFrom('attachment; filename="matches.csv"; filename*=UTF-8\'\'%EB%A7%A4%EC%B9%AD.csv')).toBe('매칭.csv');
  });

  it('reads quoted and bare names', () => {
    expect(fileNameFrom('attachment; filename="allocations.csv"')).toBe('allocations.csv');
    expect(fileNameFrom('attachment; filename=companies.csv')).toBe('companies.csv');
  });

  it('answers null without a name', () => {
    expect(fileNameFrom(null)).toBeNull();
    expect(fileNameFrom('attachment')).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty parameters and encodes the rest', () => {
    expect(withQuery('/api/dashboard/summary', { fundId: 'f1', asOf: '' })).toBe('/api/dashboard/summary?fundId=f1');
    expect(withQuery('/api/matches', { status: 'PROPOSED', page: 0, size: 20 })).toBe('/api/matches?status=PROPOSED&page=0&size=20');
    expect(withQuery('/api/companies', { q: '넥스젠 파워' })).toBe('/api/companies?q=%EB%84%A5%EC%8A%A4%EC%A0%A0+%ED%8C%8C%EC%9B%8C');
    expect(withQuery('/api/funds', {})).toBe('/api/funds');
  });
});
