import { describe, expect, it } from 'vitest';

import { decodeClaims, homeFor, isExpired, mayOpen } from '../src/auth';

function jwt(payload: object): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('decodeClaims', () => {
  it('reads subject, role, region and expiry from the payload', () => {
    expect(decodeClaims(jwt({ sub: 'wg-gyeongbuk-1', role: 'WORKING_GROUP', region: 'GYEONGBUK', exp: 1_900_000_000 })))
      .toEqual({ sub: 'wg-gyeongbuk-1', role: 'WORKING_GROUP', region: 'GYEONGBUK', exp: 1_900_000_000 });
  });

  it('reads Korean text in the payload (UTF-8, base64url)', () => {
    expect(decodeClaims(jwt({ sub: '분석관', role: 'MINISTRY' }))?.sub).toBe('분석관');
  });

  it('refuses what is not a JWT with a subject and a role', () => {
    expect(decodeClaims('not a token')).toBeNull();
    expect(decodeClaims('a.b')).toBeNull();
    expect(decodeClaims('a.!!!.c')).toBeNull();
    expect(decodeClaims(jwt({ role: 'MINISTRY' }))).toBeNull();
    expect(decodeClaims(jwt({ sub: 'x' }))).toBeNull();
  });

  it('tolerates surrounding white space from pasting', () => {
    expect(decodeClaims(`  ${jwt({ sub: 'x', role: 'OPS' })}\n`)?.role).toBe('OPS');
  });
});

describe('expiry and routing by role', () => {
  it('treats a token as expired from its exp second on', () => {
    expect(isExpired({ sub: 'x', role: 'OPS', exp: 100 }, 99_999)).toBe(false);
    expect(isExpired({ sub: 'x', role: 'OPS', exp: 100 }, 100_000)).toBe(true);
    expect(isExpired({ sub: 'x', role: 'OPS' }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('sends ministries and operators to the dashboard, working groups to their queue', () => {
    expect(homeFor('MINISTRY')).toBe('/dashboard');
    expect(homeFor('OPERATOR')).toBe('/dashboard');
    expect(homeFor('WORKING_GROUP')).toBe('/queue');
    expect(homeFor('OPS')).toBeNull();
  });

  it('offers each page only to the roles that can use it', () => {
    expect(mayOpen('MINISTRY', '/dashboard')).toBe(true);
    expect(mayOpen('WORKING_GROUP', '/dashboard')).toBe(false);
    expect(mayOpen('WORKING_GROUP', '/queue')).toBe(true);
    expect(mayOpen('MINISTRY', '/queue')).toBe(false);
    expect(mayOpen('OPS', '/login')).toBe(true);
  });
});
