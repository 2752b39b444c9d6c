import type { Gemeente } from '@netwerkregie/domain';
import { BestandsFout } from '../fouten.js';
import { Bron } from '../lezen/_bron.js';
import { csvRijen } from '../lezen/csv.js';
import type { Invoer } from '../lezen/invoer.js';
import { soortVan } from '../lezen/soort.js';
import { xlsxRijen } from '../lezen/xlsx.js';
import { type LeesGebeurtenis, mapRijen } from './rijen.js';

export interface LeesOpties {
  gemeente: Gemeente;
  /** Only this sheet of a workbook. */
  blad?: string;
}

/**
 * Read and map stages in one: reads a CSV or XLSX input as a stream and yields per sheet its
 * header (`blad`), its mapped rows, skipped sheets and progress. Throws `BestandsFout` for an input
 * that cannot be used at all.
 */
export async function* readSheet(invoer: Invoer, opties: LeesOpties): AsyncGenerator<LeesGebeurtenis> {
  const bron = Bron.van(invoer);
  try {
    yield* readBron(bron, opties);
  } finally {
    await bron.close();
  }
}

/** `readSheet` for an opened input (the plan keeps it open to hash what was read). */
export async function* readBron(bron: Bron, opties: LeesOpties): AsyncGenerator<LeesGebeurtenis> {
  const soort = await soortVan(bron);
  if (soort === 'csv' && opties.blad !== undefined) {
    throw new BestandsFout(
      'blad.onbekend',
      `"${bron.naam}" is een CSV-bestand en heeft geen bladen; blad "${opties.blad}" bestaat dus niet.`,
    );
  }
  const ruw =
    soort === 'csv' ? csvRijen(bron) : xlsxRijen(bron, opties.blad === undefined ? {} : { blad: opties.blad });
  yield* mapRijen(ruw, opties.gemeente, bron.naam);
}
