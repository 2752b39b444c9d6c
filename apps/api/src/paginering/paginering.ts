/** Paging (`pagina`, `paginaGrootte`), sorting (`sorteer`) and the list answer with `_links`. */
import { z } from '@hono/zod-openapi';
import type { Lijst, Pagina } from '@netwerkregie/store';

export const MAX_PAGINAGROOTTE = 200;

export const PagineringQuery = z.object({
  pagina: z.coerce.number().int().min(1).default(1).openapi({ description: 'Paginanummer, vanaf 1.', example: 1 }),
  paginaGrootte: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGINAGROOTTE)
    .default(50)
    .openapi({ description: `Aantal resultaten per pagina, hoogstens ${MAX_PAGINAGROOTTE}.`, example: 50 }),
});

/** `sorteer`: one of the fields, with `-` before it for descending. */
export function sorteerQuery<const V extends readonly [string, ...string[]]>(velden: V, standaard: string) {
  const waarden = [...velden, ...velden.map((v) => `-${v}`)] as [string, ...string[]];
  return z.object({
    sorteer: z
      .enum(waarden)
      .optional()
      .openapi({
        description: `Sorteren op ${velden.join(', ')}; zet - ervoor voor aflopend. Standaard ${standaard}.`,
      }),
  });
}

export interface PaginaVraag {
  pagina: number;
  paginaGrootte: number;
  sorteer?: string | undefined;
}

export function venster(q: PaginaVraag): Pagina {
  return {
    offset: (q.pagina - 1) * q.paginaGrootte,
    limiet: q.paginaGrootte,
    ...(q.sorteer ? { sortering: q.sorteer } : {}),
  };
}

/** The list answer: the page's items, the total and links that keep every other query key. */
export function lijstAntwoord<T, U = T>(url: string, q: PaginaVraag, lijst: Lijst<T>, omzetten?: (item: T) => U) {
  const aantalPaginas = Math.max(1, Math.ceil(lijst.totaal / q.paginaGrootte));
  const basis = new URL(url);
  const link = (pagina: number) => {
    const zoek = new URLSearchParams(basis.searchParams);
    zoek.set('pagina', String(pagina));
    zoek.set('paginaGrootte', String(q.paginaGrootte));
    return { href: `${basis.pathname}?${zoek.toString()}` };
  };
  // A capped count (see the store's TELGRENS): there are more than `totaal`, so always a next page.
  const ondergrens = lijst.totaalIsOndergrens === true;
  return {
    resultaten: omzetten ? lijst.items.map(omzetten) : (lijst.items as unknown as U[]),
    totaal: lijst.totaal,
    ...(ondergrens ? { totaalIsOndergrens: true as const } : {}),
    pagina: q.pagina,
    paginaGrootte: q.paginaGrootte,
    aantalPaginas,
    _links: {
      self: link(q.pagina),
      first: link(1),
      last: link(aantalPaginas),
      ...(q.pagina > 1 ? { prev: link(Math.min(q.pagina - 1, aantalPaginas)) } : {}),
      ...(q.pagina < aantalPaginas || ondergrens ? { next: link(q.pagina + 1) } : {}),
    },
  };
}

/** A list that is already in memory, paged the same way. */
export function inGeheugen<T>(items: readonly T[], q: PaginaVraag): Lijst<T> {
  const offset = (q.pagina - 1) * q.paginaGrootte;
  return {
    items: items.slice(offset, offset + q.paginaGrootte),
    totaal: items.length,
    offset,
    limiet: q.paginaGrootte,
  };
}
