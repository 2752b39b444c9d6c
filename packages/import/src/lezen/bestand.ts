import { basename } from 'node:path';
import type { Gemeente } from '@netwerkregie/domain';
import { BestandsFout } from '../fouten.js';
import { type LeesGebeurtenis, mapRijen } from '../mappen.js';
import { readCsv } from './csv.js';
import { type Bestandssoort, detectSoort } from './soort.js';
import { readXlsx } from './xlsx.js';

export interface LeesOpties {
  gemeente: Gemeente;
  /** Only this sheet of a workbook. */
  blad?: string;
  /** Overrides the kind the file name suggests; a zip is read as a workbook regardless. */
  soort?: Bestandssoort;
}

/**
 * Read and map stages in one: reads a CSV or XLSX file as a stream and yields per sheet its
 * header (`blad`), its mapped rows, skipped sheets and progress. Throws `BestandsFout` for a file
 * that cannot be used at all.
 */
export async function* readSheet(
  bron: { pad: string; naam?: string },
  opties: LeesOpties,
): AsyncGenerator<LeesGebeurtenis> {
  const naam = bron.naam ?? basename(bron.pad);
  const soort = await detectSoort(bron.pad, naam, opties.soort);
  if (soort === 'csv' && opties.blad !== undefined) {
    throw new BestandsFout(
      'blad.onbekend',
      `"${naam}" is een CSV-bestand en heeft geen bladen; blad "${opties.blad}" bestaat dus niet.`,
    );
  }
  const ruw =
    soort === 'csv'
      ? readCsv(bron.pad, { naam })
      : readXlsx(bron.pad, { naam, ...(opties.blad === undefined ? {} : { blad: opties.blad }) });
  yield* mapRijen(ruw, opties.gemeente, naam);
}
