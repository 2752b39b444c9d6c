/**
 * Security events (BIO2 1.3): every 401 and 403 under a gemeente is written to that gemeente's security
 * log with source address, route, trace id and (for a 403) the key's id; never the key, its hash or a
 * prefix. Failed authentication (401) is throttled per source address: past `limiet` failures in the
 * window, every request from that address gets 429 with Retry-After until the window ends. The count
 * lives in this process (per instance, like the rate limit).
 */
import type { Gemeente } from '@netwerkregie/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { Probleem } from '../probleem/index.js';
import type { StoreRegister } from '../stores/index.js';

export interface BeveiligingOpties {
  gemeenten: ReadonlyMap<string, Gemeente>;
  stores: StoreRegister;
  /** Failed authentications per address per window before 429; default 20. */
  limiet?: number;
  /** Window in ms; default one minute. */
  vensterMs?: number;
  /** The request's source address. */
  adres: (c: Context) => string;
  /** Where a line per event goes (no address, no key); default console.error. */
  log?: (regel: string) => void;
  nu?: () => number;
}

const SOORT: Readonly<Record<number, string>> = {
  401: 'authenticatie.mislukt',
  403: 'toegang.geweigerd',
  429: 'authenticatie.afgeremd',
};

export function beveiliging(opties: BeveiligingOpties): MiddlewareHandler {
  const limiet = opties.limiet ?? 20;
  const vensterMs = opties.vensterMs ?? 60_000;
  const nu = opties.nu ?? Date.now;
  const log = opties.log ?? ((regel: string) => console.error(regel));
  const mislukt = new Map<string, { start: number; aantal: number; gemeld: boolean }>();

  const record = async (c: Context, status: number) => {
    const route = `${c.req.method} ${c.req.path}`;
    log(`Beveiligingsgebeurtenis ${SOORT[status]} (${status}) bij ${route}`);
    const gemeente = opties.gemeenten.get(c.req.param('gemeente') ?? '');
    if (!gemeente) return;
    const store = await opties.stores.get(gemeente);
    const toegang = c.get('toegang') as { sleutelId: string } | undefined;
    await store.beveiligingsgebeurtenis({
      soort: SOORT[status] as string,
      status,
      adres: opties.adres(c),
      actor: status === 403 ? (toegang?.sleutelId ?? null) : null,
      route,
      traceId: (c.get('traceId') as string | undefined) ?? null,
    });
  };

  return async (c, next) => {
    const adres = opties.adres(c);
    const t = nu();
    if (mislukt.size > 10_000) for (const [k, v] of mislukt) if (t - v.start >= vensterMs) mislukt.delete(k);
    const teller = mislukt.get(adres);
    if (teller && t - teller.start < vensterMs && teller.aantal >= limiet) {
      // One event per address and window, so a flood cannot flood the log as well.
      if (!teller.gemeld) {
        teller.gemeld = true;
        await record(c, 429);
      }
      const over = Math.max(1, Math.ceil((teller.start + vensterMs - t) / 1000));
      throw new Probleem(429, `Te veel mislukte aanmeldingen vanaf dit adres; probeer het over ${over} s opnieuw.`, {
        code: 'authenticatie.afgeremd',
        headers: { 'Retry-After': String(over) },
      });
    }
    await next();
    const status = c.res.status;
    if (status !== 401 && status !== 403) return;
    if (status === 401) {
      const huidig = teller && t - teller.start < vensterMs ? teller : { start: t, aantal: 0, gemeld: false };
      huidig.aantal++;
      mislukt.set(adres, huidig);
    }
    await record(c, status);
  };
}
