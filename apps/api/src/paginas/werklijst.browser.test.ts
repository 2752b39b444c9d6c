/**
 * "Deze week" in a real browser: the work list by urgency with whom to call, and the regisseur's
 * loop end to end: log a contact with the first partner, it leaves the top of the list, and the
 * wederkerigheid value on the start page changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

interface Aanspreekpunt {
  persoon: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
}
interface Werklijst {
  partners: Array<{ organisatie: string; naam: string; score: number; redenen: string[] }>;
  introducties: Array<{ van: string; naar: string; tekst: string }>;
  aanspreekpunten: Record<string, Aanspreekpunt[]>;
}

let o: Omgeving;
beforeAll(async () => {
  o = await startOmgeving();
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

const lijst = () => o.api<Werklijst>('analyse/werklijst?aantal=15&introducties=10');

describe('/werklijst', () => {
  it('lists the partners by urgency with whom to call, the reasons and the introductions', async () => {
    const page = await o.aangemeld('/werklijst', 'regisseur');
    const w = await lijst();
    const getoond = await page
      .locator('#partners > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-organisatie')));
    expect(getoond).toEqual(w.partners.map((p) => p.organisatie));
    const scores = w.partners.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const [n, p] of w.partners.entries()) {
      const li = page.locator('#partners > li').nth(n);
      expect(await li.locator('.redenen li').allTextContents()).toEqual(p.redenen);
      const mensen = w.aanspreekpunten[p.organisatie] ?? [];
      expect(await li.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        mensen.flatMap((m) => (m.telefoon ? [`tel:${m.telefoon}`] : [])),
      );
      expect(await li.locator('a[href^="mailto:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        mensen.flatMap((m) => (m.email ? [`mailto:${m.email}`] : [])),
      );
      expect(await li.locator('h3 a').getAttribute('href')).toBe(
        `/organisaties/${p.organisatie.slice('organisatie:'.length)}`,
      );
    }
    expect(await page.locator('#introducties li').allTextContents()).toEqual(
      w.introducties.map((i) => expect.stringContaining(i.tekst)),
    );
    await o.screenshot(page, 'werklijst');
    await page.close();
  });

  it('shows a lezer a message and no one', async () => {
    const page = await o.aangemeld('/werklijst', 'lezer');
    const w = await lijst();
    const tekst = (await page.locator('main').textContent()) ?? '';
    expect(tekst).toContain('rol regisseur');
    expect(await page.locator('#partners').count()).toBe(0);
    for (const p of w.partners) expect(tekst).not.toContain(p.naam);
    for (const m of Object.values(w.aanspreekpunten).flat()) expect(tekst).not.toContain(m.naam);
    await o.screenshot(page, 'werklijst-lezer');
    await page.close();
  });

  it('logs a contact with the first partner: it leaves the top and wederkerigheid changes on the start page', async () => {
    const wederkerigheid = async () => {
      const start = await o.aangemeld('/', 'regisseur');
      const waarde = Number(
        await start.locator('[data-indicator="wederkerigheid"] .waarde').getAttribute('data-waarde'),
      );
      return { start, waarde };
    };
    const voor = await wederkerigheid();
    await o.screenshot(voor.start, 'rondje-start-voor');
    await voor.start.close();

    const page = await o.aangemeld('/werklijst', 'regisseur');
    const eerste = page.locator('#partners > li').first();
    const organisatie = (await eerste.getAttribute('data-organisatie')) as string;
    const naam = (await eerste.locator('h3').textContent()) as string;
    await eerste.getByRole('button', { name: `Contact met ${naam} vastleggen` }).click();
    const form = eerste.locator('form');
    await form.getByLabel('Kanaal').selectOption('telefoon');
    await form.getByLabel('Aanleiding').selectOption('regulier');
    await form.getByLabel('Initiatief').selectOption('gemeente');
    await o.screenshot(page, 'rondje-formulier');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForSelector('#bericht .utrecht-alert');
    await page.waitForSelector('main[data-status="klaar"]');
    await expect(page.locator('#bericht').textContent()).resolves.toContain(`Contact met ${naam} vastgelegd`);
    expect(await page.locator('#partners > li').first().getAttribute('data-organisatie')).not.toBe(organisatie);
    const na = await lijst();
    expect(na.partners[0]?.organisatie).not.toBe(organisatie);
    const vandaag = new Date().toLocaleDateString('sv-SE');
    const momenten = await o.api<{
      resultaten: Array<{ datum: string; kanaal: string; aanleiding: string; initiatief: string }>;
    }>(`contactmomenten?organisatie=${organisatie.slice('organisatie:'.length)}`);
    expect(momenten.resultaten[0]).toMatchObject({
      datum: vandaag,
      kanaal: 'telefoon',
      aanleiding: 'regulier',
      initiatief: 'gemeente',
    });
    await o.screenshot(page, 'rondje-vastgelegd');
    await page.close();

    const erna = await wederkerigheid();
    expect(erna.waarde).not.toBe(voor.waarde);
    expect(erna.waarde).toBeLessThan(voor.waarde);
    await o.screenshot(erna.start, 'rondje-start-na');
    await erna.start.close();
  });
});
