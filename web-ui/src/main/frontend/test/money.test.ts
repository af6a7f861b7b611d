import { describe, expect, it } from 'vitest';

import { formatPercent, formatWon, formatWonDigits, formatWonShort, groupDigits, percentOf, toWon } from '../src/money';

const JO = 1_000_000_000_000;
const EOK = 100_000_000;

describe('formatWon shows exact amounts in 조/억/만 units', () => {
  it('shows whole 조 as 조 alone', () => {
    expect(formatWon(60 * JO)).toBe('60조');
    expect(formatWon(150 * JO)).toBe('150조');
  });

  it('groups the digits within a unit', () => {
    expect(formatWon(2_200 * EOK)).toBe('2,200억');
    expect(formatWon(12_345n * 10n ** 12n)).toBe('12,345조');
  });

  it('joins the units largest first and leaves out empty ones', () => {
    expect(formatWon(JO + 3_000 * EOK)).toBe('1조 3,000억');
    expect(formatWon(2 * JO + 5_000 * 10_000)).toBe('2조 5,000만');
    expect(formatWon(123_456_789)).toBe('1억 2,345만 6,789원');
  });

  it('keeps every won of an amount with all units', () => {
    expect(formatWon(34_490_000_000_123)).toBe('34조 4,900억 123원');
    expect(formatWon(5_000)).toBe('5,000원');
    expect(formatWon(1)).toBe('1원');
  });

  it('shows zero and negative amounts', () => {
    expect(formatWon(0)).toBe('0원');
    expect(formatWon(-(JO + 3_000 * EOK))).toBe('-1조 3,000억');
  });

  it('is exact beyond the range of a double', () => {
    // 9,007,199,254,740,993 cannot be a JavaScript number; as BigInt or digits it stays exact.
    expect(formatWon(9_007_199_254_740_993n)).toBe('9,007조 1,992억 5,474만 993원');
    expect(formatWon('9007199254740993')).toBe('9,007조 1,992억 5,474만 993원');
  });

  it('refuses amounts that are not exact integers', () => {
    expect(() => formatWon(1.5)).toThrow(RangeError);
    expect(() => formatWon(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
    expect(() => formatWon('12억')).toThrow(RangeError);
  });
});

describe('formatWonShort gives one decimal of the largest unit for tight spaces', () => {
  it('shows whole units without a decimal', () => {
    expect(formatWonShort(60 * JO)).toBe('60조');
    expect(formatWonShort(2_200 * EOK)).toBe('2,200억');
  });

  it('rounds to one decimal, half up', () => {
    expect(formatWonShort(JO + 3_000 * EOK)).toBe('1.3조');
    expect(formatWonShort(JO + 2_500 * EOK)).toBe('1.3조');
    expect(formatWonShort(JO + 2_499 * EOK)).toBe('1.2조');
    expect(formatWonShort(123 * 10_000)).toBe('123만');
    expect(formatWonShort(9_999)).toBe('9,999원');
  });

  it('moves up a unit when rounding reaches ten thousand of the smaller one', () => {
    expect(formatWonShort(JO - 1)).toBe('1조');
    expect(formatWonShort(9_999 * EOK + 9_999 * 10_000)).toBe('1조');
  });

  it('keeps an amount just under a unit in the smaller unit', () => {
    expect(formatWonShort(9_500 * 10_000)).toBe('9,500만');
  });
});

describe('percentOf computes a one-decimal percentage from integers', () => {
  it('rounds half up', () => {
    expect(percentOf(1, 3)).toBe('33.3%');
    expect(percentOf(2, 3)).toBe('66.7%');
    expect(percentOf(1, 8)).toBe('12.5%');
    expect(percentOf(1, 16)).toBe('6.3%');
  });

  it('handles whole and over-target amounts', () => {
    expect(percentOf(60 * JO, 60 * JO)).toBe('100.0%');
    expect(percentOf(66 * JO, 60 * JO)).toBe('110.0%');
    expect(percentOf(0, 60 * JO)).toBe('0.0%');
  });

  it('stays exact where floating point would not', () => {
    expect(percentOf(8_085_900_000_000, 60 * JO)).toBe('13.5%');
    expect(percentOf(9_007_199_254_740_993n, 18_014_398_509_481_986n)).toBe('50.0%');
  });

  it('shows a dash for a zero target', () => {
    expect(percentOf(5, 0)).toBe('–');
  });
});

describe('other money helpers', () => {
  it('formats percentages the server computed with one decimal', () => {
    expect(formatPercent(13.476)).toBe('13.5%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(Number.NaN)).toBe('–');
  });

  it('writes out every digit for tooltips', () => {
    expect(formatWonDigits(JO + 3_000 * EOK)).toBe('1,300,000,000,000원');
    expect(groupDigits(-1234567n)).toBe('-1,234,567');
  });

  it('reads numbers, bigints and digit strings', () => {
    expect(toWon(42)).toBe(42n);
    expect(toWon(42n)).toBe(42n);
    expect(toWon(' -42 ')).toBe(-42n);
  });
});
