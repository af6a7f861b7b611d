/** The signed-in person: a bearer token in sessionStorage (gone when the tab closes) and its claims. */

const TOKEN_KEY = 'fundflow.token';
const NAME_KEY = 'fundflow.displayName';

export interface Claims {
  sub: string;
  role: string;
  region?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/** How the sign-in page named a demo user, in both languages. */
export interface DisplayName {
  ko: string;
  en: string;
}

export interface Session {
  token: string;
  claims: Claims;
  displayName?: DisplayName;
}

/** Reads a JWT's payload without verifying it: the servers verify; the page only needs role and region. */
export function decodeClaims(token: string): Claims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[1].length === 0) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof payload !== 'object' || payload === null) {
      return null;
    }
    const { sub, role, region, exp } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || typeof role !== 'string') {
      return null;
    }
    return {
      sub,
      role,
      region: typeof region === 'string' ? region : undefined,
      exp: typeof exp === 'number' ? exp : undefined,
    };
  }
  catch {
    return null;
  }
}

export function isExpired(claims: Claims, nowMillis: number): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMillis;
}

/** Where a role starts: ministries and operators on the dashboard, working groups on their queue. */
export function homeFor(role: string): '/dashboard' | '/queue' | null {
  switch (role) {
    case 'MINISTRY':
    case 'OPERATOR':
      return '/dashboard';
    case 'WORKING_GROUP':
      return '/queue';
    default:
      return null;
  }
}

/** Whether a role may open a page (the servers decide for real; this only shapes the navigation). */
export function mayOpen(role: string, path: string): boolean {
  if (path === '/dashboard') {
    return role === 'MINISTRY' || role === 'OPERATOR';
  }
  if (path === '/queue') {
    return role === 'WORKING_GROUP';
  }
  return true;
}

export function currentSession(nowMillis: number = Date.now()): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    return null;
  }
  const claims = decodeClaims(token);
  if (!claims || isExpired(claims, nowMillis)) {
    signOut();
    return null;
  }
  return { token, claims, displayName: readDisplayName() };
}

function readDisplayName(): DisplayName | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(NAME_KEY) ?? 'null');
    const name = stored as Partial<DisplayName> | null;
    return name && typeof name.ko === 'string' && typeof name.en === 'string' ? { ko: name.ko, en: name.en } : undefined;
  }
  catch {
    return undefined;
  }
}

export function signIn(token: string, displayName?: DisplayName): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  if (displayName) {
    sessionStorage.setItem(NAME_KEY, JSON.stringify(displayName));
  }
  else {
    sessionStorage.removeItem(NAME_KEY);
  }
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(NAME_KEY);
}
