import { describe, expect, it } from 'vitest';

import { buildHash, isIsoDate, parseHash } from '../src/route';

describe('hash routes', () => {
  it('split the path from its query', () => {
    const route = parseHash('#/dashboard?fundId=f1&asOf=2026-06-30');
    expect(route.path).toBe('/dashboard');
    expect(route.params.get('fundId')).toBe('f1');
    expect(route.params.get('asOf')).toBe('2026-06-30');
  });

  it('treat an empty hash as the start', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#').path).toBe('/');
    expect(parseHash('#queue').path).toBe('/queue');
  });

  it('are built without empty parameters and read back the same', () => {
    const hash = buildHash('/dashboard', { fundId: 'f 1', asOf: '', groupBy: null });
    expect(hash).toBe('#/dashboard?fundId=f+1');
    expect(parseHash(hash).params.get('fundId')).toBe('f 1');
    expect(buildHash('/queue')).toBe('#/queue');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar days as YYYY-MM-DD', () => {
    expect(isIsoDate('2026-06-30')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses other shapes and days that do not exist', () => {
    expect(isIsoDate('2026-6-30')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('30/06/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
