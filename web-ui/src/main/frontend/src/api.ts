/** Calls to the gateway with the bearer token; errors are RFC 9457 problem details. */

import { currentSession } from './auth';
import { t } from './i18n';

/** A failed call, with what the server said in its problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly fieldErrors: ReadonlyArray<{ field: string; message: string }> = [],
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

/** Listeners told when the server refuses the token, so the app can send the person to sign in. */
const unauthorizedListeners: Array<() => void> = [];

export function onUnauthorized(listener: () => void): void {
  unauthorizedListeners.push(listener);
}

/**
 * JSON with integers beyond 2^53 kept exact as BigInt (where the browser exposes the source text to
 * the reviver), so that money never loses a won on the way in.
 */
export function parseJson(text: string): unknown {
  return JSON.parse(text, function (this: unknown, _key: string, value: unknown, context?: { source?: string }) {
    if (typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)) {
      return BigInt(context.source);
    }
    return value;
  } as (key: string, value: unknown) => unknown);
}

/** Turns an error response into an ApiError, reading problem details when the server sent them. */
export async function problemFrom(response: Response): Promise<ApiError> {
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  let body: unknown = null;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  }
  catch {
    body = null;
  }
  return problemFromBody(response.status, body, fallbackTitle);
}

export function problemFromBody(status: number, body: unknown, fallbackTitle: string): ApiError {
  if (typeof body !== 'object' || body === null) {
    return new ApiError(status, fallbackTitle, undefined);
  }
  const problem = body as Record<string, unknown>;
  const title = typeof problem.title === 'string' && problem.title ? problem.title : fallbackTitle;
  const detail = typeof problem.detail === 'string' && problem.detail ? problem.detail : undefined;
  const errors = Array.isArray(problem.errors)
    ? problem.errors
      .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
      .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? e.detail ?? '') }))
    : [];
  return new ApiError(status, title, detail, errors);
}

function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const session = currentSession();
  return session ? { ...extra, Authorization: `Bearer ${session.token}` } : extra;
}

async function send(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  const headers = authHeaders({ Accept: `${accept}, application/problem+json` });
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
  catch (error) {
    throw new ApiError(0, t().networkError, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (response.status === 401) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    throw problem;
  }
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await send('GET', path);
  return parseJson(await response.text()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T | null> {
  const response = await send('POST', path, body);
  const text = await response.text();
  return text ? (parseJson(text) as T) : null;
}

/** Downloads with the Authorization header (a plain link could not send it): fetch → Blob → object URL. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send('GET', path, undefined, 'text/csv');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** The file name of a Content-Disposition header (RFC 6266, with the UTF-8 form preferred). */
export function fileNameFrom(header: string | null): string | null {
  if (!header) {
    return null;
  }
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    }
    catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (plain) {
    return (plain[2] ?? plain[1]).trim();
  }
  return null;
}

/** Builds a path with query parameters, leaving out empty ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
