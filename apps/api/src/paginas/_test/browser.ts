/**
 * For the browser tests: the real server on a free port over a temp SQLite file with the Almere
 * sample, a key per role, the pages freshly bundled, and Debian's chromium driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore, type SleutelRol } from '@netwerkregie/store';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../app/index.js';
import { startServer } from '../../server/index.js';
import { createSleutel } from '../../sleutels/index.js';

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
  aangemeld(pad: string, rol: SleutelRol): Promise<Page>;
  screenshot(page: Page, naam: string): Promise<void>;
  opruimen(): Promise<void>;
}

export async function startOmgeving(): Promise<Omgeving> {
  execFileSync(process.execPath, [join(PAKKET, 'scripts/bundel-paginas.mjs')], { stdio: 'inherit' });
  const map = await mkdtemp(join(tmpdir(), 'netwerkregie-browser-'));
  const store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  await importSheet(store, { pad: join(FIXTURES, 'almere/contactlijst.csv'), gemeente: ALMERE, actor: 'test' });
  const sleutels = {} as Record<SleutelRol, string>;
  for (const rol of ['lezer', 'regisseur', 'beheerder'] as const) {
    sleutels[rol] = (await createSleutel(store, { rol, omschrijving: `browsertest ${rol}` })).sleutel;
  }
  await store.close();
  const server = await startServer({
    app: createApp({ gemeenten: [ALMERE], dataMap: map }),
    port: 0,
    signalen: false,
  });
  // launch() gives every browser a fresh, temporary user-data-dir of its own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
  await mkdir(UITVOER, { recursive: true });

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
    async aangemeld(pad, rol) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.setDefaultTimeout(30_000);
      const fouten: string[] = [];
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
    },
    async opruimen() {
      await browser.close();
      await server.close();
      await rm(map, { recursive: true, force: true });
    },
  };
}
