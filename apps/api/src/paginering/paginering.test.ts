import { describe, expect, it } from 'vitest';
import { inGeheugen, lijstAntwoord, PagineringQuery, venster } from './paginering.js';

describe('paginering', () => {
  it('defaults to page 1 of 50 and turns pages into offsets', () => {
    const q = PagineringQuery.parse({});
    expect(q).toEqual({ pagina: 1, paginaGrootte: 50 });
    expect(venster({ pagina: 3, paginaGrootte: 20, sorteer: '-naam' })).toEqual({
      offset: 40,
      limiet: 20,
      sortering: '-naam',
    });
  });

  it('refuses page 0, a page size over 200 and non-numbers', () => {
    expect(PagineringQuery.safeParse({ pagina: '0' }).success).toBe(false);
    expect(PagineringQuery.safeParse({ paginaGrootte: '201' }).success).toBe(false);
    expect(PagineringQuery.safeParse({ pagina: 'twee' }).success).toBe(false);
  });

  it('links first, last, prev and next, keeping other query keys', () => {
    const lijst = { items: [1, 2], totaal: 5, offset: 2, limiet: 2 };
    const a = lijstAntwoord(
      'http://h/v1/x?domein=zorg&pagina=2&paginaGrootte=2',
      { pagina: 2, paginaGrootte: 2 },
      lijst,
    );
    expect(a).toMatchObject({ resultaten: [1, 2], totaal: 5, pagina: 2, paginaGrootte: 2, aantalPaginas: 3 });
    expect(a._links).toEqual({
      self: { href: '/v1/x?domein=zorg&pagina=2&paginaGrootte=2' },
      first: { href: '/v1/x?domein=zorg&pagina=1&paginaGrootte=2' },
      last: { href: '/v1/x?domein=zorg&pagina=3&paginaGrootte=2' },
      prev: { href: '/v1/x?domein=zorg&pagina=1&paginaGrootte=2' },
      next: { href: '/v1/x?domein=zorg&pagina=3&paginaGrootte=2' },
    });
  });

  it('has one page for an empty list, and a prev link back from beyond the end', () => {
    const leeg = lijstAntwoord(
      'http://h/x',
      { pagina: 1, paginaGrootte: 10 },
      { items: [], totaal: 0, offset: 0, limiet: 10 },
    );
    expect(leeg.aantalPaginas).toBe(1);
    expect(leeg._links.next).toBeUndefined();
    const voorbij = lijstAntwoord(
      'http://h/x',
      { pagina: 9, paginaGrootte: 10 },
      { items: [], totaal: 15, offset: 80, limiet: 10 },
    );
    expect(voorbij._links.prev?.href).toContain('pagina=2');
  });

  it('says when the total is a lower bound, and then always links a next page', () => {
    const lijst = { items: [1], totaal: 1000, totaalIsOndergrens: true as const, offset: 999, limiet: 1 };
    const a = lijstAntwoord('http://h/x?rol=sleutelfiguur', { pagina: 1000, paginaGrootte: 1 }, lijst);
    expect(a).toMatchObject({ totaal: 1000, totaalIsOndergrens: true, aantalPaginas: 1000 });
    expect(a._links.next).toEqual({ href: '/x?rol=sleutelfiguur&pagina=1001&paginaGrootte=1' });
    const exact = lijstAntwoord(
      'http://h/x',
      { pagina: 1, paginaGrootte: 10 },
      { items: [], totaal: 3, offset: 0, limiet: 10 },
    );
    expect('totaalIsOndergrens' in exact).toBe(false);
  });

  it('pages a list held in memory', () => {
    expect(inGeheugen([1, 2, 3, 4, 5], { pagina: 2, paginaGrootte: 2 })).toEqual({
      items: [3, 4],
      totaal: 5,
      offset: 2,
      limiet: 2,
    });
  });
});
