/** `netwerkregie audit verify` and key expiry on the command line (issue 13). */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@netwerkregie/store';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, createSleutel } from './_testhulp.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 is the store's dependency, used here untyped to tamper
const Database: any = createRequire(join(wortel, 'packages/store/package.json'))('better-sqlite3');

let db: string;
beforeEach(() => {
  db = join(mkdtempSync(join(tmpdir(), 'nr-verify-')), 'almere.db');
});

async function withAudit(aantal: number): Promise<void> {
  const store = await openStore({ gemeente: 'almere', pad: db });
  for (let i = 1; i <= aantal; i++) {
    await store.audit({ actor: 'k-1', actie: 'lezen', entiteit: 'persoon', entiteitId: `p-${i}`, doel: `doel ${i}` });
  }
  await store.beveiligingsgebeurtenis({
    soort: 'authenticatie.mislukt',
    status: 401,
    adres: '192.0.2.1',
    route: 'GET /v1/gemeenten/almere/personen',
  });
  await store.close();
}

function change(statement: string): void {
  const d = new Database(db);
  d.exec(statement);
  d.close();
}

describe('netwerkregie audit verify', () => {
  it('says the chain is intact with its number of rows (exit 0)', async () => {
    await withAudit(3);
    const r = await cli('audit', 'verify', '--gemeente', 'almere', '--db', db);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'De keten is intact: 4 regels.\n', '']);
  });

  it('names a changed row (exit 1)', async () => {
    await withAudit(3);
    change("update audit set entiteit_id = 'p-9' where id = 2");
    const r = await cli('audit', 'verify', '--gemeente', 'almere', '--db', db);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'De keten is verbroken bij auditregel 2: de inhoud is gewijzigd. 1 regels ervoor kloppen.\n',
    ]);
  });

  it('names the row after a removed one, and a removed security event (exit 1)', async () => {
    await withAudit(3);
    change('delete from audit where id = 2');
    const r = await cli('audit', 'verify', '--gemeente', 'almere', '--db', db);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'De keten is verbroken bij auditregel 3: de regel ervoor ontbreekt of is gewijzigd. 1 regels ervoor kloppen.\n',
    );
    change("insert into audit (actor, actie, entiteit, doel, tijd) values ('x', 'lezen', 'persoon', 'x', 'x')");
    expect((await cli('audit', 'verify', '--gemeente', 'almere', '--db', db)).status).toBe(1);
  });

  it('refuses another subcommand (exit 2)', async () => {
    const r = await cli('audit', 'list', '--gemeente', 'almere', '--db', db);
    expect([r.status, r.stderr]).toEqual([2, 'Fout: Kies verify: netwerkregie audit verify --gemeente <naam>.\n']);
  });
});

describe('netwerkregie keys --verloopt', () => {
  it('sets the expiry date, shows it on create and in the list', async () => {
    const r = await createSleutel(db, 'lezer', 'proef', '--verloopt', '2099-06-30');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^Sleutel \S+ \(lezer\) voor Almere, verloopt op 2099-06-30; bewaar hem nu/,
    );
    const standaard = await createSleutel(db, 'lezer', 'standaard');
    const jaar = new Date();
    jaar.setUTCFullYear(jaar.getUTCFullYear() + 1);
    expect(standaard.stdout).toContain(`verloopt op ${jaar.toISOString().slice(0, 10)};`);
    const lijst = await cli('keys', 'list', '--gemeente', 'almere', '--db', db);
    expect(lijst.stdout.split('\n')[0]).toMatch(/^id\s+rol\s+omschrijving\s+aangemaakt\s+verloopt\s+ingetrokken/);
    expect(lijst.stdout).toMatch(/proef\s+\S+\s+2099-06-30\s+-/);
  });

  it('refuses a date that is not one, or not in the future (exit 2), and stores no key', async () => {
    for (const [datum, melding] of [
      ['30-06-2027', 'Fout: --verloopt "30-06-2027" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-06-30.\n'],
      ['2027-02-30', 'Fout: --verloopt "2027-02-30" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-06-30.\n'],
      ['2020-01-01', 'Fout: --verloopt 2020-01-01 ligt niet in de toekomst; de sleutel zou meteen verlopen zijn.\n'],
    ] as const) {
      const r = await createSleutel(db, 'lezer', 'x', '--verloopt', datum);
      expect([r.status, r.stderr], datum).toEqual([2, melding]);
    }
    const lijst = await cli('keys', 'list', '--gemeente', 'almere', '--db', db);
    expect(lijst.stdout.trim().split('\n')).toHaveLength(1);
  });
});
