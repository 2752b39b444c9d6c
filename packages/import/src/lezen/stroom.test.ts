import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { almere, tijdelijkeMap } from '../_testhulp.js';
import { normaliseerRij } from '../valideren.js';
import { readSheet } from './bestand.js';

/** Writes a contact list of about `megabytes` MB. */
async function schrijfGroteLijst(pad: string, megabytes: number): Promise<number> {
  const uit = createWriteStream(pad);
  uit.write('Organisatie;Domein;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Overleggen;Laatste contact\r\n');
  let rijen = 0;
  while (uit.bytesWritten + uit.writableLength < megabytes * 1_000_000) {
    const regels: string[] = [];
    for (let i = 0; i < 1_000; i++, rijen++) {
      regels.push(
        `Organisatie ${rijen % 700};Zorg;Almere Stad;Persoon Fictief ${rijen};"Coördinator; wijk";Sleutelfiguur;` +
          `persoon${rijen}@example.org;06-${String(10_000_000 + (rijen % 89_999_999)).slice(0, 8)};3-2-2016;Veiligheidshuis;1-10-2026`,
      );
    }
    if (!uit.write(`${regels.join('\r\n')}\r\n`)) await once(uit, 'drain');
  }
  uit.end();
  await once(uit, 'close');
  return rijen;
}

it('streams a 30 MB CSV through read, map and normalise in bounded memory', async () => {
  const pad = join(tijdelijkeMap(), 'groot.csv');
  const geschreven = await schrijfGroteLijst(pad, 30);
  expect(statSync(pad).size).toBeGreaterThan(30_000_000);

  const voor = process.memoryUsage().heapUsed;
  let piek = voor;
  let rijen = 0;
  let fouten = 0;
  for await (const g of readSheet({ pad }, { gemeente: almere })) {
    if (g.soort !== 'rij') continue;
    const rij = normaliseerRij(g.rij, almere);
    rijen++;
    fouten += rij.meldingen.length;
    if (rijen % 1_000 === 0) piek = Math.max(piek, process.memoryUsage().heapUsed);
  }
  expect(rijen).toBe(geschreven);
  expect(fouten).toBe(0);
  // The file is 30 MB (60 MB as JavaScript strings): holding it would exceed this bound.
  expect(piek).toBeLessThan(150 * 1024 * 1024);
});
