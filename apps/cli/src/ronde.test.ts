/** `netwerkregie ronde start|status|herinner` on a real database file, files written into a real folder. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { openStore } from '@netwerkregie/store';
import { createSegment } from '@netwerkregie/toepassing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
let map: string;
let db: string;
beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-ronde-'));
  db = join(map, 'almere.db');
  await cli('import', join(wortel, 'fixtures/almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db);
});
afterEach(() => rmSync(map, { recursive: true, force: true }));

const basis = () => ['--gemeente', 'almere', '--db', db];

describe('netwerkregie ronde', () => {
  it('starts a round for the formal partners of a domain, writes the mail merge, and shows its progress', async () => {
    const r = await cli(
      'ronde',
      'start',
      ...['--gemeente', 'almere', '--db', db],
      '--domein',
      'zorg',
      '--basis-url',
      'https://netwerk.almere.example.org',
      '--van',
      'netwerkregie@almere.example.org',
      '--uit',
      map,
      '--json',
    );
    expect(r.status).toBe(0);
    const uitkomst = r.json() as {
      ronde: string;
      organisaties: number;
      bestanden: string[];
      zonderAdres: string[];
      verzonden: number;
    };
    expect(uitkomst.verzonden).toBe(0);
    const csv = readFileSync(join(map, 'ronde.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('Organisatie;Naam;E-mail;Link;Geldig tot en met;Onderwerp;Bericht');
    // One row per organisation, each with its own link; the CSV holds a message that spans lines, so count links.
    const links = [
      ...readFileSync(join(map, 'ronde.csv'), 'utf8').matchAll(
        /https:\/\/netwerk\.almere\.example\.org\/bevestigen\/(bv_almere_[A-Za-z0-9_-]{43});/g,
      ),
    ];
    expect(links).toHaveLength(uitkomst.organisaties);
    expect(new Set(links.map((l) => l[1])).size).toBe(uitkomst.organisaties);
    expect(readdirSync(map).filter((f) => f.endsWith('.eml'))).toHaveLength(
      uitkomst.organisaties - uitkomst.zonderAdres.length,
    );

    const status = await cli('ronde', 'status', ...basis());
    expect(status.status).toBe(0);
    expect(status.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^Ronde ${uitkomst.ronde}, gestart \\d{4}-\\d{2}-\\d{2}, links geldig tot \\d{4}-\\d{2}-\\d{2}: ${uitkomst.zonderAdres.length} openstaand, ${uitkomst.organisaties - uitkomst.zonderAdres.length} verzonden\\.$`,
      ),
    );
    expect(status.stdout).toContain('GGD Almere');
    const json = (await cli('ronde', 'status', uitkomst.ronde, ...basis(), '--json')).json() as {
      totalen: Record<string, number>;
    };
    expect(json.totalen.verzonden).toBe(uitkomst.organisaties - uitkomst.zonderAdres.length);

    // Reminders only after the configured number of days.
    const herinner = await cli(
      'ronde',
      'herinner',
      ...basis(),
      '--basis-url',
      'https://netwerk.almere.example.org',
      '--van',
      'netwerkregie@almere.example.org',
      '--uit',
      map,
      '--json',
    );
    expect([herinner.status, (herinner.json() as { organisaties: number }).organisaties]).toEqual([0, 0]);
  });

  it('refuses bad input with exit 2 and a Dutch message, writing nothing', async () => {
    const zonder = await cli(
      'ronde',
      'start',
      ...basis(),
      '--basis-url',
      'https://x.example.org',
      '--van',
      'a@example.org',
    );
    expect([zonder.status, zonder.stderr]).toEqual([
      2,
      'Fout: Geef --uit <map> voor de berichten als bestanden, of --smtp om ze te versturen (of beide).\n',
    ]);
    const url = await cli('ronde', 'start', ...basis(), '--van', 'a@example.org', '--uit', map);
    expect([url.status, url.stderr]).toEqual([
      2,
      'Fout: Geef met --basis-url aan waar de server bereikbaar is, zoals https://netwerk.almere.nl.\n',
    ]);
    const smtp = await cli(
      'ronde',
      'start',
      ...basis(),
      '--basis-url',
      'https://x.example.org',
      '--van',
      'a@example.org',
      '--smtp',
      'http://x',
    );
    expect([smtp.status, smtp.stderr]).toEqual([2, 'Fout: --smtp begint met smtp:// of smtps://.\n']);
    const domein = await cli(
      'ronde',
      'start',
      ...basis(),
      '--basis-url',
      'https://x.example.org',
      '--van',
      'a@example.org',
      '--uit',
      map,
      '--domein',
      'gemeenschap',
    );
    expect([domein.status, domein.stderr]).toEqual([
      2,
      'Fout: Geen enkele formele partner past bij deze keuze; er is geen ronde gestart.\n',
    ]);
    const status = await cli('ronde', 'status', ...basis());
    expect([status.status, status.stderr]).toEqual([2, 'Fout: Er is nog geen bevestigingsronde gestart.\n']);
    const actie = await cli('ronde', 'stop', ...basis());
    expect(actie.status).toBe(2);
    expect(readdirSync(map).filter((f) => f !== 'almere.db' && !f.startsWith('almere.db-'))).toEqual([]);
  });

  it('starts a round for a saved segment by name, and refuses an unknown or informal segment with exit 2', async () => {
    // Segments are saved over the API; here straight into the same database file.
    const store = await openStore({ gemeente: 'almere', pad: db });
    const almere = GEMEENTEN.almere as Gemeente;
    const segment = await createSegment(
      store,
      almere,
      { naam: 'Radicalisering veiligheid', domeinen: ['veiligheid'], rollen: ['contactpersoon-radicalisering'] },
      { actor: 'test' },
    );
    await createSegment(store, almere, { naam: 'Sleutelfiguren', netwerk: 'informeel' }, { actor: 'test' });
    await store.close();
    const start = (...verder: string[]) =>
      cli(
        'ronde',
        'start',
        ...basis(),
        '--basis-url',
        'https://x.example.org',
        '--van',
        'a@example.org',
        '--uit',
        map,
        ...verder,
      );

    for (const [naam, melding] of [
      ['Nergens', 'Fout: Segment Nergens bestaat niet.\n'],
      ['sleutelfiguren', 'Fout: Segment "Sleutelfiguren" heeft geen formele partners; er is geen ronde gestart.\n'],
    ]) {
      const nee = await start('--segment', naam as string);
      expect([nee.status, nee.stderr]).toEqual([2, melding]);
    }
    expect(readdirSync(map).filter((f) => f !== 'almere.db' && !f.startsWith('almere.db-'))).toEqual([]);

    const r = await start('--segment', 'Radicalisering veiligheid', '--wijk', 'Almere Haven', '--json');
    expect(r.status).toBe(0);
    const { ronde } = r.json() as { ronde: string };
    const v = (await cli('ronde', 'status', ronde, ...basis(), '--json')).json() as {
      ronde: { selectie: unknown };
      organisaties: Array<{ organisatie: string }>;
    };
    expect(v.ronde.selectie).toEqual({ wijk: 'Almere Haven', segment: segment.id });
    expect(v.organisaties.map((o) => o.organisatie)).toEqual([
      'Halt Almere',
      'Openbaar Ministerie Almere',
      'Politie Almere Regionaal Team Radicalisering',
      'Politie basisteam Almere Haven',
      'Raad voor de Kinderbescherming Almere',
      'Reclassering Almere',
      'Veiligheidshuis Almere',
    ]);
  });
});
