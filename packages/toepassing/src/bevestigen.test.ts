import {
  answerUitnodiging,
  applyPlannedImport,
  openUitnodiging,
  revertImport,
  startRonde,
} from '@netwerkregie/toepassing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, createFixture, type Fixture } from './_testhulp.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.opruimen());

const POLITIE = 'ilse.bakker@politie-almere-regionaal-team-radicalisering.example.org';

describe('a partner corrects a known person’s e-mail address and name', () => {
  it('plans exactly that change of the same person; applied and reverted through the import', async () => {
    const store = fx.stores.almere;
    const { links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'k-regisseur' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    const joost = (await openUitnodiging(store, ALMERE, ggd.token)).personen.find((p) => p.naam === 'Joost de Vries')!;
    const voor = (await store.persoon(joost.persoonId))!;
    expect(voor.email).toBe('joost.devries@ggd-almere.example.org');

    // An address another person of the list has: the import's own check, beside the field, nothing written.
    const importsVoor = (await store.listImports()).totaal;
    expect(
      await answerUitnodiging(store, ALMERE, ggd.token, {
        personen: [{ persoonId: joost.persoonId, oordeel: 'wijzig', email: POLITIE }],
      }),
    ).toEqual({
      soort: 'ongeldig',
      problemen: [
        {
          persoon: 0,
          veld: 'email',
          melding: `Het e-mailadres "${POLITIE}" is al van een andere persoon in de lijst; één adres hoort bij één persoon.`,
        },
      ],
    });
    expect((await store.listImports()).totaal).toBe(importsVoor);
    // The same new address for a new colleague on the same form: asked before the import is planned.
    expect(
      await answerUitnodiging(store, ALMERE, ggd.token, {
        personen: [
          { persoonId: joost.persoonId, oordeel: 'wijzig', email: 'team@ggd-almere.example.org' },
          { oordeel: 'nieuw', naam: 'Noor Verzonnen', email: 'Team@ggd-almere.example.org' },
        ],
      }),
    ).toEqual({
      soort: 'ongeldig',
      problemen: [
        {
          persoon: 0,
          veld: 'email',
          melding:
            'Het e-mailadres "team@ggd-almere.example.org" staat ook bij een nieuwe persoon op dit formulier; één adres hoort bij één persoon.',
        },
      ],
    });
    expect((await store.listImports()).totaal).toBe(importsVoor);

    const uitkomst = await answerUitnodiging(store, ALMERE, ggd.token, {
      personen: [
        {
          persoonId: joost.persoonId,
          oordeel: 'wijzig',
          naam: 'Joost de Vries-Bakker',
          email: ' J.deVries@GGD-Almere.example.org ',
        },
      ],
    });
    expect(uitkomst).toEqual({ soort: 'gecorrigeerd', importId: expect.any(String) });
    const importId = (uitkomst as { importId: string }).importId;
    const samenvatting = (await store.importRecord(importId))!.samenvatting as {
      personen: unknown;
      details: { toegevoegd: unknown[]; gewijzigd: unknown[] };
    };
    expect(samenvatting.personen).toEqual({ toegevoegd: 0, gewijzigd: 1, ongewijzigd: 0, ontbrekend: 0 });
    expect(samenvatting.details.toegevoegd).toEqual([]);
    expect(samenvatting.details.gewijzigd).toEqual([
      {
        entiteit: 'persoon',
        id: joost.persoonId,
        naam: 'Joost de Vries-Bakker',
        rij: 2,
        velden: [
          { veld: 'naam', voor: 'Joost de Vries', na: 'Joost de Vries-Bakker' },
          { veld: 'email', voor: 'joost.devries@ggd-almere.example.org', na: 'j.devries@ggd-almere.example.org' },
        ],
      },
    ]);
    expect(await store.persoon(joost.persoonId)).toEqual(voor);

    const inhoud = (await store.importBestand(importId))!;
    await applyPlannedImport(store, ALMERE, { importId, inhoud, actor: 'k-beheerder', trend: async () => {} });
    expect(await store.persoon(joost.persoonId)).toEqual({
      ...voor,
      naam: 'Joost de Vries-Bakker',
      email: 'j.devries@ggd-almere.example.org',
    });
    expect(await store.persoonOpEmail('joost.devries@ggd-almere.example.org')).toBeUndefined();
    await revertImport(store, importId, 'k-beheerder');
    expect(await store.persoon(joost.persoonId)).toEqual(voor);
  });

  it('takes trainings and meetings through the same plan and checks; what changes nothing is a confirmation', async () => {
    const store = fx.stores.almere;
    const { links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'k-regisseur' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    const gezien = await openUitnodiging(store, ALMERE, ggd.token);
    const id = (naam: string) => gezien.personen.find((p) => p.naam === naam)!.persoonId;
    expect(gezien.personen.find((p) => p.naam === 'Joost de Vries')?.trainingen).toEqual([
      { soort: 'basistraining', datum: '2016-05-18' },
    ]);
    expect(gezien.overleggen).toContain('Veiligheidshuis Almere');
    expect(gezien.overleggen).not.toContain('Casusoverleg radicalisering');

    const importsVoor = (await store.listImports()).totaal;
    expect(
      await answerUitnodiging(store, ALMERE, ggd.token, {
        personen: [{ persoonId: id('Joost de Vries'), oordeel: 'wijzig', trainingen: { terugkomdag: '31-2-2025' } }],
        overleggen: 'Veiligheidshuis Almere',
      }),
    ).toEqual({
      soort: 'ongeldig',
      problemen: [{ persoon: 0, veld: 'training.terugkomdag', melding: 'De datum "31-2-2025" bestaat niet.' }],
    });
    expect((await store.listImports()).totaal).toBe(importsVoor);

    const uitkomst = await answerUitnodiging(store, ALMERE, ggd.token, {
      personen: [
        {
          persoonId: id('Joost de Vries'),
          oordeel: 'wijzig',
          trainingen: { basistraining: '20-5-2016', terugkomdag: '12-3-2025' },
        },
        { persoonId: id('Joëlle Timmer'), oordeel: 'wijzig', trainingen: { basistraining: 'ja' } },
        { persoonId: id('Mehmet Ünal'), oordeel: 'wijzig', trainingen: { basistraining: '17-02-2018' } },
      ],
      overleggen: 'Veiligheidshuis Almere; Casusoverleg radicalisering',
    });
    expect(uitkomst).toEqual({ soort: 'gecorrigeerd', importId: expect.any(String) });
    const importId = (uitkomst as { importId: string }).importId;
    const samenvatting = (await store.importRecord(importId))!.samenvatting as {
      meldingen: unknown[];
      details: { toegevoegd: unknown[]; gewijzigd: unknown[] };
    };
    expect(samenvatting.meldingen).toEqual([]);
    expect(samenvatting.details.toegevoegd).toEqual([]);
    expect(samenvatting.details.gewijzigd).toEqual([
      {
        entiteit: 'organisatie',
        id: ggd.organisatieId,
        naam: 'GGD Almere',
        rij: 2,
        velden: [{ veld: 'overleg', voor: null, na: 'Casusoverleg radicalisering' }],
      },
      {
        entiteit: 'persoon',
        id: id('Joost de Vries'),
        naam: 'Joost de Vries',
        rij: 2,
        velden: [
          { veld: 'getraind', voor: '2016-05-18', na: '2016-05-20' },
          { veld: 'getraind (terugkomdag)', voor: null, na: '2025-03-12' },
        ],
      },
      {
        entiteit: 'persoon',
        id: id('Joëlle Timmer'),
        naam: 'Joëlle Timmer',
        rij: 4,
        velden: [{ veld: 'getraind', voor: null, na: 'ja' }],
      },
    ]);
  });

  it('records an answer whose corrections change nothing as a confirmation', async () => {
    const store = fx.stores.almere;
    const { links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'k-regisseur' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    const joost = (await openUitnodiging(store, ALMERE, ggd.token)).personen.find((p) => p.naam === 'Joost de Vries')!;
    const importsVoor = (await store.listImports()).totaal;
    expect(
      await answerUitnodiging(store, ALMERE, ggd.token, {
        personen: [{ persoonId: joost.persoonId, oordeel: 'wijzig', trainingen: { basistraining: 'ja' } }],
        overleggen: 'Veiligheidshuis Almere',
      }),
    ).toEqual({ soort: 'bevestigd' });
    expect((await store.listImports()).totaal).toBe(importsVoor);
  });
});
