/**
 * What ends up in logs holds no personal data and no API key (issue 7). Every command runs in-process
 * over the Almere sample, and its diagnostics are scanned: stderr, console and process.stderr.
 *
 * Which output is which: stdout is what the user asked for and is meant to hold names (the import's
 * table of row problems with their values, history, worklist, report, an export without --out, the
 * new key of `keys create`, shown once); files written with --out or --report are the requested
 * files. stderr is diagnostics (errors, progress) that cron jobs and journals keep: that is scanned,
 * with console and process.stderr for anything that bypasses the command's streams.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '@netwerkregie/api';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { openStore, type Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (pad: string) => join(wortel, 'fixtures', pad);
const ALMERE = GEMEENTEN.almere as Gemeente;

/** `06-12346261`, `06 1234 2099`, `0612345678` as dialled, and the E.164 form the store keeps. */
function telefoonVormen(gebeld: string): string[] {
  const cijfers = gebeld.replace(/\D/g, '');
  return cijfers.startsWith('0') ? [gebeld, cijfers, `+31${cijfers.slice(1)}`] : [gebeld];
}

/** Names, e-mail addresses and phone numbers of every person in the sheets this test imports. */
function naaldenUit(...bestanden: string[]): string[] {
  const naalden = new Set<string>();
  for (const bestand of bestanden) {
    const [kop, ...rijen] = readFileSync(bestand, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const kolommen = (kop as string).split(';');
    const waar = (naam: string) => kolommen.indexOf(naam);
    for (const rij of rijen) {
      const cellen = rij.split(';');
      const naam = cellen[waar('Naam')]?.trim();
      const email = cellen[waar('E-mail')]?.trim();
      const telefoon = cellen[waar('Telefoon')]?.trim();
      if (naam) naalden.add(naam);
      if (email?.includes('@') && !email.endsWith('@')) naalden.add(email);
      if (telefoon && telefoon.replace(/\D/g, '').length >= 9) for (const v of telefoonVormen(telefoon)) naalden.add(v);
    }
  }
  return [...naalden];
}

/** Collects console.* and process.stderr while `fn` runs. */
async function capture(fn: () => Promise<void>): Promise<string> {
  const regels: string[] = [];
  const origineel = {
    log: console.log,
    error: console.error,
    warn: console.warn,
    info: console.info,
    debug: console.debug,
  };
  const schrijf = process.stderr.write;
  const vanger = (...a: unknown[]) => {
    regels.push(a.map(String).join(' '));
  };
  Object.assign(console, { log: vanger, error: vanger, warn: vanger, info: vanger, debug: vanger });
  process.stderr.write = ((s: string | Uint8Array) => {
    regels.push(String(s));
    return true;
  }) as typeof process.stderr.write;
  try {
    await fn();
  } finally {
    Object.assign(console, origineel);
    process.stderr.write = schrijf;
  }
  return regels.join('\n');
}

let map: string;
let db: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'nr-logboek-'));
  db = join(map, 'almere.db');
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('CLI diagnostics', () => {
  it('hold no name, e-mail address or phone number of the imported sheets', async () => {
    const BLADEN = ['almere/contactlijst.csv', 'messy/elke-fout.csv', 'messy/dubbel-email.csv'].map(fixture);
    const naalden = naaldenUit(...BLADEN);
    // 392 names, 366 addresses and 358 numbers, each as dialled, as digits and in E.164: 914 forms.
    expect(naalden).toHaveLength(392 + 366 + 914);
    const g = ['--gemeente', 'almere', '--db', db];
    const stderr: string[] = [];
    const stdout: string[] = [];
    const run = async (...argv: string[]) => {
      const r = await cli(...argv);
      stderr.push(r.stderr);
      stdout.push(r.stdout);
      return r;
    };
    const email = 'annelies.deboer@voetbalvereniging-de-polderboys.example.org';
    const naast = await capture(async () => {
      await run('import', BLADEN[0] as string, ...g);
      await run('import', BLADEN[1] as string, ...g, '--report', join(map, 'rapport.csv'));
      await run('import', BLADEN[1] as string, ...g, '--strict', '--json');
      const dubbel = (await run('import', BLADEN[2] as string, ...g, '--json')).json() as { id: string };
      await run('import', BLADEN[2] as string, ...g, '--dry-run');
      await run('imports', ...g);
      await run('history', ...g, '--persoon', email);
      await run('revert', dubbel.id, ...g);
      await run('revert', dubbel.id, ...g); // refused: already reverted
      // Refused: the person of the reverted import is gone, and the error must not repeat her address.
      expect((await run('history', ...g, '--persoon', 'yassin.amrani@jongerenwerk-de-brug.example.org')).status).toBe(
        2,
      );
      await run('export', ...g, '--format', 'csv', '--out', join(map, 'lijst.csv'));
      await run('export', ...g, '--format', 'xlsx', '--out', join(map, 'lijst.xlsx'));
      await run('export', ...g, '--format', 'gexf', '--out', join(map, 'netwerk.gexf'));
      await run('report', ...g, '--format', 'json', '--peildatum', '2026-11-01');
      await run('report', ...g, '--peildatum', '2026-11-01');
      await run('report', ...g, '--format', 'xlsx'); // refused: no --out
      await run('worklist', ...g, '--peildatum', '2026-11-01');
      await run('contact', ...g, '--organisatie', 'Voetbalvereniging De Polderboys', '--persoon', email);
      expect(
        (await run('contact', ...g, '--organisatie', 'Voetbalvereniging De Polderboys', '--persoon', 'wie@example.org'))
          .status,
      ).toBe(2);
      const sleutel = await run('keys', 'create', ...g, '--rol', 'lezer', '--omschrijving', 'logtest');
      const id = /^Sleutel (\S+) /.exec(sleutel.stdout)?.[1] as string;
      await run('keys', 'list', ...g);
      await run('keys', 'revoke', id, ...g);
      await run('keys', 'revoke', id, ...g); // refused: already revoked
      await run('retention', ...g, '--peildatum', '2030-01-01', '--dry-run');
      await run('retention', ...g, '--peildatum', '2030-01-01');
    });
    expect(stderr).toHaveLength(25);
    const diagnostiek = [...stderr, naast].join('\n').toLowerCase();
    expect(naalden.filter((n) => diagnostiek.includes(n.toLowerCase()))).toEqual([]);
    // The five refusals did say something; and the scan sees a person where she is meant to be: the
    // dry run's table of row problems (stdout) names the duplicate it merged.
    expect(stderr.filter((s) => s !== '')).toHaveLength(5);
    expect(naalden.filter((n) => (stdout[4] as string).includes(n))).toEqual(['Yassin Amrani']);
  });
});

describe('API keys in logs', () => {
  it('never shows a key or its hash, from `keys create` through use on every route, refused or not', async () => {
    const g = ['--gemeente', 'almere', '--db', db];
    let beheerder = '';
    let lezer = '';
    let ingetrokken = '';
    let stderr = '';
    const log: string[] = [];
    let store: Store | undefined;
    const naast = await capture(async () => {
      const create = async (rol: string) => {
        const r = await cli('keys', 'create', ...g, '--rol', rol, '--omschrijving', `logtest ${rol}`);
        stderr += r.stderr;
        // The second line of stdout is the key: shown once, on purpose.
        return {
          id: /^Sleutel (\S+) /.exec(r.stdout)?.[1] as string,
          sleutel: r.stdout.trim().split('\n')[1] as string,
        };
      };
      beheerder = (await create('beheerder')).sleutel;
      lezer = (await create('lezer')).sleutel;
      const weg = await create('regisseur');
      ingetrokken = weg.sleutel;
      stderr += (await cli('keys', 'revoke', weg.id, ...g)).stderr;

      store = await openStore({ gemeente: 'almere', pad: db });
      const s = store;
      const app = createApp({ gemeenten: [ALMERE], openStore: async () => s, log: (r) => log.push(r) });
      const doc = app.openapiDocument() as { paths: Record<string, Record<string, unknown>> };
      const anders = (k: string) => `${k.slice(0, -1)}${k.endsWith('A') ? 'B' : 'A'}`;
      let verzoeken = 0;
      for (const [pad, item] of Object.entries(doc.paths)) {
        for (const methode of Object.keys(item)) {
          const url = `/v1${pad.replace('{gemeente}', 'almere').replace('{id}', 'bestaat-niet')}`;
          for (const k of [beheerder, lezer, ingetrokken, anders(beheerder), `${beheerder} extra`]) {
            const res = await app.request(url, {
              method: methode.toUpperCase(),
              headers: { Authorization: `Bearer ${k}`, 'Content-Type': 'application/json' },
              ...(methode === 'get' ? {} : { body: '{' }),
            });
            await res.arrayBuffer();
            verzoeken++;
          }
        }
      }
      // Every documented operation, five keys each: two valid, one revoked, one off by one, one malformed.
      expect(verzoeken).toBe(Object.values(doc.paths).flatMap((i) => Object.keys(i)).length * 5);
      expect(verzoeken).toBeGreaterThan(100);
      // A gemeente this instance does not serve.
      await (
        await app.request('/v1/gemeenten/arnhem/personen', { headers: { Authorization: `Bearer ${beheerder}` } })
      ).arrayBuffer();
    });
    await store?.close();
    const alles = [stderr, naast, ...log].join('\n');
    for (const k of [beheerder, lezer, ingetrokken]) {
      expect(k).toMatch(/^nr_almere_[A-Za-z0-9_-]{43}$/);
      const hash = createHash('sha256').update(k).digest('hex');
      for (const spoor of [k, k.slice('nr_almere_'.length), hash]) expect(alles).not.toContain(spoor);
    }
  });
});
