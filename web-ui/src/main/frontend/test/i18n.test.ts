import { describe, expect, it } from 'vitest';

import { CAPITAL_AREA, messagesFor, REGION_CODES, referenceName, ruleName, stageName, statusName } from '../src/i18n';

describe('labels', () => {
  it('exist in both languages for every message', () => {
    expect(Object.keys(messagesFor('en')).sort()).toEqual(Object.keys(messagesFor('ko')).sort());
  });

  it('name reference codes, with or without a kind prefix', () => {
    expect(referenceName('GYEONGBUK', undefined, 'ko')).toBe('경북');
    expect(referenceName('region:GYEONGBUK', undefined, 'en')).toBe('Gyeongbuk');
    expect(referenceName('industry:AI_FACTORY', undefined, 'ko')).toBe('AI 팩토리');
  });

  it('fall back to the server label, then the code, for what the page does not know', () => {
    expect(referenceName('fund:7b0f', '국민성장펀드', 'en')).toBe('국민성장펀드');
    expect(referenceName('iM뱅크', undefined, 'ko')).toBe('iM뱅크');
  });

  it('name stages, statuses and rules in Korean first', () => {
    expect(stageName('committed', 'ko')).toBe('약정');
    expect(statusName('INFO_REQUESTED', 'en')).toBe('Info requested');
    expect(ruleName('NON_CAPITAL_REGION', 'ko')).toBe('비수도권');
    expect(ruleName('SOMETHING_NEW', 'ko')).toBe('SOMETHING_NEW');
  });

  it('know the 17 regions and the three of the capital area', () => {
    expect(REGION_CODES.size).toBe(17);
    expect([...CAPITAL_AREA].sort()).toEqual(['GYEONGGI', 'INCHEON', 'SEOUL']);
    expect([...CAPITAL_AREA].every((code) => REGION_CODES.has(code))).toBe(true);
  });
});
