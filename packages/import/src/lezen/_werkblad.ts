import { ontneutraliseer } from '../neutraliseren.js';
import type { Cel } from '../types.js';
import { type Celinhoud, celwaarde } from './_cel.js';
import { controleerBreedte, controleerGrenzen, isLeeg, MAX_KOLOMMEN, snijLegeStaart } from './_grenzen.js';
import { Tekstverzamelaar } from './_tekst.js';
import { parseerXml, SPREADSHEETML } from './_xml.js';
import { ZipFout, type Zipmap } from './_zip.js';
import type { Foutwaarde, RuweRij } from './types.js';

export interface Bladcontext {
  gedeeld: readonly string[];
  /** Per cell style whether it shows a date. */
  datumstijlen: readonly boolean[];
  datum1904: boolean;
}

/** Column index (0-based) of a cell reference such as `AB12`; undefined when it has no letters. */
function kolomVan(ref: string): number | undefined {
  let kolom = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    kolom = kolom * 26 + (code - 64);
  }
  return i === 0 ? undefined : kolom - 1;
}

/**
 * The rows of one worksheet part as raw rows, streamed as the part inflates, in batches (the rows
 * each inflated piece completed). Cells and rows without their optional `r` attribute take the
 * next position. Empty rows are left out.
 */
export async function* leesWerkblad(
  zip: Zipmap,
  pad: string,
  blad: string,
  context: Bladcontext,
): AsyncGenerator<RuweRij[]> {
  const deel = zip.deel(pad);
  if (!deel) throw new ZipFout(`werkblad ${pad} ontbreekt`);
  const klaar: RuweRij[] = [];
  const tekst = new Tekstverzamelaar();
  let rijnummer = 0;
  let cellen: Cel[] = [];
  let foutwaarden: Foutwaarde[] = [];
  let breedte = 0;
  let volgendeKolom = 0;
  let cel: (Celinhoud & { kolom: number }) | undefined;
  let inWaarde = false;
  let waarde = '';

  const sluitCel = () => {
    if (!cel) return;
    const { cel: inhoud, fout } = celwaarde(cel, context.gedeeld, context.datum1904);
    if (fout !== undefined) foutwaarden.push({ index: cel.kolom, waarde: fout });
    if (!isLeeg(inhoud)) {
      breedte = Math.max(breedte, cel.kolom + 1);
      if (breedte <= MAX_KOLOMMEN) cellen[cel.kolom] = typeof inhoud === 'string' ? ontneutraliseer(inhoud) : inhoud;
    }
    cel = undefined;
  };
  const sluitRij = () => {
    controleerBreedte(blad, rijnummer, breedte);
    // Gaps (columns without a cell) are empty; `cellen` is this row's own array.
    for (let i = 0; i < cellen.length; i++) if (cellen[i] === undefined) cellen[i] = null;
    const dicht = snijLegeStaart(cellen);
    if (dicht.length === 0 && foutwaarden.length === 0) return;
    controleerGrenzen(blad, rijnummer, dicht);
    klaar.push({ blad, rij: rijnummer, cellen: dicht, ...(foutwaarden.length > 0 ? { foutwaarden } : {}) });
  };

  yield* parseerXml(
    zip.tekst(deel),
    {
      open(e) {
        if (!SPREADSHEETML.has(e.uri)) return;
        switch (e.naam) {
          case 'row': {
            const r = Number(e.attribuut('r'));
            rijnummer = Number.isInteger(r) && r > rijnummer ? r : rijnummer + 1;
            cellen = [];
            foutwaarden = [];
            breedte = 0;
            volgendeKolom = 0;
            break;
          }
          case 'c': {
            const kolom = kolomVan(e.attribuut('r') ?? '') ?? volgendeKolom;
            volgendeKolom = kolom + 1;
            const stijl = Number(e.attribuut('s') ?? 0);
            cel = {
              kolom,
              type: e.attribuut('t'),
              waarde: undefined,
              tekst: undefined,
              isDatum: context.datumstijlen[stijl] === true,
            };
            break;
          }
          case 'v':
            inWaarde = cel !== undefined;
            waarde = '';
            break;
          case 'is':
            if (cel) tekst.begin();
            break;
          default:
            tekst.open(e);
        }
      },
      sluit(e) {
        if (!SPREADSHEETML.has(e.uri)) return;
        switch (e.naam) {
          case 'row':
            sluitCel();
            sluitRij();
            break;
          case 'c':
            sluitCel();
            break;
          case 'v':
            if (cel && inWaarde) cel.waarde = waarde;
            inWaarde = false;
            break;
          case 'is':
            if (cel && tekst.bezig) cel.tekst = tekst.eind();
            break;
          default:
            tekst.sluit(e);
        }
      },
      tekst(t) {
        if (inWaarde) waarde += t;
        else tekst.tekst(t);
      },
    },
    () => klaar.splice(0),
  );
}
