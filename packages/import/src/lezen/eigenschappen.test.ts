import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { almere, schrijf, schrijfWerkmap, tijdelijkeMap } from '../_testhulp.js';
import { BestandsFout } from '../fouten.js';
import { normaliseerRij } from '../valideren.js';
import { readSheet } from './bestand.js';

let map: string;
let werkmap: Buffer;
let teller = 0;

beforeAll(async () => {
  map = tijdelijkeMap();
  const pad = await schrijfWerkmap(map, 'basis.xlsx', (wb) => {
    const ws = wb.addWorksheet('Lijst');
    ws.addRow(['Organisatie', 'Domein', 'Naam', 'E-mail', 'Telefoon', 'Getraind', 'Wijk']);
    ws.addRow([
      'Politie',
      'Politie',
      'Jan Fictief',
      'jan@example.org',
      612345678,
      new Date(Date.UTC(2016, 1, 3)),
      'Almere Stad',
    ]);
    ws.addRow(['GGZ', 'GGZ', 'Piet Fictief', 'piet@', '12345', 'misschien', 'Lelystad']);
  });
  werkmap = readFileSync(pad);
});

/** Reads and normalises a file; returns what was thrown, if anything. */
async function verwerk(inhoud: Uint8Array, extensie: string): Promise<unknown> {
  const pad = schrijf(map, `invoer-${teller++}.${extensie}`, Buffer.from(inhoud));
  try {
    for await (const g of readSheet({ pad }, { gemeente: almere })) {
      if (g.soort === 'rij') normaliseerRij(g.rij, almere);
    }
    return undefined;
  } catch (fout) {
    return fout;
  }
}

const geldigeCsv = [
  'Organisatie;Domein;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Overleggen;Laatste contact',
  'Politie Almere;Politie;Almere Stad;Jan Fictief;Wijkagent;Sleutelfiguur;jan@example.org;06-12345678;3-2-2016;Veiligheidshuis;1-10-2026',
  '"GGZ\r\nCentraal";GGZ;heel de stad;Piet Fictief;"Arts; psychiater";;piet@example.org;14 036;ja;;',
  'Café Zoë;Religieus;;José Ruïs;;;;;;;',
].join('\r\n');

/** Byte mutations: replace, insert or delete at a position. */
const mutatie = fc.tuple(
  fc.constantFrom('vervang', 'voegIn', 'verwijder'),
  fc.nat(),
  fc.constantFrom(0x00, 0x22, 0x3b, 0x2c, 0x09, 0x0a, 0x0d, 0x27, 0x3d, 0x80, 0x81, 0xc3, 0xe9, 0xef, 0xff, 0x50, 0x4b),
);

function muteer(basis: Buffer, mutaties: [string, number, number][]): Uint8Array {
  const bytes = [...basis];
  for (const [soort, plek, byte] of mutaties) {
    const i = bytes.length === 0 ? 0 : plek % bytes.length;
    if (soort === 'vervang' && bytes.length > 0) bytes[i] = byte;
    else if (soort === 'voegIn') bytes.splice(i, 0, byte);
    else bytes.splice(i, 1);
  }
  return Uint8Array.from(bytes);
}

describe('robustness', () => {
  it('throws nothing but BestandsFout for random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('csv', 'txt', 'xlsx'),
        async (bytes, extensie) => {
          const fout = await verwerk(bytes, extensie);
          expect(fout === undefined || fout instanceof BestandsFout).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('throws nothing but BestandsFout for mutated CSV, in UTF-8 and Windows-1252', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(mutatie, { maxLength: 12 }), async (utf8, mutaties) => {
        const basis = utf8 ? Buffer.from(geldigeCsv, 'utf8') : iconv.encode(geldigeCsv, 'win1252');
        const fout = await verwerk(muteer(basis, mutaties), 'csv');
        expect(fout === undefined || fout instanceof BestandsFout).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('throws nothing but BestandsFout for random CSV text', async () => {
    const cel = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom(
        'Organisatie',
        'Naam',
        'E-mail',
        'Telefoon',
        'Getraind',
        'Wijk',
        'Rol',
        '"',
        '""',
        '=1+1',
        "'-x",
        '42403',
        '31-02-2016',
      ),
    );
    const regel = fc.array(cel, { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(regel, { maxLength: 20 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        async (regels, scheiding, einde) => {
          const tekst = ['Organisatie;Naam;E-mail;Telefoon', ...regels.map((r) => r.join(scheiding))].join(einde);
          const fout = await verwerk(Buffer.from(tekst, 'utf8'), 'csv');
          expect(fout === undefined || fout instanceof BestandsFout).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws nothing but BestandsFout for mutated and truncated workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatie, { maxLength: 6 }), fc.option(fc.nat()), async (mutaties, lengte) => {
        let bytes = muteer(werkmap, mutaties);
        if (lengte !== null) bytes = bytes.subarray(0, lengte % (bytes.length + 1));
        const fout = await verwerk(bytes, 'xlsx');
        expect(fout === undefined || fout instanceof BestandsFout).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
