/**
 * For the browser tests: the real server on a free port over a temp SQLite file with the Almere
 * sample, a key per role, the pages freshly bundled, and Debian's chromium driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { openStore, type SleutelRol, type Store } from '@netwerkregie/store';
import { importWithTrend } from '@netwerkregie/toepassing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../app/index.js';
import { startServer } from '../../server/index.js';
import { createSleutel } from '../../sleutels/index.js';
import type { Limieten } from '../../types.js';

const PAKKET = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../../../../fixtures/', import.meta.url));
const UITVOER = join(PAKKET, 'test-output');
export const ALMERE = GEMEENTEN.almere as Gemeente;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // WebGL for sigma without a GPU: SwiftShader in software.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Omgeving {
  url: string;
  sleutels: Record<SleutelRol, string>;
  browser: Browser;
  /** GET on the API with a key, JSON answer. */
  api<T>(pad: string, rol?: SleutelRol): Promise<T>;
  /** A fresh page (own sessionStorage), signed in with the role's key at `pad`, ready (`data-status="klaar"`). */
  aangemeld(pad: string, rol: SleutelRol, breedte?: number): Promise<Page>;
  /** Saves a screenshot; fails when the page threw an error since it was opened. */
  screenshot(page: Page, naam: string): Promise<void>;
  opruimen(): Promise<void>;
}

/** `voorbereiden` runs on the store after the sample is imported, before the server starts. */
export async function startOmgeving(
  opties: { limieten?: Limieten; voorbereiden?: (store: Store) => Promise<void> } = {},
): Promise<Omgeving> {
  execFileSync(process.execPath, [join(PAKKET, 'scripts/bundel-paginas.mjs')], { stdio: 'inherit' });
  const map = await mkdtemp(join(tmpdir(), 'netwerkregie-browser-'));
  const store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  // With its trend, as the apps import: the start page's trend begins here.
  await importWithTrend(store, { pad: join(FIXTURES, 'almere/contactlijst.csv'), gemeente: ALMERE, actor: 'test' });
  const sleutels = {} as Record<SleutelRol, string>;
  for (const rol of ['lezer', 'regisseur', 'beheerder'] as const) {
    sleutels[rol] = (await createSleutel(store, { rol, omschrijving: `browsertest ${rol}` })).sleutel;
  }
  await opties.voorbereiden?.(store);
  await store.close();
  const server = await startServer({
    app: createApp({ gemeenten: [ALMERE], dataMap: map, ...(opties.limieten ? { limieten: opties.limieten } : {}) }),
    port: 0,
    signalen: false,
  });
  // launch() gives every browser a fresh, temporary user-data-dir of its own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
  await mkdir(UITVOER, { recursive: true });
  const paginafouten = new WeakMap<Page, string[]>();

  const api = async <T>(pad: string, rol: SleutelRol = 'regisseur') => {
    const res = await fetch(`${server.url}/v1/gemeenten/almere/${pad}`, {
      headers: { Authorization: `Bearer ${sleutels[rol]}` },
    });
    if (!res.ok) throw new Error(`${pad}: ${res.status}`);
    return (await res.json()) as T;
  };

  return {
    url: server.url,
    sleutels,
    browser,
    api,
    async aangemeld(pad, rol, breedte = 1600) {
      const page = await browser.newPage({ viewport: { width: breedte, height: 1000 } });
      page.setDefaultTimeout(30_000);
      const fouten: string[] = [];
      paginafouten.set(page, fouten);
      page.on('pageerror', (f) => fouten.push(String(f)));
      await page.goto(`${server.url}${pad}`);
      await page.waitForSelector('main[data-status="aanmelden"]');
      await page.getByLabel('API-sleutel').fill(sleutels[rol]);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.waitForSelector('main[data-status="klaar"], main[data-status="fout"]');
      const status = await page.getAttribute('main', 'data-status');
      if (status !== 'klaar') throw new Error(`${pad}: ${await page.textContent('main')} ${fouten.join(' ')}`);
      return page;
    },
    async screenshot(page, naam) {
      await page.screenshot({ path: join(UITVOER, `${naam}.png`), fullPage: true });
      const fouten = paginafouten.get(page) ?? [];
      if (fouten.length > 0) throw new Error(`${naam}: de pagina gaf een fout: ${fouten.join(' ')}`);
    },
    async opruimen() {
      await browser.close();
      await server.close();
      await rm(map, { recursive: true, force: true });
    },
  };
}

const axeBron = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Evaluated in the page (a string: this package is compiled without the DOM's types): no sideways scrolling. */
export const PAST = 'document.documentElement.scrollWidth <= innerWidth';

/**
 * axe-core's violations on the page (WCAG 2.x A and AA, and axe's best practices). axe is read from
 * node_modules and run through the DevTools protocol, so the page's CSP (own scripts only) stays.
 */
export async function axeFouten(page: Page): Promise<string[]> {
  await page.evaluate(await axeBron);
  return (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((u) => u.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join('; ') + ')'))`)) as string[];
}

/**
 * What does not fit: the page wider than the window, and every element with text of its own that
 * sticks out of its own box or out of its parent's (unless that parent scrolls or clips). Run in
 * the page as a string, like PAST.
 */
const BUITEN_KADER = `(() => {
  const uit = [];
  const d = document.documentElement;
  if (d.scrollWidth > innerWidth) uit.push('pagina ' + d.scrollWidth + ' px breed in een venster van ' + innerWidth + ' px');
  const naam = (e) =>
    e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '') +
    ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
  for (const e of document.querySelectorAll('body *')) {
    const eigen = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent || '').trim() !== '');
    if (!eigen || e.closest('option, script, style, noscript, [hidden], details:not([open]) > :not(summary)')) continue;
    const stijl = getComputedStyle(e);
    if (stijl.position === 'fixed' || stijl.position === 'absolute' || stijl.visibility === 'hidden') continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (stijl.display !== 'inline' && stijl.overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1) {
      uit.push(naam(e) + ': tekst ' + e.scrollWidth + ' px in een vak van ' + e.clientWidth + ' px');
    }
    const ouder = e.parentElement;
    if (!ouder) continue;
    const o = ouder.getBoundingClientRect();
    if (getComputedStyle(ouder).overflowX === 'visible' && (r.right > o.right + 1 || r.left < o.left - 1)) {
      uit.push(naam(e) + ': steekt buiten ' + naam(ouder) + ' (' + Math.round(r.left) + '-' + Math.round(r.right) + ' in ' + Math.round(o.left) + '-' + Math.round(o.right) + ')');
    }
  }
  return uit;
})()`;

export async function buitenKader(page: Page): Promise<string[]> {
  return (await page.evaluate(BUITEN_KADER)) as string[];
}
