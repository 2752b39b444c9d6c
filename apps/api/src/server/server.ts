/**
 * `startServer`: the app on @hono/node-server. On SIGTERM or SIGINT (or `close()`), the server stops
 * accepting connections, answers requests that arrive on open connections with 503, lets requests in
 * flight finish, then closes the app's stores.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type HttpBindings, serve } from '@hono/node-server';

export interface ServerbareApp {
  fetch: (request: Request, env: HttpBindings) => Response | Promise<Response>;
  /** Called once the server listens (NetwerkregieApp catches up the trend in the background). */
  start?: () => Promise<void>;
  /** Called after the last request finished (NetwerkregieApp closes its stores). */
  close?: () => Promise<void>;
}

export interface ServerOpties {
  app: ServerbareApp;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Stop on SIGTERM and SIGINT; default true. */
  signalen?: boolean;
  /** After this many ms of waiting for requests in flight, open connections are cut; default 10 000. */
  wachttijdMs?: number;
}

export interface GestarteServer {
  url: string;
  port: number;
  server: Server;
  /** Graceful stop; resolves when the requests in flight finished and the stores are closed. */
  close(): Promise<void>;
}

const STOPPEND = JSON.stringify({
  type: 'about:blank',
  title: 'Dienst niet beschikbaar',
  status: 503,
  detail: 'De server wordt gestopt; probeer het zo opnieuw.',
});

export function startServer(opties: ServerOpties): Promise<GestarteServer> {
  const { app, port = 8787, hostname = '127.0.0.1', signalen = true, wachttijdMs = 10_000 } = opties;
  let stoppend = false;
  /** A response finished while stopping closes its connection, so keep-alive does not hold the stop up. */
  const antwoord = async (res: Response | Promise<Response>) => {
    const r = await res;
    if (stoppend) {
      try {
        r.headers.set('Connection', 'close');
      } catch {
        // immutable headers (a proxied response): the idle sweep below closes the connection instead
      }
    }
    return r;
  };
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env) => {
          if (stoppend) {
            return new Response(STOPPEND, {
              status: 503,
              headers: { 'Content-Type': 'application/problem+json', Connection: 'close', 'Retry-After': '5' },
            });
          }
          return antwoord(app.fetch(request, env as HttpBindings));
        },
        port,
        hostname,
      },
      (info: AddressInfo) => {
        let sluiten: Promise<void> | undefined;
        const close = () => {
          sluiten ??= (async () => {
            stoppend = true;
            if (signalen) {
              process.off('SIGTERM', close);
              process.off('SIGINT', close);
            }
            await new Promise<void>((klaar) => {
              const timer = setTimeout(() => server.closeAllConnections(), wachttijdMs);
              const sweep = setInterval(() => server.closeIdleConnections(), 100);
              timer.unref();
              sweep.unref();
              server.close(() => {
                clearTimeout(timer);
                clearInterval(sweep);
                klaar();
              });
              server.closeIdleConnections();
            });
            await app.close?.();
          })();
          return sluiten;
        };
        if (signalen) {
          process.once('SIGTERM', close);
          process.once('SIGINT', close);
        }
        void app.start?.().catch(() => undefined);
        const host = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({ url: `http://${host}:${info.port}`, port: info.port, server, close });
      },
    ) as Server;
    server.once('error', reject);
  });
}
