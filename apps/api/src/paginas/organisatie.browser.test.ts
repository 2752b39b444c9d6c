/** An organisation's page in a real browser: what the API knows of it, per role, and the ways to it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

interface Lijst<T> {
  resultaten: T[];
  totaal: number;
}
interface Persoon {
  id: string;
  naam: string;
  telefoon: string | null;
  email: string | null;
}
interface Organisatie {
  id: string;
  naam: string;
  netwerk: string;
}

let o: Omgeving;
let partner: Organisatie;
beforeAll(async () => {
  o = await startOmgeving();
  const w = await o.api<{ partners: Array<{ organisatie: string }> }>('analyse/werklijst?aantal=1');
  partner = await o.api<Organisatie>(`organisaties/${w.partners[0]?.organisatie.slice('organisatie:'.length)}`);
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

describe('/organisaties/{id}', () => {
  it('shows its people, flags, contact moments and history as the API has them', async () => {
    const page = await o.aangemeld(`/organisaties/${partner.id}`, 'regisseur');
    await expect(page.locator('h1').textContent()).resolves.toBe(partner.naam);
    const personen = await o.api<Lijst<Persoon>>(`personen?organisatie=${partner.id}&paginaGrootte=200`);
    expect(await page.locator('#mensen tbody th').allTextContents()).toEqual(personen.resultaten.map((p) => p.naam));
    expect(
      await page.locator('#mensen a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(personen.resultaten.flatMap((p) => (p.telefoon ? [`tel:${p.telefoon}`] : [])));
    const momenten = await o.api<Lijst<unknown>>(`contactmomenten?organisatie=${partner.id}&paginaGrootte=1`);
    expect(await page.locator('#contactmomenten tbody tr').count()).toBe(momenten.totaal);
    const historie = await o.api<Lijst<{ veld: string }>>(`organisaties/${partner.id}/historie?paginaGrootte=1`);
    expect(historie.totaal).toBeGreaterThan(0);
    expect(await page.locator('#historie tbody tr').count()).toBe(historie.totaal);
    const { indicatoren } = await o.api<{ indicatoren: Array<{ id: string; betreft: string[] }> }>(
      'analyse/gezondheid',
    );
    const sleutels = [`organisatie:${partner.id}`, ...personen.resultaten.map((p) => `persoon:${p.id}`)];
    const verwacht = indicatoren.filter((i) => i.betreft.some((k) => sleutels.includes(k))).map((i) => i.id);
    expect(verwacht.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('#indicatoren [data-indicator]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-indicator'))),
    ).toEqual(verwacht);
    await o.screenshot(page, 'organisatie');
    await page.close();
  });

  it('names who needs a refresher day, as the API has them', async () => {
    // The organisation of the whole sample with the most members due.
    const { organisaties } = await o.api<{ organisaties: Array<{ organisatie: string; personen: unknown[] }> }>(
      'analyse/terugkomdagen',
    );
    const meeste = [...organisaties].sort((a, b) => b.personen.length - a.personen.length)[0];
    expect(meeste?.personen.length).toBeGreaterThan(0);
    const id = meeste?.organisatie.slice('organisatie:'.length) as string;
    const t = await o.api<{ getraind: number; personen: Array<{ naam: string }> }>(`organisaties/${id}/terugkomdagen`);
    const page = await o.aangemeld(`/organisaties/${id}`, 'regisseur');
    await page.waitForSelector('#terugkomdagen');
    expect(await page.locator('#terugkomdagen tbody tr > :first-child').allTextContents()).toEqual(
      t.personen.map((p) => p.naam),
    );
    await expect(page.locator('#terugkomdagen p').first().textContent()).resolves.toMatch(
      new RegExp(`^${t.personen.length} van ${t.getraind} getrainde medewerkers zijn voor het laatst getraind voor `),
    );
    await o.screenshot(page, 'organisatie-terugkomdagen');
    await page.close();
  });

  it('is reached from the work list', async () => {
    const page = await o.aangemeld('/werklijst', 'regisseur');
    await page.locator('#partners > li').first().locator('h3 a').click();
    await page.waitForSelector('main[data-status="klaar"] #gegevens');
    await expect(page.locator('h1').textContent()).resolves.toBe(partner.naam);
    await page.close();
  });

  it('shows a lezer the formal part only, and nothing of an informal organisation', async () => {
    const page = await o.aangemeld(`/organisaties/${partner.id}`, 'lezer');
    await expect(page.locator('h1').textContent()).resolves.toBe(partner.naam);
    for (const deel of ['#contactmomenten', '#historie', '#indicatoren', '#trainingen', '#terugkomdagen']) {
      await expect(page.locator(deel).textContent()).resolves.toContain('rollen regisseur en beheerder');
      expect(await page.locator(`${deel} table`).count()).toBe(0);
    }
    await o.screenshot(page, 'organisatie-lezer');
    const informeel = await o.api<Lijst<Organisatie>>('organisaties?netwerk=informeel&paginaGrootte=1');
    const id = informeel.resultaten[0]?.id as string;
    await page.goto(`${o.url}/organisaties/${id}`);
    await page.waitForSelector('main[data-status="klaar"]');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'bestaat niet, of is met uw sleutel niet te zien',
    );
    expect(await page.locator('main').textContent()).not.toContain(informeel.resultaten[0]?.naam);
    await o.screenshot(page, 'organisatie-lezer-informeel');
    await page.close();
  });
});
