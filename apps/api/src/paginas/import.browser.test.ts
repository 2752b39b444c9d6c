/**
 * The steward's import page in a real browser: plan of a messy sheet, apply, revert; the upload limit
 * told before sending, the server's progress while it plans, and a plan that expired.
 */
import { readFileSync } from 'node:fs';
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
    await expect(page.locator('#plan-uitleg').textContent()).resolves.toMatch(/^Er is nog niets veranderd\./);
    await o.screenshot(page, 'import-plan');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Foutenrapport downloaden' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForSelector('main[data-stap="toegepast"][data-status="klaar"]');
    // After applying the page no longer says that nothing changed.
    await expect(page.locator('#plan-uitleg').textContent()).resolves.toBe(
      'De import is toegepast: de contactlijst is bijgewerkt. Terugdraaien kan hieronder bij Eerdere imports.',
    );
    expect(await page.locator('main').textContent()).not.toContain('Er is nog niets veranderd');
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

  it('tells the upload limit before sending, and refuses a larger file as soon as it is chosen', async () => {
    const page = await o.aangemeld('/import', 'beheerder');
    const voor = (await o.api<{ totaal: number }>('imports?paginaGrootte=1', 'beheerder')).totaal;
    await expect(page.locator('#grens').textContent()).resolves.toBe(
      'Een bestand mag hoogstens 10 MB zijn. Een plan kan 7 dagen lang worden toegepast; daarna is het verlopen.',
    );
    const verzoeken: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') verzoeken.push(r.url());
    });
    await page.getByLabel('Sleep een CSV- of Excelbestand hierheen').setInputFiles({
      name: 'te-groot.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(12 * 1024 * 1024, 'a'),
    });
    await expect(page.locator('#bestand-fout').textContent()).resolves.toBe(
      'te-groot.csv is 12 MB; dat is groter dan de 10 MB die de server aanneemt. Splits de lijst in delen of verwijder kolommen die niet nodig zijn.',
    );
    expect(await page.locator('#bestand-fout').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Plan maken' }).isDisabled()).toBe(true);
    await o.screenshot(page, 'import-te-groot');
    // A file within the limit clears the message.
    await page
      .getByLabel('Sleep een CSV- of Excelbestand hierheen')
      .setInputFiles(join(FIXTURES, 'messy/elke-fout.csv'));
    expect(await page.locator('#bestand-fout').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Plan maken' }).isDisabled()).toBe(false);
    expect(verzoeken).toEqual([]);
    expect((await o.api<{ totaal: number }>('imports?paginaGrootte=1', 'beheerder')).totaal).toBe(voor);
    await page.close();
  });

  it('shows the server reading a large file while it plans, with a progress bar', async () => {
    const page = await o.aangemeld('/import', 'beheerder');
    // 50 copies of the Almere sample with other addresses: 4 MB, 21,000 rows, seconds of planning.
    const [kop, ...regels] = readFileSync(join(FIXTURES, 'almere/contactlijst.csv'), 'utf8').split(/\r?\n/);
    const rijen = Array.from({ length: 50 }, (_, n) =>
      regels.filter(Boolean).map((r) => r.replace(/@/g, `+${n}@`)),
    ).flat();
    const buffer = Buffer.from(`${kop}\r\n${rijen.join('\r\n')}\r\n`, 'utf8');
    expect(buffer.length).toBeGreaterThan(4_000_000);
    await page
      .getByLabel('Sleep een CSV- of Excelbestand hierheen')
      .setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer });
    await page.getByRole('button', { name: 'Plan maken' }).click();
    // The server's own figure, polled while the upload's request runs.
    await page.waitForSelector('#voortgang[data-fase="lezen"]', { timeout: 60_000 });
    // Part of the file read: a figure between the ends, from the server's reader.
    await page.waitForFunction(
      () => {
        // This package's TypeScript has no DOM types; the function runs in the page.
        const { document } = globalThis as unknown as {
          document: { querySelector(s: string): { getAttribute(n: string): string | null } | null };
        };
        const v = Number(document.querySelector('#voortgang[data-fase="lezen"]')?.getAttribute('value') ?? 'NaN');
        return v > 0 && v < 100;
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    expect(await page.locator('#voortgang').isVisible()).toBe(true);
    await expect(page.locator('#voortgang-tekst').textContent()).resolves.toMatch(
      /^De server leest het bestand: \d+%$/,
    );
    await o.screenshot(page, 'import-voortgang');
    await page.waitForSelector('main[data-stap="gepland"][data-status="klaar"]', { timeout: 120_000 });
    await expect(page.locator('#voortgang').getAttribute('data-fase')).resolves.toBe('klaar');
    expect(await telling(page, 'rijen')).toBe(rijen.length);
    await page.close();
  }, 180_000);

  it('tells a key without the beheerder role that it cannot import', async () => {
    const page = await o.aangemeld('/import', 'regisseur');
    await expect(page.locator('main').textContent()).resolves.toContain('rol beheerder');
    expect(await page.locator('#upload').count()).toBe(0);
    await o.screenshot(page, 'import-regisseur');
    await page.close();
  });
});

describe('/import with plans that expire after 1.5 seconds', () => {
  let kort: Omgeving;
  beforeAll(async () => {
    kort = await startOmgeving({ limieten: { importplanGeldigMs: 1500 } });
  }, 180_000);
  afterAll(async () => {
    await kort?.opruimen();
  });

  it('refuses to apply an expired plan with the server reason and shows it as verlopen', async () => {
    const page = await kort.aangemeld('/import', 'beheerder');
    await page
      .getByLabel('Sleep een CSV- of Excelbestand hierheen')
      .setInputFiles(join(FIXTURES, 'messy/elke-fout.csv'));
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.waitForSelector('main[data-stap="gepland"][data-status="klaar"]');
    const id = (await page.getAttribute('#plan', 'data-import')) as string;
    await page.waitForTimeout(1600);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForSelector('main[data-stap="geweigerd"][data-status="klaar"]');
    const reden =
      'Dit plan is verlopen: het is ouder dan 1 minuut. Lees het bestand opnieuw in om een nieuw plan te maken.';
    await expect(page.locator('#plan-uitleg').textContent()).resolves.toBe(`Er is niets veranderd: ${reden}`);
    await expect(page.locator('#bericht').textContent()).resolves.toBe(`Mislukt: ${reden}`);
    expect(await page.getByRole('button', { name: 'Toepassen' }).isDisabled()).toBe(true);
    const rij = page.locator(`#imports tr[data-import="${id}"]`);
    await expect(rij.getAttribute('data-status')).resolves.toBe('verlopen');
    await expect(rij.locator('td').nth(3).textContent()).resolves.toBe('verlopen (niet toegepast)');
    expect((await kort.api<{ status: string }>(`imports/${id}`, 'beheerder')).status).toBe('verlopen');
    await kort.screenshot(page, 'import-verlopen');
    await page.close();
  });
});
