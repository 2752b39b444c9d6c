/**
 * The whole story of a confirmation round in a real browser: the regisseur starts a round on /rondes;
 * the partner opens the link, confirms one person, corrects a phone, adds a person and marks one as
 * left; the beheerder sees exactly those changes, applies them; actualiteit and the worklist change;
 * a revert restores the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Omgeving, startOmgeving } from './_test/browser.js';

interface Indicator {
  id: string;
  waarde: number;
  verouderd?: { tekst: string };
}
interface Werklijst {
  partners: Array<{ naam: string; redenen: string[]; bevestigdOp?: string | null }>;
}
interface Persoon {
  id: string;
  naam: string;
  telefoon: string | null;
  lidmaatschappen: Array<{ organisatieNaam: string; einde: string | null }>;
}

let o: Omgeving;
beforeAll(async () => {
  // The list came in long ago: its organisations were last confirmed on 15 January 2024.
  o = await startOmgeving({
    async voorbereiden(store) {
      const [eerste] = (await store.listImports()).items;
      await store.forgetBevestigingen(eerste!.id);
      const ids = (await store.listOrganisaties({}, { limiet: 1000 })).items.map((x) => x.id);
      await store.confirmOrganisaties(ids, { datum: '2024-01-15', bron: 'import:oud' });
    },
  });
}, 180_000);
afterAll(async () => {
  await o?.opruimen();
});

const actualiteit = async () =>
  (await o.api<{ indicatoren: Indicator[] }>('analyse/gezondheid')).indicatoren.find((i) => i.id === 'actualiteit')!;
const ggdInWerklijst = async () =>
  (await o.api<Werklijst>('analyse/werklijst?aantal=100')).partners.find((p) => p.naam === 'GGD Almere');
const ggdPersonen = async () => {
  const ggd = (
    await o.api<{ resultaten: Array<{ id: string; naam: string }> }>('organisaties?paginaGrootte=200')
  ).resultaten.find((x) => x.naam === 'GGD Almere')!;
  return (await o.api<{ resultaten: Persoon[] }>(`personen?organisatie=${ggd.id}&paginaGrootte=200`)).resultaten;
};

describe('a confirmation round, start to revert', () => {
  it('runs from the regisseur’s start through the partner’s answer to the beheerder’s apply and revert', async () => {
    const voor = await actualiteit();
    expect(voor.waarde).toBe(1);
    expect(voor.verouderd?.tekst).toBe('Berust voor 100 % op gegevens ouder dan een jaar.');
    expect((await ggdInWerklijst())?.redenen).toContain(
      'Gegevens laatst bevestigd op 15-01-2024 (§4: de lijst is een levend document).',
    );
    const lijstVoor = await ggdPersonen();

    // The regisseur starts a round for the care partners.
    const regisseur = await o.aangemeld('/rondes', 'regisseur');
    await regisseur.getByLabel('Voor').selectOption('zorg');
    await regisseur.getByRole('button', { name: 'Ronde starten' }).click();
    await regisseur.waitForSelector('#links tr[data-organisatie="GGD Almere"]');
    const link = (await regisseur.locator('#links tr[data-organisatie="GGD Almere"] code').textContent()) as string;
    expect(link).toMatch(new RegExp(`^${o.url}/bevestigen/bv_almere_[A-Za-z0-9_-]{43}$`));
    await regisseur.waitForSelector('#voortgang tr[data-organisatie="GGD Almere"][data-status="openstaand"]');
    await o.screenshot(regisseur, 'rondes-gestart');

    // The partner: no account, only the link.
    const partner = await o.browser.newPage();
    await partner.goto(link);
    await expect(partner.locator('h1').textContent()).resolves.toBe('Gegevens van GGD Almere');
    const persoon = (naam: string) =>
      partner.locator('fieldset.persoon', { has: partner.locator('legend', { hasText: naam }) });
    await expect(partner.locator('fieldset.persoon legend').allTextContents()).resolves.toEqual([
      'Annelies Schouten',
      'Joëlle Timmer',
      'Joost de Vries',
      'Mehmet Ünal',
    ]);
    // Annelies: klopt (left as it is). Joost: a new phone. Mehmet: left. And a new colleague.
    await persoon('Joost de Vries').getByLabel('Telefoon').fill('06 2345 6789');
    await persoon('Mehmet Ünal').getByLabel('Werkt hier niet meer (vertrokken)').check();
    const nieuw = partner.locator('fieldset.nieuw').first();
    await nieuw.getByLabel('Naam').fill('Noor Verzonnen');
    await nieuw.getByLabel('Functie').fill('Jeugdarts');
    await nieuw.getByLabel('E-mail').fill('noor.verzonnen@ggd-almere.example.org');
    await o.screenshot(partner, 'bevestigen-formulier');
    await partner.getByRole('button', { name: 'Versturen' }).click();
    await expect(partner.getByRole('status').textContent()).resolves.toContain('Uw wijzigingen zijn ontvangen');
    await o.screenshot(partner, 'bevestigen-bedankt');
    await partner.close();

    // The regisseur sees the answer come in; nothing has changed yet.
    await regisseur.reload();
    await regisseur.waitForSelector('main[data-status="klaar"]');
    await regisseur.waitForSelector('#voortgang tr[data-organisatie="GGD Almere"][data-status="gecorrigeerd"]');
    expect(await ggdPersonen()).toEqual(lijstVoor);
    await regisseur.close();

    // The beheerder reviews exactly those changes and applies them.
    const beheerder = await o.aangemeld('/rondes', 'beheerder');
    await beheerder.getByRole('button', { name: 'Correcties van GGD Almere bekijken' }).click();
    await beheerder.waitForSelector('#correcties[data-status="gepland"]');
    const vandaag = new Date().toISOString().slice(0, 10);
    await expect(beheerder.locator('#correcties li').allTextContents()).resolves.toEqual([
      'Nieuw: Noor Verzonnen',
      'Joost de Vries: telefoon +31612346821 → +31623456789',
      `Mehmet Ünal: einde (GGD Almere) (leeg) → ${vandaag}`,
    ]);
    await o.screenshot(beheerder, 'rondes-correcties');
    await beheerder.getByRole('button', { name: 'Correcties toepassen' }).click();
    await beheerder.waitForSelector('#correcties[data-status="toegepast"]');

    const na = await ggdPersonen();
    expect(na.find((p) => p.naam === 'Joost de Vries')?.telefoon).toBe('+31623456789');
    expect(na.find((p) => p.naam === 'Noor Verzonnen')).toBeDefined();
    expect(na.find((p) => p.naam === 'Mehmet Ünal')?.lidmaatschappen[0]?.einde).toBe(vandaag);
    const erna = await actualiteit();
    expect(erna.waarde).toBeLessThan(voor.waarde);
    expect((await ggdInWerklijst())?.redenen ?? []).not.toContain(
      'Gegevens laatst bevestigd op 15-01-2024 (§4: de lijst is een levend document).',
    );

    // A revert restores the list, and the confirmation with it.
    await beheerder.getByRole('button', { name: 'Correcties terugdraaien' }).click();
    await beheerder.waitForSelector('#correcties[data-status="teruggedraaid"]');
    expect(await ggdPersonen()).toEqual(lijstVoor);
    expect((await actualiteit()).waarde).toBe(voor.waarde);
    await o.screenshot(beheerder, 'rondes-teruggedraaid');
    await beheerder.close();
  });
});
