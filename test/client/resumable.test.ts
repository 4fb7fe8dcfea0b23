// @vitest-environment jsdom
// Live streams resume from the last cursor seen after the socket comes back, without duplicates.
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetCursors, lastCursorOf, resumableStream } from '../../client/src/apollo/resumable';

type Ev = { cursor: string; text: string };

/** A stand-in for the socket: records each subscription's `after` and lets the test push events. */
function fakeSocket() {
  const opened: Array<string | null> = [];
  let push: (e: Ev) => void = () => {};
  let reconnect: () => void = () => {};
  return {
    opened,
    push: (e: Ev) => push(e),
    reconnect: () => reconnect(),
    subscribe: (after: string | null, next: (e: Ev) => void) => {
      opened.push(after);
      push = next;
      return () => { push = () => {}; };
    },
    onReconnect: (cb: () => void) => { reconnect = cb; return () => { reconnect = () => {}; }; },
  };
}

beforeEach(forgetCursors);

describe('resumable live streams', () => {
  it('resubscribes from the last cursor seen after a reconnect and drops replayed duplicates', () => {
    const socket = fakeSocket();
    const got: string[] = [];
    resumableStream<Ev>({ key: 'messageAdded:t1', initialAfter: '10', subscribe: socket.subscribe, onReconnect: socket.onReconnect, cursorOf: (e) => e.cursor, onEvent: (e) => got.push(e.text) });
    socket.push({ cursor: '11', text: 'a' });
    socket.push({ cursor: '12', text: 'b' });
    socket.reconnect();
    socket.push({ cursor: '12', text: 'b' }); // overlap from the socket's own retry
    socket.push({ cursor: '13', text: 'c' });
    expect(socket.opened).toEqual(['10', '12']);
    expect(got).toEqual(['a', 'b', 'c']);
    expect(lastCursorOf('messageAdded:t1')).toBe('13');
  });

  it('keeps one cursor per stream', () => {
    const s1 = fakeSocket();
    const s2 = fakeSocket();
    resumableStream<Ev>({ key: 'inboxChanged', subscribe: s1.subscribe, onReconnect: s1.onReconnect, cursorOf: (e) => e.cursor, onEvent: () => {} });
    resumableStream<Ev>({ key: 'dashboardChanged', subscribe: s2.subscribe, onReconnect: s2.onReconnect, cursorOf: (e) => e.cursor, onEvent: () => {} });
    s1.push({ cursor: '5', text: '' });
    s2.push({ cursor: '9', text: '' });
    s1.reconnect();
    expect(s1.opened).toEqual([null, '5']);
    expect(lastCursorOf('dashboardChanged')).toBe('9');
  });

  it('stops delivering once closed', () => {
    const socket = fakeSocket();
    const got: string[] = [];
    const stop = resumableStream<Ev>({ key: 'k', subscribe: socket.subscribe, onReconnect: socket.onReconnect, cursorOf: (e) => e.cursor, onEvent: (e) => got.push(e.text) });
    stop();
    socket.push({ cursor: '1', text: 'late' });
    socket.reconnect();
    expect(got).toEqual([]);
    expect(socket.opened).toEqual([null]);
  });
});
