import { SaxesParser, type SaxesTagNS } from 'saxes';

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

function alsElement(tag: SaxesTagNS): Element {
  return {
    uri: tag.uri,
    naam: tag.local,
    attribuut(naam, uri) {
      // Unprefixed attributes have no namespace and are keyed by their name; OOXML writes its own (r:id) with a prefix.
      if (uri === undefined) {
        const a = tag.attributes[naam];
        return a !== undefined && a.uri === '' ? a.value : undefined;
      }
      for (const a of Object.values(tag.attributes)) {
        if (a.local === naam && uri.has(a.uri)) return a.value;
      }
      return undefined;
    },
  };
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
  const parser = new SaxesParser({ xmlns: true });
  const open: Element[] = [];
  parser.on('opentag', (tag) => {
    const element = alsElement(tag);
    open.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = open.pop();
    if (element) handlers.sluit?.(element);
  });
  if (handlers.tekst) {
    parser.on('text', handlers.tekst);
    parser.on('cdata', handlers.tekst);
  }
  for await (const stuk of stukken) {
    parser.write(stuk);
    const klaar = naStuk();
    if (klaar.length > 0) yield klaar;
  }
  parser.close();
  const klaar = naStuk();
  if (klaar.length > 0) yield klaar;
}

/** Parses a whole (small) part for its side effects on the handlers. */
export async function leesXml(stukken: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parseerXml<never>(stukken, handlers, () => [])) {
    // nothing is yielded
  }
}
