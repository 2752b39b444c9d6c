/**
 * The whole story of a confirmation round in a real browser: the regisseur starts a round on /rondes;
 * the partner opens the link, confirms one person, corrects a phone and an e-mail address, gives a training
 * and a meeting, adds a person and marks one as left; the beheerder sees exactly those changes, applies them; actualiteit and the worklist change;
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
  email: string | null;
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
const personenVan = async (naam: string) => {
  const organisatie = (
    await o.api<{ resultaten: Array<{ id: string; naam: string }> }>('organisaties?paginaGrootte=200')
  ).resultaten.find((x) => x.naam === naam)!;
  return (await o.api<{ resultaten: Persoon[] }>(`personen?organisatie=${organisatie.id}&paginaGrootte=200`))
    .resultaten;
};
const ggdPersonen = () => personenVan('GGD Almere');

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
    // Annelies: klopt (left as it is). Joëlle: a new e-mail address. Joost: a new phone. Mehmet: left. And a new colleague.
    await persoon('Joëlle Timmer').getByLabel('E-mail').fill('j.timmer@ggd-almere.example.org');
    // Her basistraining, which the list did not know, and a meeting the organisation takes part in too.
    await persoon('Joëlle Timmer').getByLabel('Basistraining (datum, of ja)').fill('12-3-2024');
    await partner.getByLabel(/Neemt uw organisatie ook deel aan andere overleggen/).fill('Casusoverleg radicalisering');
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
      'GGD Almere: overleg (leeg) → Casusoverleg radicalisering',
      'Joëlle Timmer: email joelle.timmer@ggd-almere.example.org → j.timmer@ggd-almere.example.org',
      'Joëlle Timmer: getraind (leeg) → 2024-03-12',
      'Joost de Vries: telefoon +31612346821 → +31623456789',
      `Mehmet Ünal: einde (GGD Almere) (leeg) → ${vandaag}`,
    ]);
    await o.screenshot(beheerder, 'rondes-correcties');
    await beheerder.getByRole('button', { name: 'Correcties toepassen' }).click();
    await beheerder.waitForSelector('#correcties[data-status="toegepast"]');

    const na = await ggdPersonen();
    expect(na.find((p) => p.naam === 'Joost de Vries')?.telefoon).toBe('+31623456789');
    // The same person, with the new address and now trained: not a new person beside the old one.
    const joelle = lijstVoor.find((p) => p.naam === 'Joëlle Timmer')!;
    expect(na.filter((p) => p.naam === 'Joëlle Timmer')).toEqual([
      { ...joelle, email: 'j.timmer@ggd-almere.example.org', getraind: true },
    ]);
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

  it('starts a round for a saved segment; the beheerder rejects one correction on /rondes and one on /import', async () => {
    const post = async (pad: string, body: unknown, rol: 'regisseur' | 'beheerder') => {
      const res = await fetch(`${o.url}/v1/gemeenten/almere/${pad}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${o.sleutels[rol]}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const segment = await post(
      'segmenten',
      {
        naam: 'Zorg Haven radicalisering',
        domeinen: ['zorg'],
        wijken: ['Almere Haven'],
        rollen: ['contactpersoon-radicalisering'],
      },
      'regisseur',
    );
    expect(segment.status).toBe(201);

    const regisseur = await o.aangemeld('/rondes', 'regisseur');
    await regisseur.getByLabel('Voor', { exact: true }).selectOption({ label: 'Zorg Haven radicalisering' });
    await regisseur.getByRole('button', { name: 'Ronde starten' }).click();
    await regisseur.waitForSelector('#links tr[data-organisatie]');
    await expect(regisseur.locator('#links tr[data-organisatie] th').allTextContents()).resolves.toEqual(SEGMENT);
    const linkVan = async (naam: string) =>
      (await regisseur.locator(`#links tr[data-organisatie="${naam}"] code`).textContent()) as string;
    const [eerste, tweede] = [await linkVan('GGZ De Kiem'), await linkVan('GGZ De Schakel')];
    await regisseur.close();

    // Two partners each correct a phone number.
    for (const link of [eerste, tweede]) {
      const partner = await o.browser.newPage();
      await partner.goto(link);
      await partner.locator('fieldset.persoon').first().getByLabel('Telefoon').fill('06 2345 6781');
      await partner.getByRole('button', { name: 'Versturen' }).click();
      await expect(partner.getByRole('status').textContent()).resolves.toContain('Uw wijzigingen zijn ontvangen');
      await partner.close();
    }
    const lijstVoor = [await personenVan('GGZ De Kiem'), await personenVan('GGZ De Schakel')];

    // On /rondes the beheerder rejects the first, with a reason; nothing changes.
    const beheerder = await o.aangemeld('/rondes', 'beheerder');
    await beheerder.getByRole('button', { name: 'Correcties van GGZ De Kiem bekijken' }).click();
    await beheerder.waitForSelector('#correcties[data-status="gepland"]');
    await beheerder
      .getByLabel('Reden van afwijzen (optioneel, over het plan)')
      .fill('Dit is het nummer van de receptie.');
    await beheerder.getByRole('button', { name: 'Correcties afwijzen' }).click();
    await beheerder.waitForSelector('#correcties[data-status="afgewezen"]');
    const eersteImport = (await beheerder.getAttribute('#correcties', 'data-import')) as string;
    const { afgewezenOp } = await o.api<{ afgewezenOp: string }>(`imports/${eersteImport}`, 'beheerder');
    const dag = new Date(afgewezenOp).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(beheerder.locator('#correcties-status').textContent()).resolves.toBe(
      `Status: afgewezen. Afgewezen op ${dag}; er is niets veranderd. Reden: Dit is het nummer van de receptie.`,
    );
    await beheerder.waitForSelector('#voortgang tr[data-organisatie="GGZ De Kiem"][data-status="afgewezen"]');
    await expect(beheerder.locator('#totalen').textContent()).resolves.toMatch(
      /^4 openstaand, 1 gecorrigeerd, 1 afgewezen \(correcties niet overgenomen\)\. Links werken tot /,
    );
    await expect(beheerder.getByRole('button', { name: 'Correcties afwijzen' }).count()).resolves.toBe(0);
    await o.screenshot(beheerder, 'rondes-afgewezen');
    await beheerder.close();

    // On /import the other plan is rejected from the list; both show as rejected there.
    const importpagina = await o.aangemeld('/import', 'beheerder');
    const rij = importpagina.locator('#imports tr[data-status="gepland"]');
    await expect(rij.count()).resolves.toBe(1);
    const tweedeId = (await rij.getAttribute('data-import')) as string;
    await rij.getByRole('button', { name: 'Afwijzen' }).click();
    await rij.getByRole('button', { name: 'Ja, afwijzen' }).click();
    await importpagina.waitForSelector(`#imports tr[data-import="${tweedeId}"][data-status="afgewezen"]`);
    for (const id of [eersteImport, tweedeId]) {
      await expect(importpagina.locator(`#imports tr[data-import="${id}"] td`).nth(3).textContent()).resolves.toBe(
        'afgewezen (niet toegepast)',
      );
    }
    await o.screenshot(importpagina, 'import-afgewezen');
    await importpagina.close();

    // A rejected plan is never applied; the list is as it was.
    const toepassen = await post(`imports/${eersteImport}/toepassing`, {}, 'beheerder');
    expect([toepassen.status, toepassen.body.detail]).toEqual([409, 'Deze import is al afgewezen.']);
    expect([await personenVan('GGZ De Kiem'), await personenVan('GGZ De Schakel')]).toEqual(lijstVoor);
  });
});

/**
 * The formal care organisations in Almere Haven (or the whole city) where someone is contactpersoon-radicalisering,
 * by name.
 */
const SEGMENT = [
  'GGZ De Kiem',
  'GGZ De Schakel',
  'Jeugdzorg De Brug',
  'Jeugdzorg Het Baken',
  'Veilig Thuis Almere',
  'Verslavingszorg Almere',
];
