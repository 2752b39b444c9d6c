/** The network map in a real browser, against the real server with the Almere sample. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

interface Knoop {
  id: string;
  soort: string;
  naam: string;
  domein?: string | null;
  netwerk?: string | null;
  organisatiesoort?: string | null;
}
interface Indicator {
  id: string;
  betreft: string[];
}
interface KaartStaat {
  rol: string;
  totaal: number;
  aantalZichtbaar: number;
  zichtbaar: string[];
  gemarkeerd: string[];
  focus: string | null;
  buren: string[];
  getekend: boolean;
  knopen: Array<{ id: string; soort: string; netwerk: string | null }>;
}

const staat = (page: Page) => page.evaluate(() => (globalThis as unknown as { __kaart: KaartStaat }).__kaart);
const waitFor = (page: Page, test: string, arg?: unknown) =>
  page.waitForFunction(
    new Function('arg', `const k = window.__kaart; return !!k && (${test});`) as (arg: unknown) => boolean,
    arg,
  );

let o: Omgeving;
let netwerk: { knopen: Knoop[] };
let kaart: Page;

beforeAll(async () => {
  o = await startOmgeving();
  netwerk = await o.api('analyse/netwerk');
  kaart = await o.aangemeld('/kaart', 'regisseur');
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

describe('/kaart', () => {
  it('renders every node of analyse/netwerk, drawn with sigma', async () => {
    await kaart.waitForSelector('main[data-layout="klaar"]');
    const s = await staat(kaart);
    expect(s.rol).toBe('regisseur');
    expect(s.getekend).toBe(true);
    expect(s.totaal).toBe(netwerk.knopen.length);
    expect(s.aantalZichtbaar).toBe(netwerk.knopen.length);
    expect(await kaart.locator('#kaart canvas').count()).toBeGreaterThan(0);
    await expect(kaart.locator('#teller').textContent()).resolves.toContain(
      `${netwerk.knopen.length} van ${netwerk.knopen.length}`,
    );
    await o.screenshot(kaart, 'kaart-alles');
  });

  it('filters on domein to exactly the nodes of that domein, in the map and in the table', async () => {
    const verwacht = netwerk.knopen
      .filter((k) => k.domein === 'zorg')
      .map((k) => k.id)
      .sort();
    expect(verwacht.length).toBeGreaterThan(0);
    expect(verwacht.length).toBeLessThan(netwerk.knopen.length);
    await kaart.getByLabel('Domein').selectOption('zorg');
    await waitFor(kaart, 'k.aantalZichtbaar === arg', verwacht.length);
    expect((await staat(kaart)).zichtbaar.sort()).toEqual(verwacht);
    await kaart.getByText('Tabelweergave').click();
    await expect.poll(() => kaart.locator('#tabelweergave tbody tr').count()).toBe(verwacht.length);
    await o.screenshot(kaart, 'kaart-domein-zorg');
    await kaart.getByText('Tabelweergave').click();
    await kaart.getByLabel('Domein').selectOption('');
    await waitFor(kaart, 'k.aantalZichtbaar === arg', netwerk.knopen.length);
  });

  it('searches a person and focuses it with its neighbours', async () => {
    const namen = new Map<string, number>();
    for (const k of netwerk.knopen) namen.set(k.naam, (namen.get(k.naam) ?? 0) + 1);
    const doel = netwerk.knopen.find((k) => k.soort === 'persoon' && namen.get(k.naam) === 1) as Knoop;
    await kaart.getByLabel('Zoek een persoon of organisatie').fill(doel.naam.toLowerCase());
    await kaart.getByRole('button', { name: 'Zoek', exact: true }).click();
    await waitFor(kaart, 'k.focus === arg', doel.id);
    const s = await staat(kaart);
    const kanten = (await o.api<{ kanten: Array<{ bron: string; doel: string }> }>('analyse/netwerk')).kanten;
    const buren = new Set(kanten.flatMap((e) => (e.bron === doel.id ? [e.doel] : e.doel === doel.id ? [e.bron] : [])));
    expect(s.buren.sort()).toEqual([...buren].sort());
    await expect(kaart.locator('#kaartje h2').textContent()).resolves.toBe(doel.naam);
    await o.screenshot(kaart, 'kaart-zoeken');
    await kaart.getByRole('button', { name: 'Wis filters en focus' }).click();
    await waitFor(kaart, 'k.focus === null');
  });

  it('names an organisation by its own soort on its card', async () => {
    const namen = new Map<string, number>();
    for (const k of netwerk.knopen) namen.set(k.naam, (namen.get(k.naam) ?? 0) + 1);
    const doel = netwerk.knopen.find(
      (k) => k.soort === 'organisatie' && k.organisatiesoort && namen.get(k.naam) === 1,
    ) as Knoop;
    await kaart.getByLabel('Zoek een persoon of organisatie').fill(doel.naam.toLowerCase());
    await kaart.getByRole('button', { name: 'Zoek', exact: true }).click();
    await waitFor(kaart, 'k.focus === arg', doel.id);
    await expect(kaart.locator('#kaartje dt:text-is("Soort") + dd').textContent()).resolves.toBe(
      `organisatie (${doel.organisatiesoort})`,
    );
    await kaart.getByRole('button', { name: 'Wis filters en focus' }).click();
    await waitFor(kaart, 'k.focus === null');
  });

  it('highlights exactly what each indicator names (betreft)', async () => {
    const { indicatoren } = await o.api<{ indicatoren: Indicator[] }>('analyse/gezondheid');
    const ids = new Set(netwerk.knopen.map((k) => k.id));
    const metBetreft = indicatoren.filter((i) => i.betreft.length > 0);
    expect(metBetreft.length).toBeGreaterThan(2);
    for (const i of indicatoren) {
      await kaart.locator(`#indicator-${i.id}`).check();
      await waitFor(kaart, 'k.indicator === arg', i.id);
      const gemarkeerd = (await staat(kaart)).gemarkeerd.sort();
      expect(gemarkeerd, i.id).toEqual(i.betreft.filter((k) => ids.has(k)).sort());
      expect(gemarkeerd, i.id).toEqual([...i.betreft].sort());
    }
    await kaart.locator(`#indicator-${metBetreft[0]?.id}`).check();
    await o.screenshot(kaart, `kaart-indicator-${metBetreft[0]?.id}`);
    await kaart.locator('#indicator-geen').check();
    await waitFor(kaart, 'k.gemarkeerd.length === 0');
  });

  it('shows a lezer no person of the informal network', async () => {
    const page = await o.aangemeld('/kaart', 'lezer');
    const s = await staat(page);
    expect(s.rol).toBe('lezer');
    const informeel = netwerk.knopen.filter((k) => k.soort === 'persoon' && k.netwerk === 'informeel').map((k) => k.id);
    expect(informeel.length).toBeGreaterThan(0);
    const personen = s.knopen.filter((k) => k.soort === 'persoon');
    expect(personen.every((k) => k.netwerk === 'formeel')).toBe(true);
    const ids = new Set(s.knopen.map((k) => k.id));
    expect(informeel.filter((id) => ids.has(id))).toEqual([]);
    const lijst = await o.api<{ totaal: number }>('personen?paginaGrootte=1', 'lezer');
    expect(personen.length).toBe(lijst.totaal);
    expect(await page.locator('input[name="indicator"]').count()).toBe(0);
    await page.waitForSelector('main[data-layout="klaar"]');
    await o.screenshot(page, 'kaart-lezer');
    await page.close();
  });
});
