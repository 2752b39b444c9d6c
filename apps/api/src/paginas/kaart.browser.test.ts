/** The network map in a real browser, against the real server with the Almere sample. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, PAST, startOmgeving } from './_test/browser.js';

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
  filters: Record<string, string>;
  indicator: string;
  camera: { x: number; y: number; ratio: number } | null;
  labels: string[];
  inBeeld: string[];
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

const naamUniek = () => {
  const namen = new Map<string, number>();
  for (const k of netwerk.knopen) namen.set(k.naam, (namen.get(k.naam) ?? 0) + 1);
  return (k: Knoop) => namen.get(k.naam) === 1;
};

async function zoek(page: Page, naam: string) {
  await page.getByLabel('Zoek een persoon of organisatie').fill(naam.toLowerCase());
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
}

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
    await expect.poll(() => kaart.getAttribute('#tabelweergave', 'data-rijen')).toBe(String(verwacht.length));
    const ids = await kaart
      .locator('#tabelweergave tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(ids.length).toBe(Math.min(25, verwacht.length));
    expect(ids.every((id) => verwacht.includes(id as string))).toBe(true);
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

  it('labels only the marked nodes, and fits the view to them', async () => {
    await kaart.waitForSelector('main[data-layout="klaar"]');
    expect((await staat(kaart)).labels).toEqual([]);
    const { indicatoren } = await o.api<{ indicatoren: Indicator[] }>('analyse/gezondheid');
    // The smallest marked set that still has more than one node: the view must zoom in on it.
    const klein = indicatoren
      .filter((i) => i.betreft.length > 1)
      .sort((a, b) => a.betreft.length - b.betreft.length)[0] as Indicator;
    await kaart.locator(`#indicator-${klein.id}`).check();
    await waitFor(kaart, 'k.indicator === arg', klein.id);
    await kaart.waitForTimeout(500);
    const s = await staat(kaart);
    expect(s.labels.length).toBeGreaterThan(0);
    expect(s.labels.every((id) => s.gemarkeerd.includes(id))).toBe(true);
    expect(s.inBeeld.sort()).toEqual([...s.gemarkeerd].sort());
    await o.screenshot(kaart, `kaart-passend-${klein.id}`);
    // The largest set: every marked node in view too, labels still only among them.
    const groot = [...indicatoren].sort((a, b) => b.betreft.length - a.betreft.length)[0] as Indicator;
    await kaart.locator(`#indicator-${groot.id}`).check();
    await waitFor(kaart, 'k.indicator === arg', groot.id);
    await kaart.waitForTimeout(500);
    const t = await staat(kaart);
    expect(t.inBeeld.length).toBe(t.gemarkeerd.length);
    expect(t.labels.every((id) => t.gemarkeerd.includes(id))).toBe(true);
    await o.screenshot(kaart, `kaart-passend-${groot.id}`);
    await kaart.locator('#indicator-geen').check();
    await waitFor(kaart, 'k.gemarkeerd.length === 0');
  });

  it('keeps the map in view when an indicator low in the list is chosen', async () => {
    await kaart.evaluate('scrollTo(0, 0)');
    const laatste = kaart.locator('input[name="indicator"]').last();
    await laatste.check();
    const id = (await laatste.getAttribute('value')) as string;
    await waitFor(kaart, 'k.indicator === arg', id);
    const vak = await kaart.locator('#kaart').evaluate((e) => e.getBoundingClientRect());
    expect(vak.top).toBeGreaterThanOrEqual(0);
    expect(vak.bottom).toBeLessThanOrEqual(kaart.viewportSize()?.height ?? 0);
    await o.screenshot(kaart, 'kaart-laatste-indicator');
    await kaart.locator('#indicator-geen').check();
    await waitFor(kaart, 'k.gemarkeerd.length === 0');
  });

  it('keeps the domain filter when a search finds a node outside it', async () => {
    const uniek = naamUniek();
    const doel = netwerk.knopen.find((k) => k.soort === 'persoon' && k.domein !== 'zorg' && uniek(k)) as Knoop;
    const zorg = netwerk.knopen.filter((k) => k.domein === 'zorg').length;
    await kaart.getByLabel('Domein').selectOption('zorg');
    await waitFor(kaart, 'k.aantalZichtbaar === arg', zorg);
    await zoek(kaart, doel.naam);
    await waitFor(kaart, 'k.focus === arg', doel.id);
    const s = await staat(kaart);
    expect(s.filters.domein).toBe('zorg');
    expect(s.aantalZichtbaar).toBe(zorg);
    expect(await kaart.getByLabel('Domein').inputValue()).toBe('zorg');
    await expect(kaart.locator('#teller').textContent()).resolves.toContain('buiten de filters');
    await o.screenshot(kaart, 'kaart-zoeken-buiten-filter');
  });

  it('"Wis filters en focus" resets the filters, the focus, the card and the zoom', async () => {
    await waitFor(kaart, 'k.focus !== null && k.camera.ratio < 1');
    await kaart.getByRole('button', { name: 'Wis filters en focus' }).click();
    await waitFor(kaart, 'k.focus === null && k.camera.ratio === 1 && k.camera.x === 0.5 && k.camera.y === 0.5');
    const s = await staat(kaart);
    expect(s.filters.domein).toBe('');
    expect(s.aantalZichtbaar).toBe(netwerk.knopen.length);
    await expect(kaart.locator('#kaartje h2').textContent()).resolves.toBe('Kies een knoop');
    expect(await kaart.locator('#treffers li').count()).toBe(0);
    await o.screenshot(kaart, 'kaart-gewist');
  });

  it('pages, sorts and filters the table, with numbers the Dutch way, without sideways scrolling', async () => {
    await kaart.getByText('Tabelweergave').click();
    const tabel = kaart.locator('#tabelweergave');
    await expect.poll(() => tabel.getAttribute('data-rijen')).toBe(String(netwerk.knopen.length));
    expect(await tabel.locator('tbody tr').count()).toBe(25);
    await expect(tabel.locator('caption').textContent()).resolves.toContain('pagina 1 van 23');
    await tabel.getByRole('button', { name: 'Volgende' }).click();
    await expect(tabel.locator('caption').textContent()).resolves.toContain('pagina 2 van 23');
    // Sorted by betweenness, highest first: the first row is the top node, its value in nl-NL.
    await tabel.getByRole('button', { name: 'Betweenness' }).click();
    await tabel.getByRole('button', { name: 'Betweenness' }).click();
    const top = [...netwerk.knopen].sort(
      (a, b) => ((b as { betweenness?: number }).betweenness ?? 0) - ((a as { betweenness?: number }).betweenness ?? 0),
    )[0] as Knoop & { betweenness: number };
    const rij = tabel.locator('tbody tr').first();
    expect(await rij.getAttribute('data-id')).toBe(top.id);
    const verwacht = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 2 }).format(top.betweenness);
    expect(verwacht).toContain(',');
    await expect(rij.locator('td').nth(4).textContent()).resolves.toBe(verwacht);
    // Filtered by kind and name.
    await kaart.getByLabel('Soort', { exact: true }).selectOption('organisatie');
    const organisaties = netwerk.knopen.filter((k) => k.soort === 'organisatie');
    await expect.poll(() => tabel.getAttribute('data-rijen')).toBe(String(organisaties.length));
    const doel = organisaties.find(naamUniek()) as Knoop;
    await kaart.getByLabel('Filter op naam').fill(doel.naam);
    await expect.poll(() => tabel.getAttribute('data-rijen')).toBe('1');
    expect(await tabel.locator('tbody tr').first().getAttribute('data-id')).toBe(doel.id);
    expect(await kaart.evaluate(PAST)).toBe(true);
    await o.screenshot(kaart, 'kaart-tabel');
    await kaart.getByLabel('Filter op naam').fill('');
    await kaart.getByLabel('Soort', { exact: true }).selectOption('');
    await kaart.getByText('Tabelweergave').click();
  });

  it('marks the indicator the address names, and links a card to the organisation page', async () => {
    const { indicatoren } = await o.api<{ indicatoren: Indicator[] }>('analyse/gezondheid');
    const i = indicatoren.find((x) => x.betreft.length > 5) as Indicator;
    const page = await o.aangemeld(`/kaart?indicator=${i.id}`, 'regisseur');
    const s = await staat(page);
    expect(s.indicator).toBe(i.id);
    expect(s.gemarkeerd.sort()).toEqual([...i.betreft].sort());
    expect(await page.locator(`#indicator-${i.id}`).isChecked()).toBe(true);
    const org = netwerk.knopen.find((k) => k.soort === 'organisatie' && naamUniek()(k)) as Knoop;
    await zoek(page, org.naam);
    await waitFor(page, 'k.focus === arg', org.id);
    await o.screenshot(page, 'kaart-adres-indicator');
    await page.getByRole('link', { name: 'Naar de pagina van deze organisatie' }).click();
    await page.waitForSelector('main[data-status="klaar"] #gegevens');
    expect(new URL(page.url()).pathname).toBe(`/organisaties/${org.id.slice('organisatie:'.length)}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(org.naam);
    await page.close();
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
