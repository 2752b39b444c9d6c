// A network scan with the packages alone, no API: import the Almere sample into an in-memory
// store, analyse the network on a fixed peildatum and print the ten indicators and the top of the
// network director's worklist. The asserts make this script fail when the packages change
// behaviour. It imports the packages by name, so it runs their built dist as a user gets it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '@netwerkregie/analysis';
import { findGemeente } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore } from '@netwerkregie/store';

const bestand = fileURLToPath(new URL('../fixtures/almere/contactlijst.csv', import.meta.url));
const verwacht = JSON.parse(readFileSync(new URL('../fixtures/almere/verwacht.json', import.meta.url), 'utf8'));
// The sample's own peildatum, so the contact terms and the result do not move with the calendar.
const PEILDATUM = verwacht.generator.peildatum;

const gemeente = findGemeente('almere');
assert.ok(gemeente, 'gemeente almere ontbreekt in @netwerkregie/domain');
const store = await openStore({ gemeente: gemeente.slug, pad: ':memory:' });
try {
  // 1. Import: read, map, normalise, validate, match, plan and apply in one transaction.
  const uitkomst = await importSheet(store, { pad: bestand, gemeente, actor: 'voorbeeld' });
  assert.equal(uitkomst.toegepast, true);
  assert.equal(uitkomst.rijen, verwacht.rijen);
  assert.equal(uitkomst.afgewezen, 0);
  assert.equal(uitkomst.organisaties.toegevoegd, verwacht.organisaties);
  assert.equal(uitkomst.personen.toegevoegd, verwacht.personen);
  console.log(
    `Import van ${uitkomst.bestand}: ${uitkomst.rijen} rijen, ${uitkomst.organisaties.toegevoegd} organisaties en ` +
      `${uitkomst.personen.toegevoegd} personen toegevoegd, ${uitkomst.afgewezen} rijen afgewezen.`,
  );

  // Importing the same file again changes nothing.
  const nogmaals = await importSheet(store, { pad: bestand, gemeente, actor: 'voorbeeld' });
  assert.equal(nogmaals.organisaties.ongewijzigd, verwacht.organisaties);
  assert.equal(nogmaals.personen.ongewijzigd, verwacht.personen);
  assert.equal(nogmaals.organisaties.toegevoegd + nogmaals.personen.toegevoegd, 0);

  // 2. Analysis of a snapshot of the store.
  const rapport = analyse(await store.momentopname(gemeente, PEILDATUM));
  console.log(`\nGezondheid van het netwerk van ${rapport.gemeente.naam}, peildatum ${rapport.peildatum}\n`);
  console.table(
    rapport.indicatoren.map((i) => ({
      indicator: i.id,
      waarde: Number(i.waarde.toFixed(3)),
      status: i.status,
      betreft: i.betreft.length,
    })),
  );

  const indicator = (id) => {
    const gevonden = rapport.indicatoren.find((i) => i.id === id);
    assert.ok(gevonden, `indicator ${id} ontbreekt`);
    return gevonden;
  };
  assert.equal(rapport.indicatoren.length, 11);
  // The import itself confirms every organisation it names: nothing rests on unconfirmed data yet.
  assert.equal(indicator('actualiteit').waarde, 0);
  // 20 organisations lack a radicalisation contact person and 4 have two (verwacht.json); the
  // indicator asks it of formal partners only: 14 of them, 14/88.
  assert.equal(indicator('contactpersoon-radicalisering').betreft.length, 14);
  assert.equal(indicator('contactpersoon-radicalisering').waarde, 14 / 88);
  assert.equal(indicator('veiligheid-zorg').betreft.length, 10);
  assert.equal(indicator('wijkdekking').waarde, 0);
  assert.equal(indicator('overlegdruk').waarde, 1);
  assert.equal(indicator('regisseurkandidaten').betreft.length, 10);

  // 3. The worklist: whom to call first.
  const { partners, introducties } = rapport.werklijst;
  console.log('\nWerklijst (top 10)\n');
  console.table(
    partners.slice(0, 10).map((p) => ({
      partner: p.naam,
      domein: p.domein,
      score: p.score,
      'laatste contact': p.laatsteContact ?? 'nooit',
      reden: p.redenen[0],
    })),
  );
  for (const i of introducties) console.log(`Introductie: ${i.tekst}`);

  assert.equal(partners.length, 10);
  assert.equal(partners[0].naam, 'Jongerenwerk Het Anker');
  // 5.33 for being out of touch, without a contact person, a weak link and half-trained, plus 0.5:
  // both its trained members were last trained more than two years ago (terugkomdag nodig, §4).
  assert.equal(partners[0].score, 5.83);
  assert.equal(introducties.length, 3);
  console.log('\nAlle controles geslaagd.');
} finally {
  await store.close();
}
