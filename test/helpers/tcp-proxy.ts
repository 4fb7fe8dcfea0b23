// A small TCP proxy between a server process and PostgreSQL that delays every chunk by
// `delayMs` in each direction (a slow link), or cuts every connection through it.
import net from 'node:net';

export type TcpProxy = { port: number; delayMs: number; cutAll(): void; close(): Promise<void> };

export async function startTcpProxy(targetPort: number, delayMs = 0): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const relay = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      // A constant delay keeps the chunks in order.
      if (proxy.delayMs <= 0) to.write(chunk);
      else setTimeout(() => to.writable && to.write(chunk), proxy.delayMs);
    });
    from.on('close', () => setTimeout(() => to.destroy(), proxy.delayMs));
    from.on('error', () => to.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.setNoDelay(true);
    }
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: TcpProxy = {
    port: (server.address() as net.AddressInfo).port,
    delayMs,
    cutAll: () => sockets.forEach((s) => s.destroy()),
    close: () => {
      proxy.cutAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
