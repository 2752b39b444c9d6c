/** The store's failures as HTTP answers: a database busy with an import is 503 with Retry-After, not 500. */
import { join } from 'node:path';
import { OpslagFout, openStore } from '@netwerkregie/store';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, type Fixture, ID, createFixture } from '../_test/fixture.js';
import { foutAfhandelaar } from './fouten.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

describe('store failures over HTTP', () => {
  it('answers 503 with Retry-After while another process holds the write lock too long, and 200 after', async () => {
    // Another process's import, as far as the server can tell: a second connection holding the lock.
    const ander = await openStore({ gemeente: 'almere', pad: join(f.map, 'almere.db') });
    let loslaten: () => void = () => {};
    const wacht = new Promise<void>((r) => {
      loslaten = r;
    });
    let bezig: () => void = () => {};
    const gestart = new Promise<void>((r) => {
      bezig = r;
    });
    const importeert = ander.transaction(async (tx) => {
      await tx.upsertOrganisatie(
        { ...(await tx.organisatie(ID.politie))!, soort: 'import bezig' },
        { actor: 'import' },
      );
      bezig();
      await wacht;
    });
    await gestart;
    // Reading a person writes an audit row, so it needs the lock too.
    const res = await f.request(`${A}/personen/${ID.fenna}`, { sleutel: f.sleutels.regisseur });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Dienst niet beschikbaar',
      status: 503,
      detail: 'De database is bezet met een import; probeer het over enkele seconden opnieuw.',
      instance: `${A}/personen/${ID.fenna}`,
      code: 'opslag.bezet',
    });
    loslaten();
    await importeert;
    await ander.close();
    expect((await f.request(`${A}/personen/${ID.fenna}`, { sleutel: f.sleutels.regisseur })).status).toBe(200);
  });

  it('maps every kind of OpslagFout, and keeps other errors a 500 without their message', async () => {
    const app = new Hono();
    app.onError(foutAfhandelaar({ log: () => undefined }));
    const fouten: Record<string, Error> = {
      bezet: new OpslagFout('bezet', 'x'),
      onbereikbaar: new OpslagFout('onbereikbaar', 'x'),
      uniek: new OpslagFout('uniek', 'Bestaat al (personen_email fatima@example.org)'),
      verwijzing: new OpslagFout('verwijzing', 'x'),
      anders: new Error('geheim: fatima@example.org'),
    };
    app.get('/:soort', (c) => {
      throw fouten[c.req.param('soort')];
    });
    const uitkomst: Record<string, unknown[]> = {};
    for (const soort of Object.keys(fouten)) {
      const res = await app.request(`/${soort}`);
      const body = (await res.json()) as { code?: string; detail: string };
      uitkomst[soort] = [res.status, res.headers.get('retry-after'), body.code ?? null, body.detail.includes('fatima')];
    }
    expect(uitkomst).toEqual({
      bezet: [503, '5', 'opslag.bezet', false],
      onbereikbaar: [503, '30', 'opslag.onbereikbaar', false],
      uniek: [409, null, 'opslag.uniek', false],
      verwijzing: [409, null, 'opslag.verwijzing', false],
      anders: [500, null, null, false],
    });
  });
});
