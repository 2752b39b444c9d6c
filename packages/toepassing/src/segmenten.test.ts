import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { openStore, type Store } from '@netwerkregie/store';
import {
  createSegment,
  deleteSegment,
  exportLeden,
  listSegmenten,
  segmentLeden,
  ToepassingFout,
} from '@netwerkregie/toepassing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ALMERE = GEMEENTEN.almere as Gemeente;
const BRON = { actor: 'test' };
const ACTOR = { actor: 'test' };
let store: Store;

/**
 * A small town: a care team in Haven (Fenna, contact person; Noor, also at the mosque), the police
 * for the whole city (Jurre, attention officer, in the casusoverleg), a mosque in Haven (informal).
 */
beforeEach(async () => {
  store = await openStore({ gemeente: 'almere', pad: ':memory:' });
  const org = (id: string, naam: string, domein: 'zorg' | 'veiligheid' | 'gemeenschap', wijken: string[]) =>
    store.upsertOrganisatie(
      { id, naam, domein, netwerk: domein === 'gemeenschap' ? 'informeel' : 'formeel', soort: null, wijken },
      BRON,
    );
  await org('o-wijkteam', 'Wijkteam Haven', 'zorg', ['Almere Haven']);
  await org('o-politie', 'Politie Almere', 'veiligheid', []);
  await org('o-moskee', 'Moskee Haven', 'gemeenschap', ['Almere Haven']);
  const persoon = (id: string, naam: string, email: string | null, telefoon: string | null) =>
    store.upsertPersoon({ id, naam, email, telefoon }, BRON);
  await persoon('p-fenna', 'Fenna Proef', 'fenna@wijkteam.example.org', '+31612345671');
  await persoon('p-noor', 'Noor; "Dubbel"', null, null);
  await persoon('p-jurre', 'Jurre Test', 'jurre+werk@politie.example.org', null);
  const lid = (id: string, p: string, o: string, functie: string, rollen: string[], einde: string | null = null) =>
    store.upsertLidmaatschap(
      { id, persoonId: p, organisatieId: o, functie, rollen: rollen as never, begin: null, einde },
      BRON,
    );
  await lid('l-1', 'p-fenna', 'o-wijkteam', '@wijkcoach', ['contactpersoon-radicalisering']);
  await lid('l-2', 'p-noor', 'o-wijkteam', 'jongerenwerker', ['eerstelijnswerker']);
  await lid('l-3', 'p-noor', 'o-moskee', 'vrijwilliger', ['sleutelfiguur']);
  await lid('l-4', 'p-jurre', 'o-politie', 'wijkagent', ['aandachtfunctionaris']);
  await store.upsertOverleg({ id: 'ov-casus', naam: 'Casusoverleg', soort: null }, BRON);
  await store.upsertDeelname({ id: 'd-1', overlegId: 'ov-casus', organisatieId: null, persoonId: 'p-jurre' }, BRON);
});
afterEach(() => store.close());

const leden = async (criteria: Parameters<typeof createSegment>[2], s: Store = store) => {
  const segment = await createSegment(store, ALMERE, criteria, ACTOR);
  return (await segmentLeden(s, ALMERE, segment.id, '2026-01-01')).leden;
};
const namen = async (criteria: Parameters<typeof createSegment>[2], s?: Store) =>
  (await leden(criteria, s)).map((l) => [l.naam, l.organisaties.map((o) => o.naam)]);

describe('segments', () => {
  it('select persons by domain, district, role, meeting and network of one membership', async () => {
    expect(await namen({ naam: 'alles' })).toEqual([
      ['Fenna Proef', ['Wijkteam Haven']],
      ['Jurre Test', ['Politie Almere']],
      ['Noor; "Dubbel"', ['Moskee Haven', 'Wijkteam Haven']],
    ]);
    // The police has no districts: it works in the whole city, Haven included.
    expect(await namen({ naam: 'Haven', wijken: ['Almere Haven'], netwerk: 'formeel' })).toEqual([
      ['Fenna Proef', ['Wijkteam Haven']],
      ['Jurre Test', ['Politie Almere']],
      ['Noor; "Dubbel"', ['Wijkteam Haven']],
    ]);
    expect(await namen({ naam: 'sleutelfiguren', rollen: ['sleutelfiguur', 'aandachtfunctionaris'] })).toEqual([
      ['Jurre Test', ['Politie Almere']],
      ['Noor; "Dubbel"', ['Moskee Haven']],
    ]);
    // Domain and role must hold for the same membership: Noor's care membership has no key-figure role.
    expect(await namen({ naam: 'zorg-sleutel', domeinen: ['zorg'], rollen: ['sleutelfiguur'] })).toEqual([]);
    expect(await namen({ naam: 'casus', overleggen: ['ov-casus'] })).toEqual([['Jurre Test', ['Politie Almere']]]);
  });

  it('give a lezer formal persons and formal memberships only', async () => {
    expect(await namen({ naam: 'alles' }, store.withZicht('formeel'))).toEqual([
      ['Fenna Proef', ['Wijkteam Haven']],
      ['Jurre Test', ['Politie Almere']],
      ['Noor; "Dubbel"', ['Wijkteam Haven']],
    ]);
    expect(await namen({ naam: 'informeel', netwerk: 'informeel' }, store.withZicht('formeel'))).toEqual([]);
  });

  it('leave out memberships that ended before the day', async () => {
    await store.upsertLidmaatschap(
      {
        id: 'l-4',
        persoonId: 'p-jurre',
        organisatieId: 'o-politie',
        functie: 'wijkagent',
        rollen: ['aandachtfunctionaris'],
        begin: null,
        einde: '2025-12-31',
      },
      BRON,
    );
    expect((await namen({ naam: 'politie', domeinen: ['veiligheid'] })).length).toBe(0);
  });

  it('refuse unknown districts and meetings and words outside the vocabulary, keeping nothing', async () => {
    const fout = await createSegment(
      store,
      ALMERE,
      { naam: 'x', wijken: ['Almere Centrum'], overleggen: ['ov-weg'] },
      ACTOR,
    ).catch((e) => e);
    expect(fout).toBeInstanceOf(ToepassingFout);
    expect([fout.code, fout.velden]).toEqual([
      'verwijzing.onbekend',
      [
        { veld: 'wijken', reden: '"Almere Centrum" is geen wijk van Almere.' },
        { veld: 'overleggen', reden: 'Overleg ov-weg bestaat niet.' },
      ],
    ]);
    const ongeldig = await createSegment(store, ALMERE, { naam: ' ', domeinen: ['sport' as never] }, ACTOR).catch(
      (e) => e,
    );
    expect([ongeldig.code, ongeldig.melding]).toEqual([
      'invoer.ongeldig',
      'Naam van het segment is leeg. Onbekend domein; kies uit veiligheid, zorg, onderwijs, jeugd-en-welzijn, gemeenschap, gemeente, overig.',
    ]);
    expect((await listSegmenten(store)).totaal).toBe(0);
  });

  it('are removed, and an unknown one is segment.onbekend', async () => {
    const s = await createSegment(store, ALMERE, { naam: 'weg' }, ACTOR);
    await deleteSegment(store, s.id, ACTOR);
    const fout = await segmentLeden(store, ALMERE, s.id).catch((e) => e);
    expect([fout.code, fout.melding]).toEqual(['segment.onbekend', `Segment ${s.id} bestaat niet.`]);
  });
});

describe('exportLeden', () => {
  it('writes CSV for Dutch Excel: BOM, semicolons, CRLF, quotes and neutralised formulas', async () => {
    const csv = exportLeden(await leden({ naam: 'alles' }), 'csv');
    expect([csv.mediatype, csv.extensie]).toEqual(['text/csv; charset=utf-8', 'csv']);
    expect(csv.inhoud).toBe(
      '\uFEFFNaam;Organisatie;Functie;Rollen;E-mail;Telefoon\r\n' +
        "Fenna Proef;Wijkteam Haven;'@wijkcoach;contactpersoon-radicalisering;fenna@wijkteam.example.org;'+31612345671\r\n" +
        'Jurre Test;Politie Almere;wijkagent;aandachtfunctionaris;jurre+werk@politie.example.org;\r\n' +
        `"Noor; ""Dubbel""";Moskee Haven, Wijkteam Haven;vrijwilliger, jongerenwerker;sleutelfiguur, eerstelijnswerker;;\r\n`,
    );
  });

  it('writes a mailto list in bcc and names who has no address', async () => {
    const m = exportLeden(await leden({ naam: 'alles' }), 'mailto');
    expect(m.inhoud).toBe(
      '# 2 van 3 leden met een e-mailadres, in bcc.\r\n' +
        '# Zonder e-mailadres: Noor; "Dubbel".\r\n' +
        'mailto:?bcc=fenna@wijkteam.example.org,jurre%2Bwerk@politie.example.org\r\n',
    );
  });

  it('writes vCard 4.0, one card per member', async () => {
    const v = exportLeden(await leden({ naam: 'alles' }), 'vcard');
    expect(v.mediatype).toBe('text/vcard; charset=utf-8');
    expect(v.inhoud.match(/BEGIN:VCARD\r\nVERSION:4.0/g)?.length).toBe(3);
    expect(v.inhoud).toContain('FN:Noor\\; "Dubbel"\r\nORG:Moskee Haven\r\nORG:Wijkteam Haven\r\n');
  });
});
