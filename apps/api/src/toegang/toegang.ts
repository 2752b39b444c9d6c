/**
 * Bearer keys and tenants. A key is looked up in the database of the gemeente it names; a valid key
 * for another gemeente than the path's gets 403 and never data. No key, an unknown, revoked or expired key: 401.
 */
import type { Gemeente } from '@netwerkregie/domain';
import { isVerlopen, type SleutelRol, type Zicht } from '@netwerkregie/store';
import type { MiddlewareHandler } from 'hono';
import { Probleem } from '../probleem/index.js';
import { verifySleutel, gemeenteVanSleutel } from '../sleutels/index.js';
import type { StoreRegister } from '../stores/index.js';
import type { Omgeving } from '../types.js';

export interface ToegangOpties {
  gemeenten: ReadonlyMap<string, Gemeente>;
  stores: StoreRegister;
}

const WWW = 'Bearer realm="netwerkregie"';

function refuse(detail: string, fout?: 'invalid_token'): Probleem {
  return new Probleem(401, detail, {
    code: 'sleutel.ongeldig',
    headers: { 'WWW-Authenticate': fout ? `${WWW}, error="${fout}"` : WWW },
  });
}

export function toegang(opties: ToegangOpties): MiddlewareHandler<Omgeving> {
  return async (c, next) => {
    const kop = c.req.header('authorization');
    if (!kop) throw refuse('Geef een API-sleutel mee: Authorization: Bearer <sleutel>.');
    const sleutel = /^Bearer\s+(\S+)\s*$/i.exec(kop)?.[1];
    const sleutelGemeente = sleutel ? opties.gemeenten.get(gemeenteVanSleutel(sleutel) ?? '') : undefined;
    if (!sleutel || !sleutelGemeente) throw refuse('Deze API-sleutel is onbekend of ingetrokken.', 'invalid_token');
    const store = await opties.stores.get(sleutelGemeente);
    const record = await verifySleutel(store, sleutel);
    if (!record) throw refuse('Deze API-sleutel is onbekend of ingetrokken.', 'invalid_token');
    if (isVerlopen(record.verloopt)) {
      throw refuse(
        `Deze API-sleutel is verlopen op ${record.verloopt}; vraag de beheerder om een nieuwe.`,
        'invalid_token',
      );
    }
    // Known before a refusal, so a refused call's security event names the key (its id, never the key).
    c.set('toegang', { sleutelId: record.id, rol: record.rol });
    if (c.req.param('gemeente') !== sleutelGemeente.slug) {
      throw new Probleem(403, 'Deze API-sleutel geeft geen toegang tot deze gemeente.', { code: 'gemeente.andere' });
    }
    c.set('gemeente', sleutelGemeente);
    // Visibility is decided here, once: every route reads through the view of the key's role.
    c.set('store', store.withZicht(zichtVan(record.rol)));
    await next();
  };
}

const RANG: Readonly<Record<SleutelRol, number>> = { lezer: 1, regisseur: 2, beheerder: 3 };

export const heeftRol = (rol: SleutelRol, minimaal: SleutelRol) => RANG[rol] >= RANG[minimaal];

/** The informal network (AVG art. 9) is for regisseur and beheerder; a lezer sees the formal network only. */
export const zichtVan = (rol: SleutelRol): Zicht => (heeftRol(rol, 'regisseur') ? 'alles' : 'formeel');

/** Refuses (403) a key whose role is below `minimaal`: lezer < regisseur < beheerder. */
export function vereisRol(minimaal: SleutelRol): MiddlewareHandler<Omgeving> {
  return async (c, next) => {
    if (!heeftRol(c.var.toegang.rol, minimaal)) {
      throw new Probleem(403, `Hiervoor is de rol ${minimaal} nodig; deze sleutel heeft de rol ${c.var.toegang.rol}.`, {
        code: 'rol.onvoldoende',
      });
    }
    await next();
  };
}
