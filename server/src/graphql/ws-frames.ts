// How a subscription's results are written to its socket: graphql-ws's `next` message, built by
// hand so that a result shared by many subscribers (realtime/shared-results.ts) is serialized
// once and each socket only gets its own id spliced in. graphql-ws would validate, stringify
// and await the write of the whole message for every subscriber; at a thousand subscribers,
// that was most of the server's CPU per delivery. The message is the one graphql-ws sends:
// `{"id":…,"type":"next","payload":{data, errors?}}`, errors formatted as on HTTP.
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { WebSocket } from 'ws';
import type { EmitResult } from '../realtime/realtime.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Above this many bytes waiting in user space, the next event waits for the socket's writes:
 * a reader that stops reading holds up its own stream, whose queue then fills up and closes
 * it (4408), instead of the server buffering for it without bound.
 */
export const SOCKET_HIGH_WATER_BYTES = 64 * 1024;

// Keyed by the result object, which every subscriber of a shared result holds.
const payloads = new WeakMap<ExecutionResult, string>();

function payloadOf(result: ExecutionResult, formatError: FormatError): string {
  let json = payloads.get(result);
  if (json === undefined) {
    const { errors, ...rest } = result;
    const payload = errors?.length ? { ...rest, errors: errors.map((e) => formatError(e.toJSON(), e)) } : rest;
    payloads.set(result, (json = JSON.stringify(payload)));
  }
  return json;
}

/**
 * The writer of one subscription's `next` messages. It writes nothing once the client completed
 * the subscription (`isActive` false) or the socket is no longer open.
 */
export function nextMessageWriter(socket: WebSocket, id: string, isActive: () => boolean, formatError: FormatError): EmitResult {
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (result) => {
    if (!isActive() || socket.readyState !== socket.OPEN) return null;
    const message = head + payloadOf(result, formatError) + '}';
    if (socket.bufferedAmount + message.length <= SOCKET_HIGH_WATER_BYTES) {
      socket.send(message);
      return null;
    }
    // An error ends the socket, and its 'close' event ends the stream: nothing to report here.
    return new Promise<void>((resolve) => socket.send(message, () => resolve()));
  };
}
