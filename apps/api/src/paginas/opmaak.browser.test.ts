/**
 * Every page at 1440, 1024 and 390 px wide: no sideways scrolling, no text outside its box, and
 * axe-core finds no violation (WCAG 2.1 A and AA, and axe's best practices). A screenshot of each.
 */
import type { SleutelRol } from '@netwerkregie/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFouten, buitenKader, type Omgeving, PAST, startOmgeving } from './_test/browser.js';

let o: Omgeving;
let organisatie: string;
beforeAll(async () => {
  o = await startOmgeving();
  const lijst = await o.api<{ partners: Array<{ organisatie: string }> }>('analyse/werklijst?aantal=1');
  organisatie = (lijst.partners[0]?.organisatie ?? '').slice('organisatie:'.length);
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

const PAGINAS: Array<[string, () => string, SleutelRol | null, string | null]> = [
  ['start', () => '/', 'regisseur', '#gezondheid'],
  ['werklijst', () => '/werklijst', 'regisseur', '#partners'],
  ['kaart', () => '/kaart', 'regisseur', 'main[data-layout="klaar"]'],
  ['import', () => '/import', 'beheerder', '#upload'],
  ['organisatie', () => `/organisaties/${organisatie}`, 'regisseur', '#historie'],
  ['rondes', () => '/rondes', 'regisseur', '#domein'],
  ['docs', () => '/v1/docs', null, 'h1'],
];

async function open(pad: string, rol: SleutelRol | null, breedte: number, wacht: string | null): Promise<Page> {
  let page: Page;
  if (rol) page = await o.aangemeld(pad, rol, breedte);
  else {
    page = await o.browser.newPage({ viewport: { width: breedte, height: 1000 } });
    await page.goto(`${o.url}${pad}`);
  }
  if (wacht) await page.waitForSelector(wacht, { state: 'attached' });
  return page;
}

describe.each([1440, 1024, 390])('at %i px wide', (breedte) => {
  it.each(PAGINAS)('%s fits, keeps its text in its boxes and passes axe', async (naam, pad, rol, wacht) => {
    const page = await open(pad(), rol, breedte, wacht);
    expect(await page.evaluate(PAST)).toBe(true);
    expect(await buitenKader(page)).toEqual([]);
    const fouten = await axeFouten(page);
    expect(fouten).toEqual([]);
    await o.screenshot(page, `opmaak-${naam}-${breedte}`);
    await page.close();
  });
});
