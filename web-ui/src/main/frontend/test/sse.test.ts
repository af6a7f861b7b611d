import { describe, expect, it } from 'vitest';

import { reconnectDelay, SseParser } from '../src/sse';

describe('SseParser reads text/event-stream as the HTML standard says', () => {
  it('dispatches an event on a blank line with its id, type and data', () => {
    const parser = new SseParser();
    const events = parser.feed('id: 7\nevent: change\ndata: {"type":"match.reviewed"}\n\n');
    expect(events).toEqual([{ id: '7', event: 'change', data: '{"type":"match.reviewed"}' }]);
    expect(parser.lastEventId).toBe('7');
  });

  it('joins several data lines with a line feed', () => {
    expect(new SseParser().feed('data: first\ndata: second\n\n')).toEqual([{ id: null, event: 'message', data: 'first\nsecond' }]);
  });

  it('reassembles lines split across chunks', () => {
    const parser = new SseParser();
    expect(parser.feed('id: 1\nda')).toEqual([]);
    expect(parser.feed('ta: {"a":')).toEqual([]);
    expect(parser.feed('1}\n')).toEqual([]);
    expect(parser.feed('\n')).toEqual([{ id: '1', event: 'message', data: '{"a":1}' }]);
  });

  it('accepts CR and CRLF line ends, even when a CRLF is split between chunks', () => {
    const parser = new SseParser();
    expect(parser.feed('data: a\r\n\r\ndata: b\r')).toEqual([{ id: null, event: 'message', data: 'a' }]);
    expect(parser.feed('\n\r\n')).toEqual([{ id: null, event: 'message', data: 'b' }]);
  });

  it('ignores comments, unknown fields and events without data', () => {
    const parser = new SseParser();
    expect(parser.feed(': keep-alive\n\nfoo: bar\n\nevent: ping\n\n')).toEqual([]);
  });

  it('keeps the last event id for later events and for reconnecting', () => {
    const parser = new SseParser('41');
    expect(parser.feed('data: x\n\n')).toEqual([{ id: '41', event: 'message', data: 'x' }]);
    parser.feed('id: 42\ndata: y\n\n');
    expect(parser.lastEventId).toBe('42');
  });

  it('reads the retry hint only when it is digits', () => {
    const parser = new SseParser();
    parser.feed('retry: 3000\n\n');
    expect(parser.retryMillis).toBe(3000);
    parser.feed('retry: soon\n\n');
    expect(parser.retryMillis).toBe(3000);
  });

  it('takes a value after the colon without its one leading space', () => {
    expect(new SseParser().feed('data:  two spaces\ndata:none\n\n')[0].data).toBe(' two spaces\nnone');
  });
});

describe('reconnectDelay', () => {
  it('follows the server retry hint when there is one', () => {
    expect(reconnectDelay(4, 3000)).toBe(3000);
  });

  it('doubles from one second up to thirty seconds otherwise', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((attempt) => reconnectDelay(attempt, null)))
      .toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
