/** A few DOM helpers: build elements without innerHTML, so names from the data never become markup. */

type Kind = Node | string | number | null | undefined | false;
type Attributen = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributen: Attributen = {},
  ...kinderen: Array<Kind | Kind[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (waarde === null || waarde === undefined || waarde === false) continue;
    if (typeof waarde === 'function') el.addEventListener(naam.replace(/^on/, ''), waarde);
    else if (waarde === true) el.setAttribute(naam, '');
    else el.setAttribute(naam, String(waarde));
  }
  fill(el, ...kinderen);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...kinderen: Array<Kind | Kind[]>): Element {
  el.replaceChildren(
    ...kinderen
      .flat()
      .flatMap((k) => (k === null || k === undefined || k === false ? [] : [typeof k === 'object' ? k : String(k)])),
  );
  return el;
}

export function find<T extends Element = HTMLElement>(selector: string, binnen: ParentNode = document): T {
  const el = binnen.querySelector<T>(selector);
  if (!el) throw new Error(`Element ${selector} ontbreekt op de pagina.`);
  return el;
}

/** The page's main element; `data-status` tells tests and people what it is doing. */
export function hoofd(): HTMLElement {
  return find('main');
}

export function setStatus(status: 'laden' | 'aanmelden' | 'klaar' | 'fout' | 'bezig'): void {
  hoofd().dataset.status = status;
  hoofd().setAttribute('aria-busy', String(status === 'laden' || status === 'bezig'));
}

/** Lower case, accents off: "Hülya" finds "hulya". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export const datumNl = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : '—';

export const tijdNl = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '—';
