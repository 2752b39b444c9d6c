import chardet from 'chardet';
import iconv from 'iconv-lite';
import { BestandsFout } from '../fouten.js';
import { eersteHogeByte, eersteOngeldigeUtf8 } from './_utf8.js';

export type Codering = 'utf-8' | 'windows-1252';

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
/** Bytes that Windows-1252 leaves undefined. */
const ONGEDEFINIEERD_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const getal = (n: number) => n.toLocaleString('nl-NL');

/**
 * Decodes a CSV file chunk by chunk. The encoding is decided on the first bytes (about 64 KB):
 * UTF-8 with or without BOM, or Windows-1252 when the bytes are not UTF-8 but plausible 1252 text.
 * A sample of plain ASCII leaves the choice open until the first byte above 0x7F, so that a large
 * Windows-1252 file whose first accent comes late is still read right. Anything else is a
 * `bestand.codering` error naming the byte position.
 */
export class Decodeerder {
  private modus: Codering | 'onbepaald';
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  /** Bytes handed in before the current chunk (for error positions). */
  private positie = 0;
  /** Line feeds among the first `geteld` bytes (for the line of an error). */
  private regels = 0;
  private geteld = 0;
  /** Undecided mode: a possibly incomplete multi-byte sequence held back for the next chunk. */
  private rest: Buffer = Buffer.alloc(0);

  constructor(
    eersteBytes: Buffer,
    private readonly naam: string,
  ) {
    this.modus = bepaalCodering(eersteBytes, naam);
  }

  get codering(): Codering | 'onbepaald' {
    return this.modus;
  }

  decodeer(stuk: Buffer, laatste = false): string {
    const bytes = this.rest.length > 0 ? Buffer.concat([this.rest, stuk]) : stuk;
    const begin = this.positie - this.rest.length;
    this.rest = Buffer.alloc(0);
    this.positie += stuk.length;
    const tekst = this.zetOm(bytes, begin, laatste);
    this.regels += telRegeleinden(stuk);
    this.geteld += stuk.length;
    return tekst;
  }

  /** Flushes what the UTF-8 decoder holds; throws when the file ends inside a character. */
  einde(): string {
    return this.decodeer(Buffer.alloc(0), true);
  }

  private zetOm(bytes: Buffer, begin: number, laatste: boolean): string {
    if (this.modus === 'onbepaald') return this.beslis(bytes, begin, laatste);
    if (this.modus === 'windows-1252') return iconv.decode(bytes, 'win1252');
    try {
      return this.utf8.decode(bytes, { stream: !laatste });
    } catch {
      throw this.utf8Fout(bytes, begin, laatste);
    }
  }

  private beslis(bytes: Buffer, begin: number, laatste: boolean): string {
    const hoog = eersteHogeByte(bytes);
    if (hoog === -1) return bytes.toString('latin1');
    if (!laatste && bytes.length - hoog < 4) {
      // Too few bytes to judge the first accent: decide on the next chunk.
      this.rest = Buffer.from(bytes.subarray(hoog));
      return bytes.subarray(0, hoog).toString('latin1');
    }
    if (eersteOngeldigeUtf8(bytes.subarray(hoog), !laatste) === -1) {
      this.modus = 'utf-8';
    } else if (isPlausibel1252(bytes.subarray(hoog))) {
      this.modus = 'windows-1252';
    } else {
      throw this.utf8Fout(bytes, begin, laatste);
    }
    return this.zetOm(bytes, begin, laatste);
  }

  private utf8Fout(bytes: Buffer, begin: number, laatste: boolean): BestandsFout {
    const fout = begin + Math.max(0, eersteOngeldigeUtf8(bytes, !laatste));
    // Line feeds before the error: those counted so far, corrected by the part of `bytes` on either side.
    const regeleinden =
      fout >= this.geteld
        ? this.regels + telRegeleinden(bytes.subarray(this.geteld - begin, fout - begin))
        : this.regels - telRegeleinden(bytes.subarray(fout - begin, this.geteld - begin));
    return new BestandsFout(
      'bestand.codering',
      `Het bestand "${this.naam}" is geen geldige UTF-8: regel ${getal(regeleinden + 1)} bevat vanaf byte ` +
        `${getal(fout + 1)} tekens die geen UTF-8 zijn. Sla het bestand opnieuw op als "CSV UTF-8".`,
    );
  }
}

/** Decides the encoding from the first bytes of a file; throws for what is not UTF-8 or Windows-1252 text. */
export function bepaalCodering(eersteBytes: Buffer, naam: string): Codering | 'onbepaald' {
  if (BOM_UTF8.every((b, i) => eersteBytes[i] === b)) return 'utf-8';
  const gok = chardetGok(eersteBytes);
  if ((eersteBytes[0] === 0xff && eersteBytes[1] === 0xfe) || (eersteBytes[0] === 0xfe && eersteBytes[1] === 0xff)) {
    throw utf16Fout(naam);
  }
  if (eersteBytes.includes(0)) {
    if (gok?.startsWith('UTF-16') || gok?.startsWith('UTF-32')) throw utf16Fout(naam);
    throw new BestandsFout(
      'bestand.onleesbaar',
      `Het bestand "${naam}" bevat binaire gegevens; het is geen CSV-bestand of Excel-werkmap.`,
    );
  }
  const hoog = eersteHogeByte(eersteBytes);
  if (hoog === -1) return 'onbepaald';
  if (eersteOngeldigeUtf8(eersteBytes, true) === -1) return 'utf-8';
  if (isPlausibel1252(eersteBytes)) return 'windows-1252';
  const lijkt = gok && !/^(UTF-8|ISO-8859-1|windows-1252|ASCII)$/i.test(gok) ? ` (het lijkt op ${gok})` : '';
  throw new BestandsFout(
    'bestand.codering',
    `Het bestand "${naam}" is geen UTF-8 en geen Windows-1252${lijkt}. ` +
      'Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".',
  );
}

/**
 * Windows-1252 text as a Dutch sheet holds it: no control characters besides tab, line feed,
 * form feed and carriage return, none of the five undefined bytes, and (in a sample of some size)
 * at most a fifth of the bytes above 0x7F: accents, not a different script.
 */
export function isPlausibel1252(bytes: Uint8Array): boolean {
  let hoog = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) return false;
    if (b >= 0x80) {
      if (ONGEDEFINIEERD_1252.has(b)) return false;
      hoog++;
    }
  }
  return bytes.length < 256 || hoog / bytes.length <= 0.2;
}

/** chardet's best guess (its top guess is unreliable for short Dutch texts, so it only helps to name an encoding). */
function chardetGok(bytes: Buffer): string | undefined {
  try {
    return chardet.detect(bytes) ?? undefined;
  } catch {
    return undefined;
  }
}

function telRegeleinden(bytes: Uint8Array): number {
  let aantal = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) aantal++;
  return aantal;
}

function utf16Fout(naam: string): BestandsFout {
  return new BestandsFout(
    'bestand.codering',
    `Het bestand "${naam}" is in UTF-16 gecodeerd ("Unicode-tekst"). ` +
      'Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".',
  );
}
