/** A few DOM helpers: build elements without innerHTML, so names from the data never become markup. */

type Kind = Node | string | number | null | undefined | false;
type Attributen = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/**
 * The NL Design System class each element gets unless it says otherwise (`class` adds to it), so
 * every page's tables and text fields look alike without each page naming the classes.
 */
const STANDAARD: Partial<Record<keyof HTMLElementTagNameMap, string>> = {
  table: 'utrecht-table utrecht-table--html-table',
  caption: 'utrecht-table__caption',
  thead: 'utrecht-table__header',
  tbody: 'utrecht-table__body',
  tr: 'utrecht-table__row',
  th: 'utrecht-table__header-cell',
  td: 'utrecht-table__cell',
};
const TEKSTVELDEN = new Set(['text', 'search', 'password', 'email', 'tel', 'url', 'number', 'date']);

function standaardKlasse(el: Element): string | undefined {
  if (el instanceof HTMLInputElement) {
    return TEKSTVELDEN.has(el.type) ? 'utrecht-textbox utrecht-textbox--html-input' : undefined;
  }
  if (el instanceof HTMLSelectElement) return 'utrecht-select utrecht-select--html-select';
  return STANDAARD[el.localName as keyof HTMLElementTagNameMap];
}

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
  const standaard = standaardKlasse(el);
  if (standaard && !el.classList.contains('kaal')) el.classList.add(...standaard.split(' '));
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
