/** The steward's import page in a real browser: plan of a messy sheet, apply, revert. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Omgeving, startOmgeving } from './_test/browser.js';

interface Melding {
  rij: number;
  code: string;
}
interface Import {
  id: string;
  rijen: number;
  afgewezen: number;
  status: string;
  organisaties: { toegevoegd: number };
  personen: { toegevoegd: number };
  meldingen: Melding[];
}

let o: Omgeving;
beforeAll(async () => {
  o = await startOmgeving();
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

const telling = async (page: Page, naam: string) =>
  Number(await page.locator(`[data-telling="${naam}"]`).first().textContent());
const totalen = async () => ({
  organisaties: (await o.api<{ totaal: number }>('organisaties?paginaGrootte=1', 'beheerder')).totaal,
  personen: (await o.api<{ totaal: number }>('personen?paginaGrootte=1', 'beheerder')).totaal,
});

describe('/import', () => {
  it('plans a messy sheet, applies it and reverts it', async () => {
    const page = await o.aangemeld('/import', 'beheerder');
    const voor = await totalen();
    expect(await telling(page, 'personen-nu')).toBe(voor.personen);
    expect(await telling(page, 'organisaties-nu')).toBe(voor.organisaties);

    await page
      .getByLabel('Sleep een CSV- of Excelbestand hierheen')
      .setInputFiles(join(FIXTURES, 'messy/elke-fout.csv'));
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.waitForSelector('main[data-stap="gepland"][data-status="klaar"]');
    const id = (await page.getAttribute('#plan', 'data-import')) as string;
    const plan = await o.api<Import>(`imports/${id}`, 'beheerder');
    expect(plan.status).toBe('gepland');
    expect(await telling(page, 'rijen')).toBe(10);
    expect(await telling(page, 'afgewezen')).toBe(8);
    expect(await telling(page, 'personen-toegevoegd')).toBe(plan.personen.toegevoegd);
    expect(await telling(page, 'organisaties-toegevoegd')).toBe(plan.organisaties.toegevoegd);
    const rijen = await page
      .locator('#meldingen tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-rij')} ${tr.getAttribute('data-code')}`));
    expect(rijen).toEqual(plan.meldingen.map((m) => `${m.rij} ${m.code}`));
    expect(rijen.length).toBeGreaterThanOrEqual(8);
    await o.screenshot(page, 'import-plan');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Foutenrapport downloaden' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForSelector('main[data-stap="toegepast"][data-status="klaar"]');
    const na = await totalen();
    expect(na.personen).toBe(voor.personen + plan.personen.toegevoegd);
    expect(na.personen).toBeGreaterThan(voor.personen);
    expect(await telling(page, 'personen-nu')).toBe(na.personen);
    expect(await telling(page, 'organisaties-nu')).toBe(na.organisaties);
    await expect(page.locator(`#imports tr[data-import="${id}"]`).getAttribute('data-status')).resolves.toBe(
      'toegepast',
    );
    await o.screenshot(page, 'import-toegepast');

    const rij = page.locator(`#imports tr[data-import="${id}"]`);
    await rij.getByRole('button', { name: 'Terugdraaien' }).click();
    await rij.getByRole('button', { name: 'Ja, terugdraaien' }).click();
    await page.waitForSelector('main[data-stap="teruggedraaid"][data-status="klaar"]');
    expect(await totalen()).toEqual(voor);
    expect(await telling(page, 'personen-nu')).toBe(voor.personen);
    expect(await telling(page, 'organisaties-nu')).toBe(voor.organisaties);
    await expect(page.locator(`#imports tr[data-import="${id}"]`).getAttribute('data-status')).resolves.toBe(
      'teruggedraaid',
    );
    await o.screenshot(page, 'import-teruggedraaid');
    await page.close();
  });

  it('tells a key without the beheerder role that it cannot import', async () => {
    const page = await o.aangemeld('/import', 'regisseur');
    await expect(page.locator('main').textContent()).resolves.toContain('rol beheerder');
    expect(await page.locator('#upload').count()).toBe(0);
    await o.screenshot(page, 'import-regisseur');
    await page.close();
  });
});
