import { StringDecoder } from 'node:string_decoder';
import { crc32, createInflateRaw } from 'node:zlib';
import type { Willekeurig } from './_bron.js';

const EOCD = 0x06054b50;
const EOCD_LENGTE = 22;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;
const MAX_COMMENTAAR = 0xffff;
/** Zip-bomb guard: no workbook unpacks to more than this, */
const MAX_UITGEPAKT = 1024 * 1024 * 1024;
/** nor, past the first 32 MiB, to more than 200 times the bytes read (real sheet XML packs 5 to 50 times). */
const VRIJ_UITGEPAKT = 32 * 1024 * 1024;
const MAX_VERHOUDING = 200;
/** Bytes read and inflated at a time: fewer, larger pieces for the XML parser. */
const STUK = 256 * 1024;

/** One entry of the zip's central directory. */
export interface Zipdeel {
  naam: string;
  methode: number;
  vlaggen: number;
  crc: number;
  gecomprimeerd: number;
  grootte: number;
  positie: number;
}

/** Thrown for any inconsistency in the zip; the reader turns it into `bestand.onleesbaar`. */
export class ZipFout extends Error {}

/** Thrown when the parts unpack to far more than a contact list can hold; the reader names the file. */
export class ZipBom extends Error {}

/**
 * A zip file read through its central directory, so that the reader can open the package's parts
 * in the order the relationships call for them (not the order the zip happens to hold them in).
 * Each part streams: it is inflated and decoded piece by piece, never held whole.
 */
export class Zipmap {
  /** Compressed bytes read so far, for progress. */
  gelezenBytes = 0;
  /** Bytes the parts unpacked to so far (the zip-bomb guard counts them). */
  uitgepakt = 0;
  private readonly stromen = new Set<{ destroy(): void }>();

  private constructor(
    private readonly bytes: Willekeurig,
    private readonly delen: Map<string, Zipdeel>,
  ) {}

  static async open(bytes: Willekeurig): Promise<Zipmap> {
    const { grootte } = bytes;
    const eind = await zoekEindrecord(bytes);
    if (eind === undefined) throw new ZipFout('geen eindrecord');
    const aantal = eind.readUInt16LE(10);
    const lengte = eind.readUInt32LE(12);
    const begin = eind.readUInt32LE(16);
    if (begin + lengte > grootte) throw new ZipFout('centrale map buiten het bestand');
    const map = await bytes.read(begin, lengte);
    const delen = new Map<string, Zipdeel>();
    let p = 0;
    for (let i = 0; i < aantal; i++) {
      if (p + 46 > map.length || map.readUInt32LE(p) !== CENTRAAL) throw new ZipFout('centrale map beschadigd');
      const naamLengte = map.readUInt16LE(p + 28);
      const extraLengte = map.readUInt16LE(p + 30);
      const commentaarLengte = map.readUInt16LE(p + 32);
      const deel: Zipdeel = {
        naam: map.toString('utf8', p + 46, p + 46 + naamLengte),
        vlaggen: map.readUInt16LE(p + 8),
        methode: map.readUInt16LE(p + 10),
        crc: map.readUInt32LE(p + 16),
        gecomprimeerd: map.readUInt32LE(p + 20),
        grootte: map.readUInt32LE(p + 24),
        positie: map.readUInt32LE(p + 42),
      };
      zip64(deel, map.subarray(p + 46 + naamLengte, p + 46 + naamLengte + extraLengte));
      if (deel.positie + deel.gecomprimeerd > grootte) throw new ZipFout('deel buiten het bestand');
      // Part names are case-insensitive in a package (OPC); some writers use backslashes.
      delen.set(normaliseer(deel.naam), deel);
      p += 46 + naamLengte + extraLengte + commentaarLengte;
    }
    return new Zipmap(bytes, delen);
  }

  deel(naam: string): Zipdeel | undefined {
    return this.delen.get(normaliseer(naam));
  }

  /**
   * The text of a part, piece by piece as it inflates. Fails with `ZipFout` when the local header
   * disagrees with the central directory, the data does not inflate, or its checksum is wrong.
   */
  async *tekst(deel: Zipdeel): AsyncGenerator<string> {
    const kop = await this.bytes.read(deel.positie, 30);
    if (kop.length < 30 || kop.readUInt32LE(0) !== LOKAAL) throw new ZipFout('lokale kop beschadigd');
    const naamLengte = kop.readUInt16LE(26);
    const naam = await this.bytes.read(deel.positie + 30, naamLengte);
    if (normaliseer(naam.toString('utf8')) !== normaliseer(deel.naam)) throw new ZipFout('naam wijkt af');
    const metBeschrijving = (kop.readUInt16LE(6) & 0x08) !== 0;
    const lokaalGepakt = kop.readUInt32LE(18);
    const lokaalGroot = kop.readUInt32LE(22);
    const lokaal64 = lokaalGepakt === VOL && lokaalGroot === VOL;
    if (!metBeschrijving && !lokaal64 && (lokaalGepakt !== deel.gecomprimeerd || lokaalGroot !== deel.grootte)) {
      throw new ZipFout('lokale kop wijkt af van de centrale map');
    }
    if (deel.methode !== 0 && deel.methode !== 8) throw new ZipFout(`compressiemethode ${deel.methode}`);
    const begin = deel.positie + 30 + naamLengte + kop.readUInt16LE(28);
    if (deel.gecomprimeerd === 0) {
      if (deel.grootte !== 0) throw new ZipFout('leeg deel met inhoud');
      return;
    }
    const bron = this.bytes.stroom(begin, begin + deel.gecomprimeerd, STUK);
    const inflatie = deel.methode === 8 ? bron.pipe(createInflateRaw({ chunkSize: STUK })) : bron;
    bron.on('data', (stuk) => {
      this.gelezenBytes += stuk.length;
    });
    bron.on('error', (fout) => inflatie.destroy(fout));
    this.stromen.add(bron);
    this.stromen.add(inflatie);
    const decoder = new StringDecoder('utf8');
    let controle = 0;
    let lengte = 0;
    try {
      for await (const stuk of inflatie as AsyncIterable<Buffer>) {
        lengte += stuk.length;
        this.uitgepakt += stuk.length;
        if (lengte > deel.grootte) throw new ZipFout('deel pakt groter uit dan opgegeven');
        if (
          this.uitgepakt > MAX_UITGEPAKT ||
          (this.uitgepakt > VRIJ_UITGEPAKT && this.uitgepakt / Math.max(1, this.gelezenBytes) > MAX_VERHOUDING)
        ) {
          throw new ZipBom('uitgepakt boven de grens');
        }
        controle = crc32(stuk, controle);
        const tekst = decoder.write(stuk);
        if (tekst.length > 0) yield tekst;
      }
      if (lengte !== deel.grootte || controle !== deel.crc) throw new ZipFout('controlegetal klopt niet');
      const rest = decoder.end();
      if (rest.length > 0) yield rest;
    } finally {
      bron.destroy();
      inflatie.destroy();
      this.stromen.delete(bron);
      this.stromen.delete(inflatie);
    }
  }

  /** Stops every part still being read (the reader is done or gave up). */
  sluit(): void {
    for (const stroom of this.stromen) stroom.destroy();
    this.stromen.clear();
  }
}

/** A 32-bit field that says "see the zip64 extra field". */
const VOL = 0xffffffff;

/**
 * Sizes and offset from the zip64 extra field (id 1) where the 32-bit fields are full: some
 * writers (.NET's packaging) use it even for small files. Its values come in this order, each
 * only when its field is full.
 */
function zip64(deel: Zipdeel, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const lengte = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const lees = () => {
        if (q + 8 > p + 4 + lengte || q + 8 > extra.length) throw new ZipFout('zip64-veld te kort');
        const waarde = Number(extra.readBigUInt64LE(q));
        q += 8;
        return waarde;
      };
      if (deel.grootte === VOL) deel.grootte = lees();
      if (deel.gecomprimeerd === VOL) deel.gecomprimeerd = lees();
      if (deel.positie === VOL) deel.positie = lees();
      return;
    }
    p += 4 + lengte;
  }
}

/** A part name as stored in the zip, for lookup: no leading slash, forward slashes, lower case. */
function normaliseer(naam: string): string {
  return naam.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The end-of-central-directory record, or undefined when there is none (a truncated or broken zip). */
async function zoekEindrecord(bytes: Willekeurig): Promise<Buffer | undefined> {
  const lengte = Math.min(bytes.grootte, EOCD_LENGTE + MAX_COMMENTAAR);
  const staart = await bytes.read(bytes.grootte - lengte, lengte);
  for (let i = staart.length - EOCD_LENGTE; i >= 0; i--) {
    if (staart.readUInt32LE(i) === EOCD && i + EOCD_LENGTE + staart.readUInt16LE(i + 20) === staart.length) {
      return staart.subarray(i, i + EOCD_LENGTE);
    }
  }
  return undefined;
}
