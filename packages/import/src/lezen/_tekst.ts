import { type Element, SPREADSHEETML } from './_xml.js';

/**
 * The text of a shared string (`<si>`) or inline string (`<is>`): every text node of its `<t>`
 * elements, the plain one and those in rich-text runs, CDATA included and whitespace kept; the
 * phonetic runs (`<rPh>`, reading aids for East Asian text) are not part of the text.
 */
export class Tekstverzamelaar {
  private delen = '';
  private actief = false;
  private inT = 0;
  private inFonetisch = 0;

  begin(): void {
    this.delen = '';
    this.actief = true;
    this.inT = 0;
    this.inFonetisch = 0;
  }

  open(e: Element): void {
    if (!this.actief || !SPREADSHEETML.has(e.uri)) return;
    if (e.naam === 't') this.inT++;
    else if (e.naam === 'rPh') this.inFonetisch++;
  }

  sluit(e: Element): void {
    if (!this.actief || !SPREADSHEETML.has(e.uri)) return;
    if (e.naam === 't') this.inT--;
    else if (e.naam === 'rPh') this.inFonetisch--;
  }

  tekst(tekst: string): void {
    if (this.actief && this.inT > 0 && this.inFonetisch === 0) this.delen += tekst;
  }

  get bezig(): boolean {
    return this.actief;
  }

  eind(): string {
    this.actief = false;
    return ontsnapXml(this.delen);
  }
}

/** Excel writes control characters in text as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
export function ontsnapXml(tekst: string): string {
  return tekst.includes('_x')
    ? tekst.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : tekst;
}
