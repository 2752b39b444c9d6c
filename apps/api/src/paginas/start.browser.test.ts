/** The start page in a real browser: the health report's statuses at a glance, and the way onward. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

let o: Omgeving;
beforeAll(async () => {
  o = await startOmgeving();
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

describe('/', () => {
  it('shows the start page with the indicators and the links', async () => {
    const page = await o.aangemeld('/', 'regisseur');
    const { indicatoren } = await o.api<{ indicatoren: Array<{ id: string; status: string }> }>('analyse/gezondheid');
    const getoond = await page
      .locator('[data-indicator]')
      .evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-indicator')} ${li.className}`));
    expect(getoond).toEqual(indicatoren.map((i) => `${i.id} status-${i.status}`));
    for (const naam of ['Netwerkkaart', 'Contactlijst importeren', 'API-documentatie']) {
      expect(await page.locator('main').getByRole('link', { name: naam }).count()).toBe(1);
    }
    await o.screenshot(page, 'start');
    await page.close();
  });

  it('tells a lezer the indicators need another role', async () => {
    const page = await o.aangemeld('/', 'lezer');
    await expect(page.locator('#gezondheid').textContent()).resolves.toContain('regisseur');
    await page.close();
  });
});
