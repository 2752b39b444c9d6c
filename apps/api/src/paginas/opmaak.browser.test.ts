/**
 * Every page at 1440, 1024 and 390 px wide: no sideways scrolling, no text outside its box, and
 * axe-core finds no violation (WCAG 2.1 A and AA, and axe's best practices). A screenshot of each.
 * The partner's server-rendered page too: its form with a problem shown, its thank-you, 404 and 429 pages.
 */
import type { SleutelRol } from '@netwerkregie/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFouten, buitenKader, type Omgeving, PAST, startOmgeving } from './_test/browser.js';

let o: Omgeving;
let organisatie: string;
/** Two partners' links: one only ever sent back with a problem, one answered. */
let partnerlinks: string[];
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

async function controleer(page: Page, naam: string, breedte: number): Promise<void> {
  expect(await page.evaluate(PAST)).toBe(true);
  expect(await buitenKader(page)).toEqual([]);
  const fouten = await axeFouten(page);
  expect(fouten).toEqual([]);
  await o.screenshot(page, `opmaak-${naam}-${breedte}`);
  await page.close();
}

const ONBEKEND = `/bevestigen/bv_almere_${'x'.repeat(43)}`;

/** The partner has no account: a plain page, brought to the state the screenshot shows. */
const PARTNERPAGINAS: Array<[string, (page: Page) => Promise<void>]> = [
  [
    'bevestigen-probleem',
    async (page) => {
      await page.goto(`${o.url}${partnerlinks[0]}`);
      await page.locator('fieldset.persoon').first().getByLabel('Telefoon').fill('0612');
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.waitForSelector('[role="alert"]');
      await expect(page.locator('[role="alert"] li').allTextContents()).resolves.toEqual([
        'Het telefoonnummer "0612" is ongeldig.',
      ]);
      // The problem sits beside its field and the field names it.
      await expect(page.locator('input[id="p0.telefoon"]').getAttribute('aria-describedby')).resolves.toBe(
        'p0.telefoon.fout',
      );
    },
  ],
  [
    'bevestigen-bedankt',
    async (page) => {
      await page.goto(`${o.url}${partnerlinks[1]}`);
      // The first width confirms; the later ones find the link used. Both are the thank-you page.
      if (await page.getByRole('button', { name: 'Versturen' }).count()) {
        await page.getByRole('button', { name: 'Versturen' }).click();
      }
      await page.waitForSelector('[role="status"]');
    },
  ],
  [
    'bevestigen-onbekend',
    async (page) => {
      expect((await page.goto(`${o.url}${ONBEKEND}`))?.status()).toBe(404);
    },
  ],
];

describe.each([1440, 1024, 390])('at %i px wide', (breedte) => {
  it.each(PAGINAS)('%s fits, keeps its text in its boxes and passes axe', async (naam, pad, rol, wacht) => {
    await controleer(await open(pad(), rol, breedte, wacht), naam, breedte);
  });
});

// After the regisseur's pages, which are checked as they look before any round was started.
describe('the partner’s pages', () => {
  beforeAll(async () => {
    const res = await fetch(`${o.url}/v1/gemeenten/almere/bevestigingsrondes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${o.sleutels.regisseur}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ domein: 'zorg' }),
    });
    expect(res.status).toBe(201);
    partnerlinks = ((await res.json()) as { links: Array<{ link: string }> }).links.map(
      (l) => new URL(l.link).pathname,
    );
    expect(partnerlinks.length).toBeGreaterThanOrEqual(2);
  });

  describe.each([1440, 1024, 390])('at %i px wide', (breedte) => {
    it.each(PARTNERPAGINAS)('%s fits, keeps its text in its boxes and passes axe', async (naam, maak) => {
      const page = await o.browser.newPage({ viewport: { width: breedte, height: 1000 } });
      await maak(page);
      await controleer(page, naam, breedte);
    });
  });
});

// With the round started above: its progress table, a link column and a button per organisation.
describe.each([1440, 1024, 390])('the rounds page with a round running at %i px wide', (breedte) => {
  it('fits, keeps its text in its boxes and passes axe', async () => {
    const page = await open('/rondes', 'regisseur', breedte, '#voortgang tbody tr');
    await controleer(page, 'rondes-lopend', breedte);
  });
});

// Last, as it blocks this address's partner pages for the rest of the minute.
describe.each([1440, 1024, 390])('the partner’s 429 page at %i px wide', (breedte) => {
  it('fits, keeps its text in its boxes and passes axe', async () => {
    const page = await o.browser.newPage({ viewport: { width: breedte, height: 1000 } });
    // Unknown links until the page says wait (the count starts again each minute).
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await page.goto(`${o.url}${ONBEKEND}`))?.status() ?? 0;
    expect(status).toBe(429);
    await controleer(page, 'bevestigen-te-veel', breedte);
  });
});
