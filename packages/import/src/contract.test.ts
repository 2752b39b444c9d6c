/**
 * docs/IMPORT.md is the import contract; these tests keep its tables equal to the code, both ways:
 * everything the code knows is documented, and nothing documented is unknown to the code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOMEIN_SYNONIEMEN,
  GEMEENTEN,
  NETWERK_SYNONIEMEN,
  ROL_SYNONIEMEN,
  TRAININGSOORT_SYNONIEMEN,
  woordSleutel,
} from '@netwerkregie/domain';
import { EXPORT_KOPPEN, FOUTCODES, KOPPEN, MELDINGCODES, planImport, RAPPORT_KOPPEN } from '@netwerkregie/import';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { tijdelijkeMap } from './_testhulp.js';
import { maakMelding } from './meldingen.js';
import { HELE_STAD, leesJaNee } from './normaliseren/index.js';

const WORTEL = new URL('../../../', import.meta.url);
const DOC = readFileSync(new URL('docs/IMPORT.md', WORTEL), 'utf8');

/** The text under a heading (exactly as written, e.g. `### Domein`) up to the next heading of its level or higher. */
function sectie(kop: string): string {
  const regels = DOC.split('\n');
  const begin = regels.indexOf(kop);
  if (begin < 0) throw new Error(`docs/IMPORT.md heeft geen kop "${kop}".`);
  const niveau = kop.indexOf(' ');
  const einde = regels.findIndex((r, i) => i > begin && /^#+ /.test(r) && r.indexOf(' ') <= niveau);
  return regels.slice(begin + 1, einde < 0 ? undefined : einde).join('\n');
}

/** The body rows of the first table in a text, each a list of trimmed cells. */
function tabel(tekst: string): string[][] {
  const rijen = tekst
    .split('\n')
    .filter((r) => r.startsWith('|'))
    .map((r) =>
      r
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  return rijen.slice(2);
}

/** The code spans of a cell. */
const code = (cel: string): string[] => [...cel.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** A vocabulary table (value | words) as the folded-word record the domain keeps. */
function woordenlijst(kop: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [waarde, woorden] of tabel(sectie(kop))) {
    for (const woord of code(woorden!)) uit[woordSleutel(woord)] = code(waarde!)[0]!;
  }
  return uit;
}

const gesorteerd = (lijst: readonly string[]) => [...lijst].sort();

describe('docs/IMPORT.md', () => {
  it('lists every column with exactly the headers the importer knows', () => {
    const gedocumenteerd = Object.fromEntries(
      tabel(sectie('## Columns')).map(([veld, nl, en]) => [code(veld!)[0], gesorteerd([...code(nl!), ...code(en!)])]),
    );
    const inCode = Object.fromEntries(Object.entries(KOPPEN).map(([veld, koppen]) => [veld, gesorteerd(koppen)]));
    expect(gedocumenteerd).toEqual(inCode);
  });

  it.each([
    ['### Domein', DOMEIN_SYNONIEMEN],
    ['### Rollen', ROL_SYNONIEMEN],
    ['### Netwerk', NETWERK_SYNONIEMEN],
    ['### Soort training', TRAININGSOORT_SYNONIEMEN],
  ])('lists under %s exactly the built-in words', (kop, synoniemen) => {
    expect(woordenlijst(kop)).toEqual(synoniemen);
  });

  it('lists yes and no words that read as yes and no, and the words for the whole city', () => {
    const [[ja, jaWoorden], [nee, neeWoorden]] = tabel(sectie('### Yes and no')) as [string[], string[]];
    expect([ja, nee]).toEqual(['ja', 'nee']);
    expect(code(jaWoorden!).map(leesJaNee)).toEqual(code(jaWoorden!).map(() => true));
    expect(code(neeWoorden!).map(leesJaNee)).toEqual(code(neeWoorden!).map(() => false));
    expect(gesorteerd(code(tabel(sectie('### Wijken'))[0]![0]!))).toEqual(gesorteerd(HELE_STAD));
  });

  it('lists every row issue code with its ernst and default melding', () => {
    const gedocumenteerd = Object.fromEntries(
      tabel(sectie('## Row issues')).map(([c, ernst, , tekst]) => [code(c!)[0], { ernst: code(ernst!)[0], tekst }]),
    );
    expect(gedocumenteerd).toEqual(MELDINGCODES);
  });

  it('lists every code of a file that cannot be used with its default melding', () => {
    const gedocumenteerd = Object.fromEntries(
      tabel(sectie('## Files that cannot be used')).map(([c, tekst]) => [code(c!)[0], tekst]),
    );
    expect(gedocumenteerd).toEqual(FOUTCODES);
  });

  it('shows the JSON output with exactly the keys of a real summary', async () => {
    const blok = /```json\n([\s\S]*?)\n```/.exec(sectie('### JSON output'))![1]!;
    const { waarschuwingen, ...voorbeeld } = JSON.parse(blok);
    expect(Object.keys(waarschuwingen[0])).toEqual(['code', 'melding']);

    const map = tijdelijkeMap();
    const pad = join(map, 'lijst.csv');
    writeFileSync(pad, 'Organisatie;Domein;Naam;E-mail\r\nGGD Almere;GGD;Els Fictief;els@\r\n');
    const store = await openStore({ gemeente: 'almere', pad: ':memory:' });
    const { samenvatting } = await planImport(store, { pad, gemeente: GEMEENTEN.almere! });
    await store.close();
    const sleutels = (o: object) => gesorteerd(Object.keys(o));
    expect(sleutels(voorbeeld)).toEqual(sleutels(samenvatting));
    expect(sleutels(voorbeeld.organisaties)).toEqual(sleutels(samenvatting.organisaties));
    expect(sleutels(voorbeeld.personen)).toEqual(sleutels(samenvatting.personen));
    expect(sleutels(voorbeeld.details)).toEqual(sleutels(samenvatting.details));
    const melding = maakMelding({ blad: 'Contacten', rij: 7, kolom: 'Mailadres' }, 'jan@', 'email.ongeldig');
    expect(sleutels(voorbeeld.meldingen[0])).toEqual(sleutels(melding));
    expect(voorbeeld.meldingen[0].ernst).toBe(MELDINGCODES[voorbeeld.meldingen[0].code as 'email.ongeldig'].ernst);
  });

  it('lists the columns of the error report and of the export in their order', () => {
    expect(code(tabel(sectie('## The error report'))[0]![0]!)).toEqual([...RAPPORT_KOPPEN]);
    expect(code(tabel(sectie('## Export'))[0]![0]!)).toEqual([...EXPORT_KOPPEN]);
  });

  it('is the contract itself: no README or guide points to a copy outside the repository', () => {
    const bestanden = ['README.md', ...readdirSync(new URL('docs/', WORTEL)).map((naam) => `docs/${naam}`)];
    const verwijzingen = bestanden.filter((b) => readFileSync(new URL(b, WORTEL), 'utf8').includes('../shared'));
    expect(verwijzingen).toEqual([]);
  });
});
