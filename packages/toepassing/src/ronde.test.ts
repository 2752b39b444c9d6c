import {
  answerUitnodiging,
  applyPlannedImport,
  createSegment,
  gemeenteVanToken,
  openUitnodiging,
  type RondeLink,
  rejectImport,
  revertImport,
  revokeRonde,
  startRonde,
  ToepassingFout,
  voortgangRonde,
} from '@netwerkregie/toepassing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, createFixture, type Fixture } from './_testhulp.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(() => fx.opruimen());

const vandaag = new Date().toISOString().slice(0, 10);
/** The formal organisations where someone is contactpersoon-radicalisering in the safety domain, by name. */
const SEGMENT_ORGANISATIES = [
  'Halt Almere',
  'Openbaar Ministerie Almere',
  'Politie Almere Regionaal Team Radicalisering',
  'Politie basisteam Almere Buiten',
  'Politie basisteam Almere Haven',
  'Politie basisteam Almere Hout',
  'Politie basisteam Almere Pampus',
  'Politie basisteam Almere Poort',
  'Politie basisteam Almere Stad',
  'Raad voor de Kinderbescherming Almere',
  'Reclassering Almere',
  'Veiligheidshuis Almere',
];
/** The same in Almere Haven (or in no district: the whole city). */
const SEGMENT_IN_HAVEN = [
  'Halt Almere',
  'Openbaar Ministerie Almere',
  'Politie Almere Regionaal Team Radicalisering',
  'Politie basisteam Almere Haven',
  'Raad voor de Kinderbescherming Almere',
  'Reclassering Almere',
  'Veiligheidshuis Almere',
];
const fout = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ToepassingFout) return [e.code, e.melding];
    throw e;
  }
  return 'geen fout';
};

describe('a confirmation round', () => {
  it('invites the formal partners of a selection, each with its own link, and tracks progress', async () => {
    const store = fx.stores.almere;
    const { ronde, links } = await startRonde(store, ALMERE, {
      selectie: { domein: 'zorg' },
      actor: 'k-regisseur',
      nu: new Date(`${vandaag}T08:00:00Z`),
    });
    const zorg = (await store.listOrganisaties({ domein: 'zorg', netwerk: 'formeel' }, { limiet: 1000 })).items;
    expect(links.map((l) => l.organisatie).sort()).toEqual(zorg.map((o) => o.naam).sort());
    expect(new Set(links.map((l) => l.token)).size).toBe(links.length);
    expect(links.every((l) => gemeenteVanToken(l.token) === 'almere')).toBe(true);
    const v = await voortgangRonde(store, ronde.id);
    expect(v.totalen.openstaand).toBe(links.length);
    expect(v.organisaties.every((o) => o.status === 'openstaand')).toBe(true);

    expect(await fout(startRonde(store, ALMERE, { selectie: { wijk: 'Atlantis' }, actor: 'x' }))).toEqual([
      'invoer.ongeldig',
      '"Atlantis" is geen wijk van Almere.',
    ]);
    expect(await fout(startRonde(store, ALMERE, { selectie: { domein: 'gemeenschap' }, actor: 'x' }))).toEqual([
      'ronde.leeg',
      'Geen enkele formele partner past bij deze keuze; er is geen ronde gestart.',
    ]);
    expect(await fout(voortgangRonde(store, 'r-onbekend'))).toEqual([
      'ronde.onbekend',
      'Bevestigingsronde r-onbekend bestaat niet.',
    ]);
  });

  it('shows a partner only its own entries; corrections become a plan the beheerder applies and can revert', async () => {
    const store = fx.stores.almere;
    const { ronde, links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'k-regisseur' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    const gezien = await openUitnodiging(store, ALMERE, ggd.token);
    expect(gezien.organisatie).toEqual({
      id: ggd.organisatieId,
      naam: 'GGD Almere',
      domein: 'zorg',
      netwerk: 'formeel',
    });
    expect(gezien.personen.map((p) => [p.naam, p.functie, p.email, p.telefoon])).toEqual([
      ['Annelies Schouten', 'Jeugdverpleegkundige', 'annelies.schouten@ggd-almere.example.org', '+31612340578'],
      ['Joëlle Timmer', 'Jeugdverpleegkundige', 'joelle.timmer@ggd-almere.example.org', null],
      ['Joost de Vries', 'Jeugdarts', 'joost.devries@ggd-almere.example.org', '+31612346821'],
      ['Mehmet Ünal', 'Jeugdverpleegkundige', 'mehmet.unal@ggd-almere.example.org', '+31361230529'],
    ]);
    const [annelies, joelle, joost, mehmet] = gezien.personen.map((p) => p.persoonId) as [
      string,
      string,
      string,
      string,
    ];
    expect(
      (await voortgangRonde(store, ronde.id)).organisaties.find((o) => o.organisatieId === ggd.organisatieId)?.status,
    ).toBe('geopend');
    const views = await store.listAudit({ actor: `partner:${ggd.organisatieId}` });
    expect(views.items.map((r) => [r.actie, r.route])).toEqual([['lezen', '/bevestigen/{token}']]);

    // A bad phone number: the import's own message beside the field, nothing written.
    const importsVoor = (await store.listImports()).totaal;
    const ongeldig = await answerUitnodiging(store, ALMERE, ggd.token, {
      personen: [
        { persoonId: joost, oordeel: 'wijzig', telefoon: '0612' },
        { oordeel: 'nieuw', naam: 'Noor Verzonnen', email: 'noor@@ggd-almere.example.org' },
      ],
    });
    expect(ongeldig).toEqual({
      soort: 'ongeldig',
      problemen: [
        { persoon: 0, veld: 'telefoon', melding: 'Het telefoonnummer "0612" is ongeldig.' },
        { persoon: 1, veld: 'email', melding: 'Het e-mailadres "noor@@ggd-almere.example.org" is ongeldig.' },
      ],
    });
    expect((await store.listImports()).totaal).toBe(importsVoor);

    const uitkomst = await answerUitnodiging(store, ALMERE, ggd.token, {
      personen: [
        { persoonId: annelies, oordeel: 'klopt' },
        { persoonId: joost, oordeel: 'wijzig', telefoon: '06 2345 6789', functie: 'Jeugdarts' },
        { persoonId: mehmet, oordeel: 'vertrokken' },
        {
          oordeel: 'nieuw',
          naam: 'Noor Verzonnen',
          functie: 'Jeugdarts',
          email: 'noor.verzonnen@ggd-almere.example.org',
        },
        { oordeel: 'nieuw' },
        { persoonId: joelle, oordeel: 'klopt' },
      ],
    });
    expect(uitkomst).toEqual({ soort: 'gecorrigeerd', importId: expect.any(String) });
    const importId = (uitkomst as { importId: string }).importId;
    const record = (await store.importRecord(importId))!;
    expect([record.status, record.actor]).toEqual(['gepland', `partner:${ggd.organisatieId}`]);
    const details = (record.samenvatting as { details: { toegevoegd: unknown[]; gewijzigd: unknown[] } }).details;
    expect(details.toegevoegd).toEqual([expect.objectContaining({ entiteit: 'persoon', naam: 'Noor Verzonnen' })]);
    expect(details.gewijzigd).toEqual([
      expect.objectContaining({
        naam: 'Joost de Vries',
        velden: [{ veld: 'telefoon', voor: '+31612346821', na: '+31623456789' }],
      }),
      expect.objectContaining({
        naam: 'Mehmet Ünal',
        velden: [{ veld: 'einde (GGD Almere)', voor: null, na: vandaag }],
      }),
    ]);
    // Nothing changed yet: a plan is not a write.
    expect((await store.persoon(joost))?.telefoon).toBe('+31612346821');
    expect(await fout(answerUitnodiging(store, ALMERE, ggd.token, { personen: [] }))).toEqual([
      'uitnodiging.beantwoord',
      'Deze link is al beantwoord; dank u wel.',
    ]);

    const inhoud = (await store.importBestand(importId))!;
    await applyPlannedImport(store, ALMERE, { importId, inhoud, actor: 'k-beheerder', trend: async () => {} });
    expect((await store.persoon(joost))?.telefoon).toBe('+31623456789');
    expect((await store.bevestigingen()).find((b) => b.organisatieId === ggd.organisatieId)?.bevestigdOp).toBe(vandaag);
    await revertImport(store, importId, 'k-beheerder');
    expect((await store.persoon(joost))?.telefoon).toBe('+31612346821');
    expect(await store.persoonOpEmail('noor.verzonnen@ggd-almere.example.org')).toBeUndefined();
  });

  it('records a confirmation without changes as a date only, and refuses revoked, unknown and foreign links', async () => {
    const store = fx.stores.almere;
    const { ronde, links } = await startRonde(store, ALMERE, {
      selectie: { domein: 'veiligheid' },
      actor: 'k-regisseur',
    });
    const [eerste, tweede] = links as [RondeLink, RondeLink];
    const importsVoor = (await store.listImports()).totaal;
    expect(await answerUitnodiging(store, ALMERE, eerste.token, { personen: [] })).toEqual({ soort: 'bevestigd' });
    expect((await store.listImports()).totaal).toBe(importsVoor);
    expect((await store.bevestigingen()).find((b) => b.organisatieId === eerste.organisatieId)?.bevestigdOp).toBe(
      vandaag,
    );
    const ander = (await openUitnodiging(store, ALMERE, tweede.token)).personen;
    // A person of another organisation cannot be named.
    const vreemd = await answerUitnodiging(store, ALMERE, tweede.token, {
      personen: [{ persoonId: 'p-onbekend', oordeel: 'vertrokken' }],
    });
    expect(vreemd).toEqual({
      soort: 'ongeldig',
      problemen: [{ persoon: 0, veld: 'persoonId', melding: 'Deze persoon hoort niet bij uw organisatie.' }],
    });
    expect(ander.length).toBeGreaterThan(0);
    expect(await revokeRonde(store, ronde.id, tweede.organisatieId)).toBe(1);
    expect(await revokeRonde(store, ronde.id, eerste.organisatieId)).toBe(0);
    for (const token of [tweede.token, 'bv_almere_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'onzin']) {
      expect(await fout(openUitnodiging(store, ALMERE, token))).toEqual([
        'uitnodiging.ongeldig',
        'Deze link is onbekend, verlopen of ingetrokken.',
      ]);
    }
    const v = await voortgangRonde(store, ronde.id);
    expect([v.totalen.bevestigd, v.totalen.ingetrokken, v.totalen.openstaand]).toEqual([1, 1, links.length - 2]);
  });

  it('invites the formal organisations of a saved segment, by id or name; refuses unknown, ambiguous and informal ones', async () => {
    const store = fx.stores.almere;
    const segment = await createSegment(
      store,
      ALMERE,
      { naam: 'Radicalisering veiligheid', domeinen: ['veiligheid'], rollen: ['contactpersoon-radicalisering'] },
      { actor: 'k-regisseur' },
    );
    const rondesVoor = (await store.listRondes()).length;
    const { ronde, links } = await startRonde(store, ALMERE, {
      selectie: { segment: ' radicalisering VEILIGHEID ' },
      actor: 'k-regisseur',
    });
    expect(ronde.selectie).toEqual({ segment: segment.id });
    expect(links.map((l) => l.organisatie)).toEqual(SEGMENT_ORGANISATIES);
    const opId = await startRonde(store, ALMERE, {
      selectie: { segment: segment.id, wijk: 'Almere Haven' },
      actor: 'x',
    });
    expect(opId.links.map((l) => l.organisatie)).toEqual(SEGMENT_IN_HAVEN);
    expect((await store.listRondes()).length).toBe(rondesVoor + 2);

    const informeel = await createSegment(
      store,
      ALMERE,
      { naam: 'Sleutelfiguren', rollen: ['sleutelfiguur'], netwerk: 'informeel' },
      { actor: 'k-regisseur' },
    );
    expect(await fout(startRonde(store, ALMERE, { selectie: { segment: informeel.id }, actor: 'x' }))).toEqual([
      'invoer.ongeldig',
      'Segment "Sleutelfiguren" heeft geen formele partners; er is geen ronde gestart.',
    ]);
    expect(await fout(startRonde(store, ALMERE, { selectie: { segment: 'jeugd' }, actor: 'x' }))).toEqual([
      'verwijzing.onbekend',
      'Segment jeugd bestaat niet.',
    ]);
    const tweede = await createSegment(store, ALMERE, { naam: 'Sleutelfiguren', domeinen: ['zorg'] }, { actor: 'x' });
    const dubbel = await fout(startRonde(store, ALMERE, { selectie: { segment: 'sleutelfiguren' }, actor: 'x' }));
    expect(dubbel).toEqual([
      'invoer.ongeldig',
      `Er zijn 2 segmenten met de naam "sleutelfiguren"; kies er een met het id: ${[informeel.id, tweede.id].sort().join(', ')}.`,
    ]);
    expect((await store.listRondes()).length).toBe(rondesVoor + 2);
  });

  it('lets the beheerder reject a partner’s plan: never applied, the invitation shows afgewezen, the list unchanged', async () => {
    const store = fx.stores.almere;
    const { ronde, links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'k-regisseur' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    const joost = (await openUitnodiging(store, ALMERE, ggd.token)).personen.find((p) => p.naam === 'Joost de Vries')!;
    const uitkomst = await answerUitnodiging(store, ALMERE, ggd.token, {
      personen: [{ persoonId: joost.persoonId, oordeel: 'wijzig', telefoon: '06 2345 6780' }],
    });
    const { importId } = uitkomst as { importId: string };

    expect(await fout(rejectImport(store, importId, { reden: 'x'.repeat(201) }))).toEqual([
      'invoer.ongeldig',
      'Een reden is hoogstens 200 tekens, niet 201.',
    ]);
    expect((await store.importRecord(importId))?.status).toBe('gepland');
    const bevestigdVoor = await store.bevestigingen();
    const nu = new Date('2026-03-04T10:00:00.000Z');
    const afgewezen = await rejectImport(store, importId, { reden: '  Nummer is van de receptie. ', nu });
    expect([afgewezen.status, afgewezen.afgewezenOp, afgewezen.afwijzingsreden]).toEqual([
      'afgewezen',
      '2026-03-04T10:00:00.000Z',
      'Nummer is van de receptie.',
    ]);
    expect(await store.importRecord(importId)).toEqual(afgewezen);
    const regel = (await voortgangRonde(store, ronde.id)).organisaties.find(
      (o) => o.organisatieId === ggd.organisatieId,
    );
    expect([regel?.status, regel?.importId]).toEqual(['afgewezen', importId]);
    expect((await voortgangRonde(store, ronde.id)).totalen.afgewezen).toBe(1);

    const inhoud = (await store.importBestand(importId))!;
    expect(
      await fout(applyPlannedImport(store, ALMERE, { importId, inhoud, actor: 'k-beheerder', trend: async () => {} })),
    ).toEqual(['import.al-afgewezen', 'Deze import is al afgewezen.']);
    expect(await fout(rejectImport(store, importId))).toEqual([
      'import.niet-gepland',
      'Deze import is al afgewezen; alleen een geplande import kan worden afgewezen.',
    ]);
    expect(await fout(revertImport(store, importId, 'k-beheerder'))).toEqual([
      'import.niet-toegepast',
      `Import ${importId} is nooit toegepast.`,
    ]);
    expect(await fout(rejectImport(store, 'i-onbekend'))).toEqual([
      'import.onbekend',
      'Import i-onbekend bestaat niet.',
    ]);
    expect((await store.persoon(joost.persoonId))?.telefoon).toBe('+31612346821');
    expect(await store.bevestigingen()).toEqual(bevestigdVoor);
  });
});
