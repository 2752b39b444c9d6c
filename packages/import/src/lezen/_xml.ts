/** SpreadsheetML's main namespace, transitional and strict: elements are matched by URI, never by prefix. */
export const SPREADSHEETML = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);
/** The namespace of `r:id` attributes. */
export const RELATIES_NS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
export const PAKKETRELATIES_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An element as the handlers see it: namespace URI, local name and attributes by `uri|local`. */
export interface Element {
  uri: string;
  naam: string;
  attribuut(naam: string, uri?: ReadonlySet<string>): string | undefined;
}

export interface XmlHandlers {
  open?(element: Element): void;
  sluit?(element: Element): void;
  /** Character data, also from CDATA sections. */
  tekst?(tekst: string): void;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Prefixes in scope ('' is the default namespace). */
type Naamruimten = ReadonlyMap<string, string>;

const BEGINRUIMTEN: Naamruimten = new Map([['xml', XML_NS]]);

/** Thrown for XML that is not well-formed; the reader turns it into `bestand.onleesbaar`. */
export class XmlFout extends Error {}

class XmlElement implements Element {
  constructor(
    readonly uri: string,
    readonly naam: string,
    /** The name as written, to match its end tag. */
    readonly volledig: string,
    private readonly attributen: Record<string, string>,
    readonly ruimten: Naamruimten,
  ) {}

  attribuut(naam: string, uri?: ReadonlySet<string>): string | undefined {
    // Unprefixed attributes have no namespace and are keyed by their name; OOXML writes its own (r:id) with a prefix.
    if (uri === undefined) return naam.includes(':') ? undefined : this.attributen[naam];
    for (const sleutel in this.attributen) {
      const dubbelepunt = sleutel.indexOf(':');
      if (dubbelepunt <= 0 || sleutel.slice(dubbelepunt + 1) !== naam) continue;
      const ruimte = this.ruimten.get(sleutel.slice(0, dubbelepunt));
      if (ruimte !== undefined && uri.has(ruimte)) return this.attributen[sleutel];
    }
    return undefined;
  }
}

const ENTITEITEN: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character and the five predefined entity references resolved; any other entity is damage (no DTDs). */
function ontsnap(tekst: string): string {
  let uit = '';
  let van = 0;
  for (let en = tekst.indexOf('&'); en >= 0; en = tekst.indexOf('&', van)) {
    const puntkomma = tekst.indexOf(';', en + 1);
    if (puntkomma < 0) throw new XmlFout('onafgesloten entiteit');
    const naam = tekst.slice(en + 1, puntkomma);
    let teken = ENTITEITEN[naam];
    if (teken === undefined) {
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(naam)
        ? Number.parseInt(naam.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(naam)
          ? Number(naam.slice(1))
          : -1;
      if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlFout(`onbekende entiteit &${naam};`);
      }
      teken = String.fromCodePoint(code);
    }
    uit += tekst.slice(van, en) + teken;
    van = puntkomma + 1;
  }
  return uit + tekst.slice(van);
}

/** XML's end-of-line handling: CR LF and a lone CR are LF. */
const regeleinden = (tekst: string) => (tekst.includes('\r') ? tekst.replace(/\r\n?/g, '\n') : tekst);

const isWit = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A small streaming XML reader for the parts of a workbook, with namespaces resolved by URI. It
 * checks what a damaged part shows (tags that do not nest or close, unknown entities, text or a
 * second element outside the root, a cut-off end) and refuses DTDs, which OOXML never has (and
 * whose entities a reader must not expand). It costs a fraction of a general parser: a
 * worksheet's million small elements are its whole work.
 */
class XmlLezer {
  private rest = '';
  private begonnen = false;
  private wortelGezien = false;
  private readonly open: XmlElement[] = [];

  constructor(private readonly handlers: XmlHandlers) {}

  write(stuk: string): void {
    let tekst = this.rest + stuk;
    if (!this.begonnen) {
      if (tekst.length === 0) return;
      this.begonnen = true;
      if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
    }
    this.rest = tekst.slice(this.verwerk(tekst, false));
  }

  close(): void {
    const tekst = this.rest;
    this.rest = '';
    this.verwerk(tekst, true);
    if (!this.wortelGezien) throw new XmlFout('geen element');
    if (this.open.length > 0) throw new XmlFout(`<${this.open[this.open.length - 1]!.volledig}> niet gesloten`);
  }

  /** Handles the complete tokens of `t`; returns where the unfinished rest begins. */
  private verwerk(t: string, eind: boolean): number {
    const n = t.length;
    let i = 0;
    while (i < n) {
      if (t.charCodeAt(i) !== 60) {
        const j = t.indexOf('<', i);
        if (j < 0 && !eind) return i;
        this.tekst(t.slice(i, j < 0 ? n : j), false);
        i = j < 0 ? n : j;
        continue;
      }
      if (i + 1 >= n) {
        if (eind) throw new XmlFout('afgebroken tag');
        return i;
      }
      const volgende = t.charCodeAt(i + 1);
      if (volgende === 47) {
        const j = t.indexOf('>', i + 2);
        if (j < 0) {
          if (eind) throw new XmlFout('afgebroken eindtag');
          return i;
        }
        this.sluitTag(t, i + 2, j);
        i = j + 1;
      } else if (volgende === 63) {
        const j = t.indexOf('?>', i + 2);
        if (j < 0) {
          if (eind) throw new XmlFout('afgebroken instructie');
          return i;
        }
        i = j + 2;
      } else if (volgende === 33) {
        if (n - i < 9 && !eind) return i;
        if (t.startsWith('<!--', i)) {
          const j = t.indexOf('-->', i + 4);
          if (j < 0) {
            if (eind) throw new XmlFout('afgebroken commentaar');
            return i;
          }
          i = j + 3;
        } else if (t.startsWith('<![CDATA[', i)) {
          const j = t.indexOf(']]>', i + 9);
          if (j < 0) {
            if (eind) throw new XmlFout('afgebroken CDATA');
            return i;
          }
          this.tekst(t.slice(i + 9, j), true);
          i = j + 3;
        } else {
          throw new XmlFout('DTD of onbekende declaratie');
        }
      } else {
        const j = eindVanTag(t, i + 1);
        if (j < 0) {
          if (eind) throw new XmlFout('afgebroken tag');
          return i;
        }
        this.openTag(t, i + 1, j);
        i = j + 1;
      }
    }
    return n;
  }

  private tekst(ruw: string, cdata: boolean): void {
    if (this.open.length === 0) {
      for (let k = 0; k < ruw.length; k++) if (!isWit(ruw.charCodeAt(k))) throw new XmlFout('tekst buiten het element');
      return;
    }
    if (ruw.length === 0 || !this.handlers.tekst) return;
    const tekst = regeleinden(ruw);
    this.handlers.tekst(cdata || !tekst.includes('&') ? tekst : ontsnap(tekst));
  }

  /** The tag between `<` at `van - 1` and `>` at `tot`. */
  private openTag(t: string, van: number, tot: number): void {
    const leeg = t.charCodeAt(tot - 1) === 47;
    const eind = leeg ? tot - 1 : tot;
    let k = van;
    while (k < eind && !isWit(t.charCodeAt(k))) k++;
    const volledig = t.slice(van, k);
    if (volledig.length === 0) throw new XmlFout('tag zonder naam');
    const attributen: Record<string, string> = {};
    let declareert = false;
    for (;;) {
      while (k < eind && isWit(t.charCodeAt(k))) k++;
      if (k >= eind) break;
      const is = t.indexOf('=', k);
      if (is < 0 || is >= eind) throw new XmlFout('attribuut zonder waarde');
      let naamEind = is;
      while (naamEind > k && isWit(t.charCodeAt(naamEind - 1))) naamEind--;
      const naam = t.slice(k, naamEind);
      if (naam.length === 0 || naam in attributen) throw new XmlFout('attribuut zonder naam of dubbel');
      let q = is + 1;
      while (q < eind && isWit(t.charCodeAt(q))) q++;
      const aanhaling = t.charCodeAt(q);
      if (aanhaling !== 34 && aanhaling !== 39) throw new XmlFout('attribuutwaarde zonder aanhalingstekens');
      const sluit = t.indexOf(aanhaling === 34 ? '"' : "'", q + 1);
      let waarde = t.slice(q + 1, sluit);
      if (waarde.includes('&')) waarde = ontsnap(waarde);
      // Attribute-value normalisation: each whitespace character is a space.
      if (/[\t\n\r]/.test(waarde)) waarde = waarde.replace(/\r\n|[\t\n\r]/g, ' ');
      attributen[naam] = waarde;
      if (naam.startsWith('xmlns') && (naam.length === 5 || naam.charCodeAt(5) === 58)) declareert = true;
      k = sluit + 1;
    }
    if (this.open.length === 0) {
      if (this.wortelGezien) throw new XmlFout('tweede element buiten de wortel');
      this.wortelGezien = true;
    }
    const ouder = this.open.length === 0 ? BEGINRUIMTEN : this.open[this.open.length - 1]!.ruimten;
    const ruimten = declareert ? ruimtenVan(attributen, ouder) : ouder;
    const dubbelepunt = volledig.indexOf(':');
    const prefix = dubbelepunt < 0 ? '' : volledig.slice(0, dubbelepunt);
    const uri = ruimten.get(prefix);
    if (uri === undefined && prefix !== '') throw new XmlFout(`naamruimte van "${prefix}" niet gedeclareerd`);
    const element = new XmlElement(
      uri ?? '',
      dubbelepunt < 0 ? volledig : volledig.slice(dubbelepunt + 1),
      volledig,
      attributen,
      ruimten,
    );
    this.open.push(element);
    this.handlers.open?.(element);
    if (leeg) {
      this.open.pop();
      this.handlers.sluit?.(element);
    }
  }

  /** The end tag whose name starts at `van`, its `>` at `tot`; compared in place (no string per tag). */
  private sluitTag(t: string, van: number, tot: number): void {
    const element = this.open.pop();
    let k = element === undefined ? -1 : van + element.volledig.length;
    if (element === undefined || k > tot || !t.startsWith(element.volledig, van)) k = -1;
    while (k >= 0 && k < tot && isWit(t.charCodeAt(k))) k++;
    if (k !== tot) throw new XmlFout(`eindtag </${t.slice(van, tot)}> past niet`);
    this.handlers.sluit?.(element!);
  }
}

/** The `>` that ends the tag starting at `van`, outside quoted attribute values; -1 when not there yet. */
function eindVanTag(t: string, van: number): number {
  let aanhaling = 0;
  for (let k = van; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (aanhaling !== 0) {
      if (c === aanhaling) aanhaling = 0;
      else if (c === 60) throw new XmlFout('< in een attribuutwaarde');
    } else if (c === 34 || c === 39) aanhaling = c;
    else if (c === 62) return k;
    else if (c === 60) throw new XmlFout('< in een tag');
  }
  return -1;
}

/** The prefixes in scope inside an element: its parent's, plus what it declares (`xmlns`, `xmlns:x`). */
function ruimtenVan(attributen: Record<string, string>, ouder: Naamruimten): Naamruimten {
  const ruimten = new Map(ouder);
  for (const sleutel in attributen) {
    if (!sleutel.startsWith('xmlns') || (sleutel.length !== 5 && sleutel.charCodeAt(5) !== 58)) continue;
    ruimten.set(sleutel.length === 5 ? '' : sleutel.slice(6), attributen[sleutel]!);
  }
  return ruimten;
}

/**
 * Parses XML text arriving in pieces, with namespaces resolved; after each piece `naStuk` runs, so
 * a caller can hand on what that piece completed (a sheet's rows, as one batch) before the next
 * is inflated.
 */
export async function* parseerXml<T>(
  stukken: AsyncIterable<string>,
  handlers: XmlHandlers,
  naStuk: () => T[],
): AsyncGenerator<T[]> {
  const lezer = new XmlLezer(handlers);
  for await (const stuk of stukken) {
    lezer.write(stuk);
    const klaar = naStuk();
    if (klaar.length > 0) yield klaar;
  }
  lezer.close();
  const klaar = naStuk();
  if (klaar.length > 0) yield klaar;
}

/** Parses a whole (small) part for its side effects on the handlers. */
export async function leesXml(stukken: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parseerXml<never>(stukken, handlers, () => [])) {
    // nothing is yielded
  }
}
