import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['audit verify --gemeente <naam> [opties]'],
  uitleg: `Controleert de hashketen van de audit en van de beveiligingsgebeurtenissen: elke regel bevat de hash
van zijn inhoud en van de regel ervoor. Exit 0 als de keten intact is, exit 1 met het id van de eerste
regel die niet klopt (gewijzigd, tussengevoegd of verwijderd).`,
  opties: GEMEENSCHAPPELIJK,
});

export const HULP = hulpVan(DEFINITIE);

const TABEL = { audit: 'auditregel', beveiligingsgebeurtenissen: 'beveiligingsgebeurtenis' } as const;

export async function audit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  if (positionals[0] !== 'verify') throw new GebruikFout('Kies verify: netwerkregie audit verify --gemeente <naam>.');
  const gemeente = loadGemeente(values.gemeente, values.config);
  const uitkomst = await withStore(gemeente, values.db, (store) => store.verifyKeten(), { alleenLezen: true });
  if (uitkomst.intact) {
    io.stdout.write(`De keten is intact: ${uitkomst.regels} regels.\n`);
    return 0;
  }
  io.stderr.write(
    `De keten is verbroken bij ${TABEL[uitkomst.tabel]} ${uitkomst.id}: ${uitkomst.melding}. ` +
      `${uitkomst.regels} regels ervoor kloppen.\n`,
  );
  return 1;
}
