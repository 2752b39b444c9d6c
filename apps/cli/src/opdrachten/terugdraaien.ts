import { revertImport } from '@netwerkregie/toepassing';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['revert <import-id> --gemeente <naam> [opties]'],
  uitleg: `Draait een toegepaste import terug: toevoegingen verwijderd, wijzigingen hersteld uit de historie.
Velden die later nog zijn gewijzigd blijven staan; de opdracht zegt welke wijziging dat tegenhoudt.`,
  opties: { ...GEMEENSCHAPPELIJK, json: { type: 'boolean', omschrijving: 'Schrijft de uitkomst als JSON.' } },
});

export const HULP = hulpVan(DEFINITIE);

export async function terugdraaien(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  const id = positionals[0];
  if (!id) throw new GebruikFout('Geef het id van de import op: netwerkregie revert <import-id> --gemeente <naam>.');
  const gemeente = loadGemeente(values.gemeente, values.config);
  // A refusal (unknown, never applied, already reverted) is a usage error: exit 2, in JSON with --json (index.ts).
  const uitkomst = await withStore(gemeente, values.db, (store) => revertImport(store, id, 'cli'));
  if (values.json) {
    io.stdout.write(`${JSON.stringify(uitkomst)}\n`);
  } else {
    io.stdout.write(
      `Import ${id} teruggedraaid: ${uitkomst.verwijderd} toevoegingen verwijderd, ${uitkomst.hersteld} velden hersteld.\n`,
    );
    for (const w of uitkomst.geweigerd)
      io.stdout.write(`  Niet teruggedraaid: ${w.entiteit} ${w.id} ${w.veld}: ${w.reden}\n`);
  }
  return uitkomst.geweigerd.length > 0 ? 1 : 0;
}
