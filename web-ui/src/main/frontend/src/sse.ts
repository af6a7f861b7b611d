/**
 * Server-sent events over fetch(), so that the request carries the Authorization header (EventSource
 * cannot), with reconnection that resumes from the last event id (Last-Event-ID).
 */

import { problemFrom } from './api';

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * The text/event-stream parser of the HTML standard, fed in chunks: lines may be split anywhere, end in
 * CR, LF or CRLF; "data" lines join with LF; a blank line dispatches; comments (":") are ignored.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private eventType = '';
  private sawCarriageReturn = false;
  lastEventId: string | null = null;
  retryMillis: number | null = null;

  constructor(lastEventId: string | null = null) {
    this.lastEventId = lastEventId;
  }

  feed(chunk: string): SseEvent[] {
    const events: SseEvent[] = [];
    let text = chunk;
    if (this.sawCarriageReturn && text.startsWith('\n')) {
      text = text.slice(1);
    }
    this.sawCarriageReturn = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') {
        continue;
      }
      this.line(this.buffer.slice(start, i), events);
      if (c === '\r') {
        if (i + 1 < this.buffer.length) {
          if (this.buffer[i + 1] === '\n') {
            i++;
          }
        }
        else {
          this.sawCarriageReturn = true;
        }
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private line(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) {
        events.push({ id: this.lastEventId, event: this.eventType || 'message', data: this.data.join('\n') });
      }
      this.data = [];
      this.eventType = '';
      return;
    }
    if (line.startsWith(':')) {
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) {
          this.lastEventId = value;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) {
          this.retryMillis = Number(value);
        }
        break;
      default:
        break;
    }
  }
}

export type StreamState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface StreamOptions {
  url: string;
  /** Where a previous stream of this page stopped, to resume from. */
  lastEventId?: string | null;
  token: () => string | null;
  onEvent: (event: SseEvent) => void;
  onState: (state: StreamState) => void;
  /** A 401/403: the stream stops instead of retrying. */
  onRefused: (status: number) => void;
}

/** Next wait before reconnecting: the server's retry hint, else doubling from 1 s up to 30 s. */
export function reconnectDelay(attempt: number, serverRetryMillis: number | null): number {
  if (serverRetryMillis !== null) {
    return serverRetryMillis;
  }
  return Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
}

/** Opens the stream and keeps it open until the returned function is called. */
export function openEventStream(options: StreamOptions): () => void {
  const controller = new AbortController();
  let lastEventId: string | null = options.lastEventId ?? null;
  let retryMillis: number | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async (): Promise<void> => {
    options.onState(attempt === 0 ? 'connecting' : 'reconnecting');
    const headers: Record<string, string> = { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' };
    const token = options.token();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (lastEventId !== null) {
      headers['Last-Event-ID'] = lastEventId;
    }
    try {
      const response = await fetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
      if (response.status === 401 || response.status === 403) {
        await problemFrom(response);
        options.onRefused(response.status);
        options.onState('closed');
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error(`HTTP ${response.status}`);
      }
      const parser = new SseParser(lastEventId);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      attempt = 0;
      options.onState('open');
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        for (const event of parser.feed(value)) {
          options.onEvent(event);
        }
        lastEventId = parser.lastEventId;
        retryMillis = parser.retryMillis ?? retryMillis;
      }
    }
    catch {
      // A dropped or failed connection: retried below, unless the page closed the stream.
    }
    if (controller.signal.aborted) {
      return;
    }
    attempt++;
    options.onState('reconnecting');
    timer = setTimeout(() => void connect(), reconnectDelay(attempt, retryMillis));
  };

  void connect();
  return () => {
    controller.abort();
    clearTimeout(timer);
    options.onState('closed');
  };
}
