import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { BestandsFout } from '../fouten.js';
import { ontneutraliseer } from '../neutraliseren.js';
import type { Cel } from '../types.js';
import { alsBestandsFout, bestandsgrootte } from './_bestand.js';
import { Decodeerder } from './_codering.js';
import { controleerGrenzen, snijLegeStaart } from './_grenzen.js';
import { type Regeleinde, raadRegeleinde, raadScheidingsteken } from './_scheiding.js';
import type { RuweGebeurtenis } from './types.js';

/** Bytes read per chunk; the first chunk is the sample for encoding, delimiter and line ending. */
const STUK = 64 * 1024;
/** A row longer than this (200 columns of Excel's maximum cell) means an unclosed quote. */
export const MAX_RIJTEKENS = 8_000_000;
const VOORTGANG_STAP = 1 << 20;

interface Uitkomst {
  data: string[][];
  meta: { cursor: number };
}

/**
 * Reads a CSV file as a stream of raw rows (never the whole file at once). Row numbers are the
 * 1-based record numbers Excel shows: a quoted field with a line break stays one row, an empty
 * line is a row. A leading `'` that our exporter adds against formula injection is stripped.
 */
export async function* readCsv(pad: string, opties: { naam?: string } = {}): AsyncGenerator<RuweGebeurtenis> {
  const naam = opties.naam ?? basename(pad);
  const totaalBytes = await bestandsgrootte(pad);
  if (totaalBytes === 0) throw new BestandsFout('bestand.leeg', `Het bestand "${naam}" is leeg (0 bytes).`);

  const stroom = createReadStream(pad, { highWaterMark: STUK });
  const stukken = stroom[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const volgende = async () => {
    try {
      return await stukken.next();
    } catch (fout) {
      throw alsBestandsFout(fout, pad);
    }
  };
  try {
    const proef: Buffer[] = [];
    let gelezen = 0;
    let klaar = false;
    while (gelezen < STUK) {
      const stap = await volgende();
      if (stap.done) {
        klaar = true;
        break;
      }
      proef.push(stap.value);
      gelezen += stap.value.length;
    }
    const proefBytes = Buffer.concat(proef);
    const decodeerder = new Decodeerder(proefBytes, naam);
    let tekst = decodeerder.decodeer(proefBytes, klaar);
    if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
    if (klaar && tekst.trim() === '') {
      throw new BestandsFout('bestand.leeg', `Het bestand "${naam}" is leeg: het bevat alleen witruimte.`);
    }
    // Excel's own hint line `sep=;` names the delimiter; Excel does not show it as a row.
    const hint = /^sep=([;,\t|])\r?\n/i.exec(tekst);
    if (hint) tekst = tekst.slice(hint[0].length);
    const regeleinde = raadRegeleinde(tekst);
    const scheidingsteken = hint?.[1] ?? raadScheidingsteken(tekst, regeleinde);
    const ontleder = new RijOntleder(new Papa.Parser({ delimiter: scheidingsteken, newline: regeleinde }), regeleinde);

    yield { soort: 'blad', naam: null };
    yield* ontleder.verwerk(tekst, klaar);
    let gemeld = 0;
    while (!klaar) {
      const stap = await volgende();
      if (stap.done) {
        klaar = true;
        yield* ontleder.verwerk(decodeerder.einde(), true);
      } else {
        gelezen += stap.value.length;
        yield* ontleder.verwerk(decodeerder.decodeer(stap.value), false);
        if (gelezen - gemeld >= VOORTGANG_STAP) {
          gemeld = gelezen;
          yield { soort: 'voortgang', gelezenBytes: gelezen, totaalBytes };
        }
      }
    }
    yield { soort: 'voortgang', gelezenBytes: totaalBytes, totaalBytes };
  } finally {
    stroom.destroy();
  }
}

/** Feeds decoded text to papaparse's parser chunk by chunk, carrying the unfinished last row over. */
class RijOntleder {
  private rest = '';
  private rijnummer = 0;

  constructor(
    private readonly parser: Papa.Parser,
    private readonly regeleinde: Regeleinde,
  ) {}

  *verwerk(tekst: string, laatste: boolean): Generator<RuweGebeurtenis> {
    const samen = this.rest + tekst;
    const uitkomst = this.parser.parse(samen, 0, !laatste) as Uitkomst;
    this.rest = laatste ? '' : samen.slice(uitkomst.meta.cursor);
    if (this.rest.length > MAX_RIJTEKENS) {
      throw new BestandsFout(
        'rij.te-groot',
        `Rij ${this.rijnummer + uitkomst.data.length + 1} is langer dan ${MAX_RIJTEKENS.toLocaleString('nl-NL')} tekens. ` +
          'Waarschijnlijk ontbreekt een afsluitend aanhalingsteken (").',
      );
    }
    const rijen = uitkomst.data;
    // A final line break ends the last row; papaparse makes an empty row of it.
    if (laatste && samen.endsWith(this.regeleinde) && rijen.at(-1)?.length === 1 && rijen.at(-1)?.[0] === '')
      rijen.pop();
    for (const velden of rijen) {
      this.rijnummer++;
      const cellen = snijLegeStaart(velden.map((veld, i) => this.cel(veld, i === velden.length - 1)));
      controleerGrenzen(null, this.rijnummer, cellen);
      yield { soort: 'rij', rij: { blad: null, rij: this.rijnummer, cellen } };
    }
  }

  private cel(veld: string, laatsteVeld: boolean): Cel {
    // A file with mixed line endings leaves a carriage return on the last field.
    const tekst = laatsteVeld && this.regeleinde === '\n' && veld.endsWith('\r') ? veld.slice(0, -1) : veld;
    return tekst === '' ? null : ontneutraliseer(tekst);
  }
}
