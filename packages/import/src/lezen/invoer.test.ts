/**
 * The import reads a path, bytes or a stream alike: the same plan, the same hash, the same report;
 * a stream is read once, a workbook stream leaves no temporary file behind, and a size limit
 * stops a stream while it is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openStore, type Store } from '@netwerkregie/store';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { almere, fout, tijdelijkeMap } from '../_testhulp.js';
import type { PlanRegel } from '../plannen/plan.js';
import { planImport } from '../plannen/plannen.js';
import { KLEUR_FOUT, writeFoutenrapport } from '../rapport/rapport.js';
import { importSheet } from '../toepassen/toepassen.js';
import type { Melding } from '../types.js';
import type { Invoer } from './invoer.js';
import { detectSoort } from './soort.js';

const FIXTURES = new URL('../../../../fixtures/', import.meta.url);
const CSV = new URL('almere/contactlijst.csv', FIXTURES).pathname;
const XLSX = new URL('almere/contactlijst.xlsx', FIXTURES).pathname;

/** A stream that hands the bytes on in pieces and counts how many were asked for. */
function stroomVan(bytes: Buffer, stuk = 16 * 1024): { stroom: Readable; gelezen: () => number } {
  let gelezen = 0;
  const stroom = Readable.from(
    (function* () {
      for (let p = 0; p < bytes.length; p += stuk) {
        gelezen++;
        yield bytes.subarray(p, p + stuk);
      }
    })(),
    // One piece at a time, none read ahead, so the count is what the reader asked for.
    { objectMode: false, highWaterMark: 1 },
  );
  return { stroom, gelezen: () => gelezen };
}

const spoolmappen = () => readdirSync(tmpdir()).filter((n) => n.startsWith('netwerkregie-import-'));

let store: Store;
beforeEach(async () => {
  store = await openStore({ gemeente: 'almere', pad: ':memory:' });
});
afterEach(async () => {
  await store.close();
});

/** The plan's summary and header rows without the fresh ids (of the import and of what it adds). */
async function plan(invoer: Exclude<Invoer, string>) {
  const { samenvatting, bladen } = await planImport(store, { ...invoer, gemeente: almere });
  const { id: _id, details, ...rest } = samenvatting;
  const zonderId = (regels: readonly PlanRegel[]) => regels.map(({ id: _, ...regel }) => regel);
  return {
    ...rest,
    details: { ...details, toegevoegd: zonderId(details.toegevoegd), gewijzigd: zonderId(details.gewijzigd) },
    bladen,
  };
}

describe('the input: a path, bytes or a stream', () => {
  it.each([
    ['contactlijst.csv', CSV],
    ['contactlijst.xlsx', XLSX],
  ])('plans %s the same from a path, bytes, a Node stream and a web stream', async (naam, pad) => {
    const bytes = readFileSync(pad);
    const voor = spoolmappen();
    const uitPad = await plan({ pad });
    expect(uitPad.bestand).toBe(naam);
    expect(uitPad.rijen).toBeGreaterThan(10);
    expect(await plan({ bytes: new Uint8Array(bytes), naam })).toEqual(uitPad);
    expect(await plan({ stroom: stroomVan(bytes).stroom, naam })).toEqual(uitPad);
    const web = Readable.toWeb(stroomVan(bytes).stroom) as ReadableStream<Uint8Array>;
    expect(await plan({ stroom: web, naam })).toEqual(uitPad);
    // A workbook stream was spooled to a temporary file, and that file is gone.
    expect(spoolmappen()).toEqual(voor);
  });

  it('decides the kind by the first bytes, also of bytes named wrongly', async () => {
    expect(await detectSoort({ bytes: readFileSync(XLSX), naam: 'lijst.csv' })).toBe('xlsx');
    expect(await detectSoort({ bytes: readFileSync(CSV), naam: 'lijst' })).toBe('csv');
    expect(await fout(() => detectSoort({ bytes: new Uint8Array(0), naam: 'leeg.csv' }))).toMatchObject({
      code: 'bestand.leeg',
      melding: 'Het bestand "leeg.csv" is leeg (0 bytes).',
    });
  });

  it('applies an import from a stream, reading it once', async () => {
    const bytes = readFileSync(CSV);
    const { stroom, gelezen } = stroomVan(bytes);
    const s = await importSheet(store, { stroom, naam: 'contactlijst.csv', gemeente: almere, actor: 'test' });
    expect(s.toegepast).toBe(true);
    expect(gelezen()).toBe(Math.ceil(bytes.length / (16 * 1024)));
    expect(s.sha256).toBe((await plan({ pad: CSV })).sha256);
  });

  it('stops a stream above maxBytes while reading it, and refuses a larger file or bytes up front', async () => {
    const groot = Buffer.alloc(4 * 1024 * 1024, 'Organisatie;Naam;E-mail\r\n');
    // A zip's first bytes: this stream is spooled to a file as a workbook, and stopped there.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), groot.subarray(4)]);
    for (const [naam, bytes] of [
      ['groot.csv', groot],
      ['groot.xlsx', zip],
    ] as const) {
      const { stroom, gelezen } = stroomVan(bytes, 64 * 1024);
      const voor = spoolmappen();
      expect(await fout(() => plan({ stroom, naam, maxBytes: 1024 * 1024 }))).toMatchObject({
        code: 'bestand.te-groot',
        melding: `Het bestand "${naam}" is groter dan 1 MB en wordt niet gelezen.`,
      });
      // 1 MB is 16 pieces of 64 kB: the 17th is refused, the other 47 are never read.
      expect(gelezen()).toBe(17);
      expect(spoolmappen()).toEqual(voor);
    }
    expect(await fout(() => plan({ pad: CSV, maxBytes: 1000 }))).toMatchObject({
      code: 'bestand.te-groot',
      melding: 'Het bestand "contactlijst.csv" is groter dan 1.000 bytes en wordt niet gelezen.',
    });
    expect(await fout(() => plan({ bytes: groot, naam: 'lijst.csv', maxBytes: 2048 }))).toMatchObject({
      code: 'bestand.te-groot',
      melding: 'Het bestand "lijst.csv" is groter dan 2 kB en wordt niet gelezen.',
    });
  });

  it('writes the error report from bytes, by the header rows of the plan', async () => {
    const bytes = readFileSync(XLSX);
    const { bladen } = await planImport(store, { bytes, naam: 'contactlijst.xlsx', gemeente: almere });
    const blad = bladen[0]!;
    const kolom = blad.kolommen.find((k) => k.veld === 'email')!;
    const melding: Melding = {
      blad: blad.naam!,
      rij: blad.kopRij + 1,
      kolom: kolom.kop,
      waarde: '',
      code: 'email.ongeldig',
      ernst: 'fout',
      melding: 'Ongeldig adres.',
    };
    const uit = join(tijdelijkeMap(), 'rapport.xlsx');
    expect(
      await writeFoutenrapport({ invoer: { bytes, naam: 'contactlijst.xlsx' }, meldingen: [melding], uit, bladen }),
    ).toEqual({ soort: 'werkmap' });
    const werkboek = new ExcelJS.Workbook();
    await werkboek.xlsx.readFile(uit);
    const cel = werkboek.getWorksheet(melding.blad!)!.getCell(melding.rij, kolom.index + 1);
    expect([(cel.fill as ExcelJS.FillPattern).fgColor?.argb, cel.note]).toEqual([KLEUR_FOUT, melding.melding]);
  });
});
