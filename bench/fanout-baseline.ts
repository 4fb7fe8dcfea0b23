// The baseline for bench/fanout.ts: a bare `ws` server that relays each message it receives
// from a publisher to every other socket, with no GraphQL, no auth and no database.
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 0);
const wss = new WebSocketServer({ port, host: '127.0.0.1' });
const subscribers = new Set<WebSocket>();

wss.on('connection', (socket, request) => {
  if (request.url === '/publish') {
    socket.on('message', (data) => {
      const text = String(data);
      for (const s of subscribers) s.send(text);
    });
    return;
  }
  subscribers.add(socket);
  socket.on('close', () => subscribers.delete(socket));
});
wss.on('listening', () => process.stdout.write('baseline listening\n'));
process.on('SIGTERM', () => wss.close(() => process.exit(0)));
