/**
 * Amsterdam onboarded by configuration only (issue 8, point 3): its register of attention officers
 * (fixtures/amsterdam) imports with `--gemeente amsterdam` and nothing else, and the analysis sees
 * its aandachtsfunctionarissen model: several trained officers per organisation, its stadsdelen.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN } from '@netwerkregie/domain';
import { openStore } from '@netwerkregie/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './_testhulp.js';
import { voorbeeldlijst } from './opdrachten/starten.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
const werkmap = join(wortel, 'fixtures', 'amsterdam', 'aandachtsfunctionarissen.xlsx');
const verwacht = JSON.parse(readFileSync(join(wortel, 'fixtures', 'amsterdam', 'verwacht.json'), 'utf8'));
const amsterdam = GEMEENTEN.amsterdam!;
const PEILDATUM = '2025-03-01';

let db: string;
let eerste: ReturnType<Awaited<ReturnType<typeof cli>>['json']>;

async function momentopname() {
  const store = await openStore({ gemeente: 'amsterdam', pad: db });
  try {
    return { m: await store.momentopname(amsterdam), historie: (await store.historie({})).length };
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'nr-amsterdam-')), 'amsterdam.db');
  const r = await cli('import', werkmap, '--gemeente', 'amsterdam', '--db', db, '--json');
  expect([r.status, r.stderr.includes('Fout')]).toEqual([0, false]);
  eerste = r.json();
});

describe('importing the Amsterdam register with --gemeente amsterdam', () => {
  it('reads every sheet with a header, maps every column and rejects nothing', () => {
    expect({
      rijen: eerste.rijen,
      afgewezen: eerste.afgewezen,
      dubbel: eerste.dubbel,
      organisaties: eerste.organisaties,
      personen: eerste.personen,
      onbekendeKolommen: eerste.onbekendeKolommen,
      overgeslagenBladen: eerste.overgeslagenBladen,
      meldingen: eerste.meldingen,
    }).toEqual({
      rijen: 499,
      afgewezen: 0,
      dubbel: 0,
      organisaties: { toegevoegd: 130, gewijzigd: 0, ongewijzigd: 0 },
      personen: { toegevoegd: 360, gewijzigd: 0, ongewijzigd: 0, ontbrekend: 0 },
      onbekendeKolommen: [],
      overgeslagenBladen: [{ blad: 'Toelichting', reden: 'geen-kop' }],
      meldingen: [],
    });
    expect([eerste.rijen, eerste.organisaties.toegevoegd, eerste.personen.toegevoegd]).toEqual([
      verwacht.rijen,
      verwacht.organisaties,
      verwacht.personen,
    ]);
  });

  it('stores the attention officers, each training with its kind, and the stadsdelen', async () => {
    const { m } = await momentopname();
    expect([m.organisaties.length, m.personen.length, m.lidmaatschappen.length]).toEqual([130, 360, 369]);
    expect(m.lidmaatschappen.length).toBe(verwacht.lidmaatschappen);
    const af = m.lidmaatschappen.filter((l) => l.rollen.includes('aandachtfunctionaris'));
    expect(af.length).toBe(291);
    expect(af.length).toBe(verwacht.rollen.aandachtfunctionaris);
    // Several attention officers per organisation: the model, not an exception (83 of the 86).
    const perOrganisatie = new Map<string, number>();
    for (const l of af) perOrganisatie.set(l.organisatieId, (perOrganisatie.get(l.organisatieId) ?? 0) + 1);
    expect([perOrganisatie.size, [...perOrganisatie.values()].filter((n) => n >= 2).length]).toEqual([86, 83]);

    const perSoort = { basistraining: 0, terugkomdag: 0, verdieping: 0 };
    for (const t of m.trainingen) perSoort[t.soort]++;
    expect(perSoort).toEqual({ basistraining: 148, terugkomdag: 78, verdieping: 30 });
    expect(perSoort).toEqual(verwacht.trainingen);
    // "Soort training" without a date: trained, day unknown.
    expect(m.trainingen.filter((t) => t.datum === null).length).toBe(8);

    // Amsterdam's own words ("Stadsdeel Zuidoost", "Nieuw West", "Weesp (stadsgebied)", "Heel
    // Amsterdam", "stadsbreed") all end as its stadsdelen; the whole city counts in each.
    const heleStad = verwacht.perWijk['heel de stad'];
    expect(heleStad).toBe(23);
    for (const stadsdeel of amsterdam.wijken) {
      const aantal = m.organisaties.filter((o) => o.wijken.includes(stadsdeel)).length;
      expect([stadsdeel, aantal]).toEqual([stadsdeel, verwacht.perWijk[stadsdeel] + heleStad]);
    }
    expect(m.organisaties.filter((o) => o.wijken.includes('Weesp')).length).toBe(37);
  });

  it('is the sample `netwerkregie start --gemeente amsterdam` loads, named by its verwacht.json', () => {
    expect(verwacht.bestanden).toEqual(['aandachtsfunctionarissen.xlsx']);
    expect(voorbeeldlijst('amsterdam')).toBe(werkmap);
    expect(voorbeeldlijst('almere')).toBe(join(wortel, 'fixtures', 'almere', 'contactlijst.csv'));
  });

  it('changes nothing when the same register is imported again', async () => {
    const voor = await momentopname();
    const r = await cli('import', werkmap, '--gemeente', 'amsterdam', '--db', db, '--json');
    expect(r.status).toBe(0);
    const s = r.json();
    expect([s.afgewezen, s.organisaties, s.personen, s.meldingen]).toEqual([
      0,
      { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 130 },
      { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 360, ontbrekend: 0 },
      [],
    ]);
    const na = await momentopname();
    expect(na.historie).toBe(voor.historie);
    expect([na.m.lidmaatschappen.length, na.m.trainingen.length, na.m.contactmomenten.length]).toEqual([
      voor.m.lidmaatschappen.length,
      voor.m.trainingen.length,
      voor.m.contactmomenten.length,
    ]);
  });
});

describe('exporting the Amsterdam list', () => {
  it('keeps every training with its kind: the export re-imports as unchanged, and into an empty store as the same list', async () => {
    const { m } = await momentopname();
    const perSoort = (trainingen: typeof m.trainingen) => trainingen.map((t) => `${t.soort}|${t.datum ?? ''}`).sort();
    for (const formaat of ['csv', 'xlsx']) {
      const uit = join(mkdtempSync(join(tmpdir(), 'nr-amsterdam-export-')), `lijst.${formaat}`);
      const e = await cli('export', '--gemeente', 'amsterdam', '--db', db, '--format', formaat, '--out', uit);
      expect(e.status).toBe(0);
      const terug = await cli('import', uit, '--gemeente', 'amsterdam', '--db', db, '--json', '--dry-run');
      const s = terug.json();
      expect([formaat, s.afgewezen, s.organisaties.gewijzigd, s.personen.gewijzigd, s.meldingen]).toEqual([
        formaat,
        0,
        0,
        0,
        [],
      ]);
      const leeg = join(mkdtempSync(join(tmpdir(), 'nr-amsterdam-leeg-')), 'amsterdam.db');
      expect((await cli('import', uit, '--gemeente', 'amsterdam', '--db', leeg)).status).toBe(0);
      const store = await openStore({ gemeente: 'amsterdam', pad: leeg });
      const kopie = await store.momentopname(amsterdam);
      await store.close();
      // Ids differ between stores; the trainings (kind and date) and the counts do not.
      expect([kopie.personen.length, kopie.lidmaatschappen.length]).toEqual([360, 369]);
      expect(perSoort(kopie.trainingen)).toEqual(perSoort(m.trainingen));
    }
  });
});

describe('analysing the Amsterdam network', () => {
  const rapport = async () =>
    (await cli('report', '--gemeente', 'amsterdam', '--db', db, '--format', 'json', '--peildatum', PEILDATUM)).json();
  interface Indicator {
    id: string;
    waarde: number;
    status: string;
    betreft: string[];
    details: Record<string, unknown>;
  }
  const indicator = (r: { indicatoren: Indicator[] }, id: string) => r.indicatoren.find((i) => i.id === id)!;

  it('measures the trained attention officers against Amsterdam’s own thresholds', async () => {
    const training = indicator(await rapport(), 'training');
    // 256 of the 288 attention officers have a training on record; no first-line workers in this model.
    expect(training.waarde).toBe(256 / 288);
    expect(training.waarde).toBe(
      verwacht.getraindPerRol.aandachtfunctionaris.getraind / verwacht.getraindPerRol.aandachtfunctionaris.personen,
    );
    // Amsterdam asks 90% (drempels.indicatoren.training); the default 80% would call this good.
    expect(amsterdam.drempels.indicatoren.training).toEqual({ aandacht: 0.9, zorgelijk: 0.75 });
    expect(training.status).toBe('aandacht');
    expect(training.betreft).toHaveLength(32);
    expect(training.details.perRol).toEqual({ aandachtfunctionaris: { totaal: 288, getraind: 256 } });
    expect(training.details.perDomein).toEqual([
      { domein: 'veiligheid', totaal: 53, getraind: 45 },
      { domein: 'zorg', totaal: 65, getraind: 56 },
      { domein: 'onderwijs', totaal: 70, getraind: 66 },
      { domein: 'jeugd-en-welzijn', totaal: 80, getraind: 73 },
      { domein: 'gemeente', totaal: 17, getraind: 14 },
      { domein: 'overig', totaal: 6, getraind: 5 },
    ]);
  });

  it('covers every stadsdeel, Weesp included, in each domain', async () => {
    const wijkdekking = indicator(await rapport(), 'wijkdekking');
    expect([wijkdekking.waarde, wijkdekking.status, wijkdekking.details.ontbrekend]).toEqual([0, 'goed', []]);
    expect(wijkdekking.details.partners).toEqual({
      Centrum: { veiligheid: 5, zorg: 10, onderwijs: 5, 'jeugd-en-welzijn': 6 },
      'Nieuw-West': { veiligheid: 7, zorg: 11, onderwijs: 4, 'jeugd-en-welzijn': 7 },
      Noord: { veiligheid: 5, zorg: 9, onderwijs: 4, 'jeugd-en-welzijn': 8 },
      Oost: { veiligheid: 5, zorg: 10, onderwijs: 6, 'jeugd-en-welzijn': 6 },
      West: { veiligheid: 4, zorg: 10, onderwijs: 7, 'jeugd-en-welzijn': 8 },
      Zuid: { veiligheid: 5, zorg: 7, onderwijs: 3, 'jeugd-en-welzijn': 6 },
      Zuidoost: { veiligheid: 6, zorg: 10, onderwijs: 6, 'jeugd-en-welzijn': 6 },
      Weesp: { veiligheid: 4, zorg: 9, onderwijs: 4, 'jeugd-en-welzijn': 9 },
    });
  });

  it('finds the organisations without, or with two, contact persons among their officers', async () => {
    const c = indicator(await rapport(), 'contactpersoon-radicalisering');
    const details = c.details as { zonder: string[]; meerdere: string[]; partners: number };
    expect([details.zonder.length, details.meerdere.length, details.partners]).toEqual([10, 3, 86]);
    expect([details.zonder.length, details.meerdere.length]).toEqual([
      verwacht.organisatiesMetPersonenZonderContactpersoon,
      verwacht.organisatiesMetTweeContactpersonen,
    ]);
    expect(c.waarde).toBe(13 / 86);
    // Above Amsterdam's 15%.
    expect(c.status).toBe('zorgelijk');
  });

  it('puts untrained officers on the worklist', async () => {
    const r = await cli('worklist', '--gemeente', 'amsterdam', '--db', db, '--json', '--peildatum', PEILDATUM);
    expect(r.status).toBe(0);
    const lijst = r.json() as { peildatum: string; partners: Array<{ naam: string; redenen: string[] }> };
    expect([lijst.peildatum, lijst.partners.length]).toEqual([PEILDATUM, 10]);
    expect(
      lijst.partners
        .map((p) => [p.naam, p.redenen.filter((reden) => reden.endsWith('aandachtfunctionarissen getraind.'))])
        .filter(([, redenen]) => redenen!.length > 0),
    ).toEqual([
      ['Veiligheidshuis Amsterdam', ['3 van 4 eerstelijnswerkers en aandachtfunctionarissen getraind.']],
      ['Horizon College', ['1 van 2 eerstelijnswerkers en aandachtfunctionarissen getraind.']],
    ]);
  });
});
