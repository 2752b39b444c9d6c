import type { Gemeente, Veld } from '@netwerkregie/domain';
import { BestandsFout } from '../fouten.js';
import { isLeeg } from '../lezen/_grenzen.js';
import type { RuweGebeurtenis, RuweRij } from '../lezen/types.js';
import { maakMelding } from '../meldingen.js';
import type { BladInfo, Cel, GemapteRij, Melding } from '../types.js';
import { herkenKopRij, Koppenlijst } from './koppen.js';

/** A sheet that was not imported, and why: no header row found, or hidden in the workbook. */
export interface OvergeslagenBlad {
  blad: string;
  reden: 'geen-kop' | 'verborgen';
}

/** What `readSheet` yields: per sheet its header (`blad`) and rows, skipped sheets, and progress. */
export type LeesGebeurtenis =
  | { soort: 'blad'; blad: BladInfo }
  | { soort: 'rij'; rij: GemapteRij }
  | ({ soort: 'overgeslagen' } & OvergeslagenBlad)
  | { soort: 'voortgang'; gelezenBytes: number; totaalBytes: number };

/** The header row must be among a sheet's first this many non-empty rows. */
export const MAX_RIJEN_VOOR_KOP = 50;

const NAAMDELEN = ['voornaam', 'tussenvoegsel', 'achternaam'] as const;

interface Bladstaat {
  naam: string | null;
  info: BladInfo | null;
  /** Non-empty rows seen while looking for the header. */
  gezocht: number;
}

/**
 * The map stage: finds each sheet's header row, then turns every following non-empty row into a
 * `GemapteRij`. Sheets without a header row, and sheets the reader skipped (hidden), are named with
 * their reason (`overgeslagen`); when no sheet
 * has one, or a CSV has none, it throws `bestand.geen-kop` (`bestand.leeg` when there is nothing at all).
 */
export async function* mapRijen(
  ruw: AsyncIterable<RuweGebeurtenis>,
  gemeente: Gemeente,
  bestandsnaam: string,
): AsyncGenerator<LeesGebeurtenis> {
  const koppen = new Koppenlijst(gemeente);
  let blad: Bladstaat | null = null;
  let metKop = 0;
  let metInhoud = 0;
  const zonderKop: string[] = [];

  function* sluit(): Generator<LeesGebeurtenis> {
    if (!blad || blad.info) return;
    if (blad.naam === null) {
      if (blad.gezocht > 0) throw geenKop(bestandsnaam, null);
      return;
    }
    zonderKop.push(blad.naam);
    yield { soort: 'overgeslagen', blad: blad.naam, reden: 'geen-kop' };
  }

  for await (const gebeurtenis of ruw) {
    if (gebeurtenis.soort === 'voortgang') {
      yield gebeurtenis;
    } else if (gebeurtenis.soort === 'blad') {
      yield* sluit();
      if (gebeurtenis.reden && gebeurtenis.naam !== null) {
        // Skipped unread by the reader (a hidden sheet): named with its reason, no header looked for.
        blad = null;
        yield { soort: 'overgeslagen', blad: gebeurtenis.naam, reden: gebeurtenis.reden };
      } else {
        blad = { naam: gebeurtenis.naam, info: null, gezocht: 0 };
      }
    } else if (blad?.info) {
      const rij = mapRij(gebeurtenis.rij, blad.info);
      if (rij) yield { soort: 'rij', rij };
    } else if (blad && blad.gezocht < MAX_RIJEN_VOOR_KOP && !gebeurtenis.rij.cellen.every(isLeeg)) {
      if (blad.gezocht++ === 0) metInhoud++;
      blad.info = herkenKopRij(koppen, blad.naam, gebeurtenis.rij.rij, gebeurtenis.rij.cellen);
      if (blad.info) {
        metKop++;
        yield { soort: 'blad', blad: blad.info };
      } else if (blad.naam === null && blad.gezocht === MAX_RIJEN_VOOR_KOP) {
        throw geenKop(bestandsnaam, null);
      }
    }
  }
  yield* sluit();
  if (metKop === 0) {
    if (metInhoud === 0) throw new BestandsFout('bestand.leeg', `Het bestand "${bestandsnaam}" bevat geen gegevens.`);
    throw geenKop(bestandsnaam, zonderKop);
  }
}

function geenKop(bestandsnaam: string, bladen: string[] | null): BestandsFout {
  const waar =
    bladen === null || bladen.length === 0
      ? `in "${bestandsnaam}"`
      : `in ${bladen.length === 1 ? 'blad' : 'de bladen'} ${bladen.map((b) => `"${b}"`).join(', ')} van "${bestandsnaam}"`;
  return new BestandsFout(
    'bestand.geen-kop',
    `Er is geen koprij gevonden ${waar}: geen rij noemt ten minste drie bekende kolommen ` +
      `(zoals Organisatie, Naam, E-mail) binnen de eerste ${MAX_RIJEN_VOOR_KOP} gevulde rijen.`,
  );
}

/**
 * A data row picked out by field; null when no mapped cell holds anything. Voornaam,
 * tussenvoegsel and achternaam compose `naam` when the row has no name of its own. Excel error
 * values in mapped columns become `cel.foutwaarde` warnings.
 */
export function mapRij(ruw: RuweRij, blad: BladInfo): GemapteRij | null {
  const waarden: Partial<Record<Veld, Cel>> = {};
  let gevuld = false;
  for (const { veld, index } of blad.kolommen) {
    const cel = ruw.cellen[index];
    if (cel !== undefined && !isLeeg(cel)) {
      waarden[veld] = cel;
      gevuld = true;
    }
  }
  if (!gevuld) return null;
  if (waarden.naam === undefined) {
    const delen = NAAMDELEN.map((veld) => waarden[veld])
      .filter((deel) => deel !== undefined)
      .map((deel) => String(deel).trim());
    if (delen.length > 0) waarden.naam = delen.join(' ');
  }
  if (ruw.foutwaarden === undefined) return { blad, rij: ruw.rij, waarden };
  const meldingen: Melding[] = [];
  for (const { index, waarde } of ruw.foutwaarden) {
    const kolom = blad.kolommen.find((k) => k.index === index);
    if (!kolom) continue;
    meldingen.push(
      maakMelding(
        { blad: blad.naam, rij: ruw.rij, kolom: kolom.kop },
        waarde,
        'cel.foutwaarde',
        `De cel bevat de Excel-foutwaarde ${waarde} en is als leeg gelezen.`,
      ),
    );
  }
  return { blad, rij: ruw.rij, waarden, ...(meldingen.length > 0 ? { meldingen } : {}) };
}
