/** The start page in a real browser: how the network is doing, indicator by indicator, and the way onward. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

interface Indicator {
  id: string;
  status: string;
  waarde: number;
  drempel: { aandacht: number; zorgelijk: number } | null;
  betreft: string[];
}
interface Gezondheid {
  indicatoren: Indicator[];
  entiteiten: Record<string, { naam: string }>;
}

let o: Omgeving;
beforeAll(async () => {
  o = await startOmgeving();
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

const procent = (n: number) => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(n);

describe('/', () => {
  it('shows per indicator its status, its value against its thresholds, its trend and the first five names', async () => {
    const page = await o.aangemeld('/', 'regisseur');
    const { indicatoren, entiteiten } = await o.api<Gezondheid>('analyse/gezondheid');
    const { standen } = await o.api<{ standen: Array<{ indicatorId: string }> }>('analyse/trend');
    const getoond = await page
      .locator('[data-indicator]')
      .evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-indicator')} ${li.className}`));
    expect(getoond).toEqual(indicatoren.map((i) => `${i.id} status-${i.status}`));
    for (const i of indicatoren) {
      const kaart = page.locator(`[data-indicator="${i.id}"]`);
      expect(Number(await kaart.locator('.waarde').getAttribute('data-waarde')), i.id).toBe(i.waarde);
      await expect(kaart.locator('.status').textContent()).resolves.toBe(i.status);
      expect(Number(await kaart.locator('.trend').getAttribute('data-metingen')), i.id).toBe(
        standen.filter((s) => s.indicatorId === i.id).length,
      );
    }
    // A share: its value and thresholds as percentages, the direction in words.
    const w = indicatoren.find((i) => i.id === 'wederkerigheid') as Indicator & {
      drempel: { aandacht: number; zorgelijk: number };
    };
    const kaart = page.locator('[data-indicator="wederkerigheid"]');
    await expect(kaart.locator('.waarde strong').textContent()).resolves.toBe(procent(w.waarde));
    await expect(kaart.locator('.drempel').textContent()).resolves.toBe(
      `Aandacht vanaf ${procent(w.drempel.aandacht)}, zorgelijk vanaf ${procent(w.drempel.zorgelijk)}.`,
    );
    // The first five names, then "en N meer" to the map with the indicator marked.
    const veel = indicatoren.find((i) => i.betreft.length > 5) as Indicator;
    const betreft = page.locator(`[data-indicator="${veel.id}"] .betreft`);
    const namen = await betreft.locator('a:not(.meer)').allTextContents();
    const tekst = (await betreft.textContent()) ?? '';
    for (const k of veel.betreft.slice(0, 5)) expect(tekst).toContain((entiteiten[k] as { naam: string }).naam);
    expect(namen.length).toBe(veel.betreft.slice(0, 5).filter((k) => k.startsWith('organisatie:')).length);
    const meer = betreft.locator('a.meer');
    await expect(meer.textContent()).resolves.toBe(`en ${veel.betreft.length - 5} meer`);
    expect(await meer.getAttribute('href')).toBe(`/kaart?indicator=${veel.id}`);
    const tegels = await page
      .locator('#verder-titel + ul a')
      .evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.querySelector('strong')?.textContent}`));
    expect(tegels).toEqual([
      '/werklijst Deze week',
      '/kaart Netwerkkaart',
      '/import Contactlijst importeren',
      '/v1/docs API-documentatie',
    ]);
    await o.screenshot(page, 'start');

    await meer.click();
    await page.waitForSelector('main[data-status="klaar"] #kaart');
    await page.waitForFunction(
      (id) => (globalThis as unknown as { __kaart?: { indicator: string } }).__kaart?.indicator === id,
      veel.id,
    );
    const gemarkeerd = await page.evaluate(
      () => (globalThis as unknown as { __kaart: { gemarkeerd: string[] } }).__kaart.gemarkeerd,
    );
    expect(gemarkeerd.sort()).toEqual([...veel.betreft].sort());
    await o.screenshot(page, 'start-en-meer-kaart');
    await page.close();
  });

  it('links the names of organisations to their page', async () => {
    const page = await o.aangemeld('/', 'regisseur');
    const link = page.locator('.betreft a[href^="/organisaties/"]').first();
    const naam = await link.textContent();
    await link.click();
    await page.waitForSelector('main[data-status="klaar"] #gegevens');
    await expect(page.locator('h1').textContent()).resolves.toBe(naam);
    await o.screenshot(page, 'start-naar-organisatie');
    await page.close();
  });

  it('tells a lezer the indicators need another role', async () => {
    const page = await o.aangemeld('/', 'lezer');
    await expect(page.locator('#gezondheid').textContent()).resolves.toContain('regisseur');
    expect(await page.locator('[data-indicator]').count()).toBe(0);
    await o.screenshot(page, 'start-lezer');
    await page.close();
  });
});
