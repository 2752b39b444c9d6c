import { once } from 'node:events';
import { createReadStream, type ReadStream } from 'node:fs';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { setTimeout as wacht } from 'node:timers/promises';
import { BestandsFout } from '../fouten.js';
import { leesStuk } from './_bestand.js';

const EOCD = 0x06054b50;
const EOCD_LENGTE = 22;
const MAX_COMMENTAAR = 0xffff;
const WACHTTIJD_MS = 2;
/** How long a read may wait once the unzip stream has parsed everything: then it hangs. */
const MAX_STILSTAND_MS = 10_000;
/** Polls without change, while the reader waits, after which a damaged zip gets its last bytes anyway. */
const STIL_POGINGEN = 50;
/** Zip-bomb guard: no workbook unpacks to more than this, */
const MAX_UITGEPAKT = 1024 * 1024 * 1024;
/** nor, past the first 32 MiB, to more than 200 times the bytes read (real sheet XML packs 5 to 50 times). */
const VRIJ_UITGEPAKT = 32 * 1024 * 1024;
const MAX_VERHOUDING = 200;

/**
 * The input for exceljs's streaming reader, fed so that no sheet gets lost.
 *
 * exceljs 4.4's reader iterates unzipper's `Parse` stream, which signals `end` as soon as it has
 * parsed the end-of-central-directory record, even while entries it pushed still sit in its
 * buffer; exceljs then stops and silently drops those entries (later sheets, or the shared
 * strings). That happens whenever the consumer of the rows yields to the event loop. So this
 * stream holds back the file's last record until the unzip stream has handed on every entry.
 */
export class Zipinvoer extends PassThrough {
  gelezenBytes = 0;
  /** The I/O error that ended the input early, if any. */
  invoerfout: unknown;
  private unzip: (Writable & Readable) | undefined;
  private bron: ReadStream | undefined;
  private gestopt = false;
  /** When the unzip stream had parsed the whole file. */
  private unzipKlaarSinds: number | undefined;
  private unzipFout: { fout: unknown } | undefined;
  /** Reads from exceljs now pending, to fail them when the unzip stream fails or the reader hangs. */
  private readonly wachtenden = new Set<{ sinds: number; weiger: (fout: unknown) => void }>();
  private readonly klok: NodeJS.Timeout;

  private constructor(
    private readonly pad: string,
    private readonly grootte: number,
  ) {
    super();
    this.klok = setInterval(() => this.controleerStilstand(), 250);
    this.klok.unref();
  }

  static async open(pad: string, grootte: number): Promise<Zipinvoer> {
    const invoer = new Zipinvoer(pad, grootte);
    const staart = await zoekEindrecord(pad, grootte);
    void invoer.pomp(staart).catch((fout) => {
      invoer.invoerfout = fout;
      invoer.end();
    });
    return invoer;
  }

  /** Bytes the zip's entries unpacked to so far (the zip-bomb guard counts them). */
  uitgepakt = 0;

  override pipe<T extends NodeJS.WritableStream>(bestemming: T, opties?: { end?: boolean }): T {
    this.unzip = bestemming as unknown as Writable & Readable;
    // Count what every entry inflates to before the XML parser sees it, and stop a bomb early.
    const unzip = this.unzip as Writable & Readable & { push(stuk: unknown): boolean };
    const push = unzip.push.bind(unzip);
    unzip.push = (stuk: unknown) => {
      if (stuk && typeof stuk === 'object' && 'path' in stuk) this.bewaakLid(stuk as unknown as Writable);
      return push(stuk);
    };
    this.unzip.on('entry', (lid: Writable) => this.bewaakLid(lid));
    this.unzip.on('error', (fout) => {
      this.unzipFout ??= { fout };
      for (const wachtende of this.wachtenden) wachtende.weiger(fout);
    });
    this.unzip.once('finish', () => {
      this.unzipKlaarSinds = Date.now();
    });
    return super.pipe(bestemming, opties);
  }

  /**
   * A read from exceljs that fails when the unzip stream fails, or when it is still pending
   * long after the unzip stream has parsed the whole file.
   */
  bewaak<T>(lezing: Promise<T>): Promise<T> {
    if (this.unzipFout) return Promise.reject(this.unzipFout.fout);
    return new Promise<T>((resolve, reject) => {
      const wachtende = { sinds: Date.now(), weiger: reject };
      this.wachtenden.add(wachtende);
      this.klok.ref();
      lezing.then(resolve, reject).finally(() => {
        this.wachtenden.delete(wachtende);
        if (this.wachtenden.size === 0) this.klok.unref();
      });
    });
  }

  private bewaakLid(lid: Writable & { __bewaakt?: boolean }): void {
    if (lid.__bewaakt) return;
    lid.__bewaakt = true;
    const schrijf = lid.write.bind(lid) as (stuk: Buffer, ...rest: unknown[]) => boolean;
    lid.write = ((stuk: Buffer, ...rest: unknown[]) => {
      if (this.unzipFout) return true; // refused already: drop the rest
      this.uitgepakt += stuk.length;
      const verhouding = this.uitgepakt / Math.max(1, this.gelezenBytes);
      if (this.uitgepakt > MAX_UITGEPAKT || (this.uitgepakt > VRIJ_UITGEPAKT && verhouding > MAX_VERHOUDING)) {
        const fout = new BestandsFout(
          'bestand.onleesbaar',
          'De werkmap pakt uit tot veel meer gegevens dan een contactlijst kan bevatten (een zip-bom?) en wordt niet gelezen.',
        );
        this.unzipFout = { fout };
        for (const wachtende of this.wachtenden) wachtende.weiger(fout);
        this.stop();
        return true;
      }
      return schrijf(stuk, ...rest);
    }) as typeof lid.write;
  }

  private controleerStilstand(): void {
    if (this.unzipKlaarSinds === undefined) return;
    for (const wachtende of this.wachtenden) {
      if (Date.now() - Math.max(wachtende.sinds, this.unzipKlaarSinds) > MAX_STILSTAND_MS) {
        wachtende.weiger(new Error('Het lezen van de werkmap staat stil.'));
      }
    }
  }

  /** Stops feeding (the reader is done or gave up). */
  stop(): void {
    this.gestopt = true;
    clearInterval(this.klok);
    this.bron?.destroy();
    this.unzip?.destroy();
  }

  private async pomp(staart: number): Promise<void> {
    await this.kopieer(0, staart);
    if (staart < this.grootte) {
      await this.wachtTotAllesDoorgegeven();
      await this.kopieer(staart, this.grootte);
    }
    this.end();
  }

  /**
   * Waits until the unzip stream has parsed everything before the last record and handed on
   * every entry; or, for a damaged zip whose parser waits for bytes that will not come, until
   * the reader has been waiting for entries without any change for a while.
   */
  private async wachtTotAllesDoorgegeven(): Promise<void> {
    let stil = 0;
    let vorige = -1;
    while (!this.gestopt && !this.allesDoorgegeven()) {
      const unzip = this.unzip;
      const lezerWacht = unzip?.readableFlowing === true && unzip.readableLength === 0 && this.readableLength === 0;
      const stand = unzip?.writableLength ?? -1;
      stil = lezerWacht && stand === vorige ? stil + 1 : 0;
      vorige = stand;
      if (stil >= STIL_POGINGEN) return;
      await wacht(WACHTTIJD_MS);
    }
  }

  private async kopieer(van: number, tot: number): Promise<void> {
    if (tot <= van || this.gestopt) return;
    this.bron = createReadStream(this.pad, { start: van, end: tot - 1 });
    for await (const stuk of this.bron) {
      if (this.gestopt) return;
      this.gelezenBytes += (stuk as Buffer).length;
      if (!this.write(stuk)) await Promise.race([once(this, 'drain'), once(this, 'close')]);
    }
  }

  /** Whether the unzip stream has parsed all it was given and handed on every entry. */
  private allesDoorgegeven(): boolean {
    const unzip = this.unzip;
    return (
      unzip !== undefined &&
      this.readableLength === 0 &&
      this.writableLength === 0 &&
      unzip.writableLength === 0 &&
      unzip.readableLength === 0
    );
  }
}

/** Offset of the end-of-central-directory record, or the file size when there is none (a broken zip). */
async function zoekEindrecord(pad: string, grootte: number): Promise<number> {
  const lengte = Math.min(grootte, EOCD_LENGTE + MAX_COMMENTAAR);
  const staart = await leesStuk(pad, grootte - lengte, lengte);
  for (let i = staart.length - EOCD_LENGTE; i >= 0; i--) {
    if (staart.readUInt32LE(i) === EOCD && i + EOCD_LENGTE + staart.readUInt16LE(i + 20) === staart.length) {
      return grootte - lengte + i;
    }
  }
  return grootte;
}
