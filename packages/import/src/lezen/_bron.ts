import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { BestandsFout } from '../fouten.js';
import { alsObject, type Invoer } from './invoer.js';
import type { Bestandssoort } from './soort.js';

/** Bytes per piece when a reader does not ask for another size. */
const STUK = 64 * 1024;

/**
 * Random access to an input's bytes: what the zip reader needs, since a zip's directory is at its
 * end. A file on disk, or bytes in memory.
 */
export interface Willekeurig {
  readonly grootte: number;
  /** The file, when the bytes are on disk (exceljs opens it itself). */
  readonly pad?: string;
  /** The bytes, when they are in memory. */
  readonly bytes?: Buffer;
  /** `n` bytes from `positie` (fewer at the end). */
  read(positie: number, n: number): Promise<Buffer>;
  /** The bytes from `van` up to `tot` (exclusive), in pieces of about `stuk` bytes. */
  stroom(van: number, tot: number, stuk: number): Readable;
}

/**
 * One input opened for reading, whatever its form. A path and bytes can be read again and again;
 * a stream is read once: its first bytes are held back (`kop`) so that the kind can be decided
 * before a reader starts, it is counted against `maxBytes` and hashed as it passes, and for a
 * workbook it is spooled to one temporary file (`willekeurig`) that `sluit` removes.
 */
export class Bron {
  readonly naam: string;
  readonly soort: Bestandssoort | undefined;
  private readonly maxBytes: number | undefined;
  private readonly pad: string | undefined;
  private readonly bytes: Buffer | undefined;
  private readonly bronstroom: AsyncIterator<Uint8Array | string> | undefined;
  private readonly opgegevenGrootte: number | undefined;
  /** A stream's pieces read ahead for `kop` and not yet handed to a reader. */
  private voorraad: Buffer[] = [];
  private gelezen = 0;
  private einde = false;
  private readonly hash: Hash | undefined;
  private hashWaarde: string | undefined;
  private spoolmap: string | undefined;
  private toegang: Willekeurig | undefined;

  private constructor(invoer: Invoer) {
    const object = alsObject(invoer);
    this.soort = object.soort;
    this.maxBytes = object.maxBytes;
    if ('pad' in object) {
      this.pad = object.pad;
      this.naam = object.naam ?? basename(object.pad);
    } else if ('bytes' in object) {
      this.bytes = Buffer.from(object.bytes.buffer, object.bytes.byteOffset, object.bytes.byteLength);
      this.naam = object.naam;
    } else {
      const stroom = 'getReader' in object.stroom ? Readable.fromWeb(object.stroom as never) : object.stroom;
      this.bronstroom = (stroom as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
      this.hash = createHash('sha256');
      this.opgegevenGrootte = object.grootte;
      this.naam = object.naam;
    }
  }

  static van(invoer: Invoer): Bron {
    return new Bron(invoer);
  }

  /** Whether the input is a stream (read once). */
  get isStroom(): boolean {
    return this.bronstroom !== undefined;
  }

  /**
   * The size in bytes, when known before reading: a file's (I/O failures as `BestandsFout`), the
   * bytes', a stream's declared length or undefined. Refuses what is larger than `maxBytes`.
   */
  async grootte(): Promise<number | undefined> {
    let grootte: number | undefined;
    if (this.bytes) grootte = this.bytes.length;
    else if (this.pad !== undefined) grootte = await bestandsgrootte(this.pad, this.naam);
    else grootte = this.opgegevenGrootte;
    if (grootte !== undefined) this.checkGrens(grootte);
    return grootte;
  }

  /** The first `n` bytes (fewer when the input is shorter); a stream's are held back for its reader. */
  async kop(n: number): Promise<Buffer> {
    if (this.bytes) return this.bytes.subarray(0, n);
    if (this.pad !== undefined) return readStuk(this.pad, this.naam, 0, n);
    let lengte = this.voorraad.reduce((som, b) => som + b.length, 0);
    while (lengte < n && !this.einde) {
      const stuk = await this.volgende();
      if (stuk === undefined) break;
      this.voorraad.push(stuk);
      lengte += stuk.length;
    }
    return Buffer.concat(this.voorraad).subarray(0, n);
  }

  /** All bytes from the start, in pieces; a stream only once. */
  async *stukken(grootte = STUK): AsyncGenerator<Buffer> {
    if (this.bytes) {
      for (let p = 0; p < this.bytes.length; p += grootte) yield this.bytes.subarray(p, p + grootte);
      return;
    }
    if (this.pad !== undefined) {
      try {
        for await (const stuk of createReadStream(this.pad, { highWaterMark: grootte })) yield stuk as Buffer;
      } catch (fout) {
        throw toBestandsFout(fout, this.naam);
      }
      return;
    }
    while (this.voorraad.length > 0) yield this.voorraad.shift()!;
    for (let stuk = await this.volgende(); stuk !== undefined; stuk = await this.volgende()) yield stuk;
  }

  /**
   * Random access for the zip reader: the file, the bytes, or a stream spooled to one temporary
   * file first (a zip's directory is at its end, so nothing of it can be read before the last byte).
   */
  async willekeurig(): Promise<Willekeurig> {
    if (this.toegang) return this.toegang;
    if (this.bytes) this.toegang = new Geheugentoegang(this.bytes);
    else if (this.pad !== undefined) {
      this.toegang = new Bestandstoegang(this.pad, this.naam, (await this.grootte()) ?? 0);
    } else {
      this.spoolmap = await mkdtemp(join(tmpdir(), 'netwerkregie-import-'));
      const pad = join(this.spoolmap, 'invoer.xlsx');
      const uit = createWriteStream(pad);
      try {
        for await (const stuk of this.stukken()) {
          if (!uit.write(stuk)) await new Promise<void>((klaar) => uit.once('drain', () => klaar()));
        }
        uit.end();
        await finished(uit);
      } catch (fout) {
        uit.destroy();
        throw toBestandsFout(fout, this.naam);
      }
      this.toegang = new Bestandstoegang(pad, this.naam, this.gelezen);
    }
    return this.toegang;
  }

  /** The SHA-256 of all bytes (of a stream: what passed; what a reader left unread is read first). */
  async sha256(): Promise<string> {
    if (this.bytes) return createHash('sha256').update(this.bytes).digest('hex');
    if (this.pad !== undefined) {
      const hash = createHash('sha256');
      for await (const stuk of this.stukken(1 << 20)) hash.update(stuk);
      return hash.digest('hex');
    }
    for await (const _ of this.stukken()) {
      // drained into the hash
    }
    this.hashWaarde ??= this.hash!.digest('hex');
    return this.hashWaarde;
  }

  /** Removes the spooled file and stops a stream that was not read to its end. */
  async close(): Promise<void> {
    if (this.bronstroom && !this.einde) await this.bronstroom.return?.();
    if (this.spoolmap) await rm(this.spoolmap, { recursive: true, force: true });
    this.spoolmap = undefined;
  }

  /** A stream's next piece, counted against `maxBytes` and hashed; undefined at its end. */
  private async volgende(): Promise<Buffer | undefined> {
    if (this.einde) return undefined;
    let stap: IteratorResult<Uint8Array | string>;
    try {
      stap = await this.bronstroom!.next();
    } catch (fout) {
      this.einde = true;
      throw toBestandsFout(fout, this.naam);
    }
    if (stap.done) {
      this.einde = true;
      return undefined;
    }
    const stuk = Buffer.isBuffer(stap.value) ? stap.value : Buffer.from(stap.value);
    this.gelezen += stuk.length;
    this.checkGrens(this.gelezen);
    this.hash!.update(stuk);
    return stuk;
  }

  private checkGrens(grootte: number): void {
    if (this.maxBytes === undefined || grootte <= this.maxBytes) return;
    throw new BestandsFout(
      'bestand.te-groot',
      `Het bestand "${this.naam}" is groter dan ${groottetekst(this.maxBytes)} en wordt niet gelezen.`,
    );
  }
}

/** `10 MB`, `512 kB` or `300 bytes`: a limit as a steward reads it. */
function groottetekst(bytes: number): string {
  const getal = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${getal(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${getal(bytes / 1024)} kB`;
  return `${getal(bytes)} bytes`;
}

class Bestandstoegang implements Willekeurig {
  constructor(
    readonly pad: string,
    private readonly naam: string,
    readonly grootte: number,
  ) {}

  read(positie: number, n: number): Promise<Buffer> {
    return readStuk(this.pad, this.naam, positie, n);
  }

  stroom(van: number, tot: number, stuk: number): Readable {
    return createReadStream(this.pad, { start: van, end: tot - 1, highWaterMark: stuk });
  }
}

class Geheugentoegang implements Willekeurig {
  readonly grootte: number;
  constructor(readonly bytes: Buffer) {
    this.grootte = bytes.length;
  }

  async read(positie: number, n: number): Promise<Buffer> {
    return this.bytes.subarray(positie, positie + n);
  }

  stroom(van: number, tot: number, stuk: number): Readable {
    const bytes = this.bytes;
    return Readable.from(
      (function* () {
        for (let p = van; p < tot; p += stuk) yield bytes.subarray(p, Math.min(tot, p + stuk));
      })(),
      { objectMode: false },
    );
  }
}

/** Size of a file, with I/O failures as `BestandsFout`. */
async function bestandsgrootte(pad: string, naam: string): Promise<number> {
  try {
    const info = await stat(pad);
    if (!info.isFile()) throw new BestandsFout('bestand.niet-gevonden', `"${naam}" is geen bestand.`);
    return info.size;
  } catch (fout) {
    throw toBestandsFout(fout, naam);
  }
}

/** `n` bytes of a file from `positie` (fewer at its end). */
async function readStuk(pad: string, naam: string, positie: number, n: number): Promise<Buffer> {
  try {
    const handle = await open(pad, 'r');
    try {
      const buffer = Buffer.alloc(n);
      const { bytesRead } = await handle.read(buffer, 0, n, positie);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (fout) {
    throw toBestandsFout(fout, naam);
  }
}

/** Which of the byte patterns occur anywhere in the input (indexes into `patronen`), read in pieces. */
export async function findPatronen(bron: Bron, patronen: readonly Buffer[]): Promise<Set<number>> {
  const gevonden = new Set<number>();
  const overlap = Math.max(...patronen.map((p) => p.length));
  let staart = Buffer.alloc(0);
  for await (const stuk of bron.stukken(1 << 20)) {
    const venster = Buffer.concat([staart, stuk]);
    patronen.forEach((patroon, i) => {
      if (venster.includes(patroon)) gevonden.add(i);
    });
    if (gevonden.size === patronen.length) break;
    staart = venster.subarray(Math.max(0, venster.length - overlap));
  }
  return gevonden;
}

/** Turns an I/O error (one with an errno code) into a `BestandsFout`; anything else passes unchanged. */
export function toBestandsFout(fout: unknown, naam: string): unknown {
  if (fout instanceof BestandsFout) return fout;
  const code = (fout as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return fout;
  if (code === 'ENOENT') return new BestandsFout('bestand.niet-gevonden', `Het bestand "${naam}" bestaat niet.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new BestandsFout('bestand.niet-gevonden', `Het bestand "${naam}" mag niet worden gelezen.`, { cause: fout });
  }
  if (code === 'EISDIR') return new BestandsFout('bestand.niet-gevonden', `"${naam}" is een map, geen bestand.`);
  return new BestandsFout('bestand.onleesbaar', `Het bestand "${naam}" kon niet worden gelezen (${code}).`, {
    cause: fout,
  });
}
