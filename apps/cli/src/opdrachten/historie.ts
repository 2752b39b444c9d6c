import { loadGemeente } from '../_gemeente.js';
import { type Io, tabel } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['history --gemeente <naam> [opties]'],
  uitleg: 'Toont wat wanneer is gewijzigd, en door welke import.',
  opties: {
    ...GEMEENSCHAPPELIJK,
    persoon: { type: 'string', waarde: '<e-mail>', omschrijving: 'Alleen de wijzigingen van deze persoon.' },
    import: { type: 'string', waarde: '<id>', omschrijving: 'Alleen de wijzigingen van deze import.' },
    json: { type: 'boolean', omschrijving: 'Schrijft JSON in plaats van een tabel.' },
  },
});

export const HULP = hulpVan(DEFINITIE);

export async function historie(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const gemeente = loadGemeente(values.gemeente, values.config);
  return withStore(
    gemeente,
    values.db,
    async (store) => {
      let filter = {};
      if (values.persoon) {
        const persoon = await store.persoonOpEmail(values.persoon);
        if (!persoon) {
          // Not the address itself: stderr ends up in logs, and this may be an erased person's.
          io.stderr.write('Geen persoon met dit e-mailadres.\n');
          return 2;
        }
        filter = { entiteit: 'persoon', entiteitId: persoon.id };
        await store.audit({
          actor: 'cli',
          actie: 'lezen',
          entiteit: 'persoon',
          entiteitId: persoon.id,
          doel: 'historie opvragen',
        });
      }
      if (values.import) filter = { ...filter, importId: values.import };
      const regels = await store.historie(filter);
      if (values.json) {
        io.stdout.write(`${JSON.stringify(regels)}\n`);
        return 0;
      }
      if (regels.length === 0) {
        io.stdout.write('Geen wijzigingen gevonden.\n');
        return 0;
      }
      io.stdout.write(
        `${tabel([
          ['tijd', 'entiteit', 'id', 'veld', 'voor', 'na', 'door'],
          ...regels.map((r) => [
            r.tijd,
            r.entiteit,
            r.entiteitId,
            r.veld,
            kort(r.voor),
            kort(r.na),
            r.importId ? `import ${r.importId}` : r.actor,
          ]),
        ])}\n`,
      );
      return 0;
    },
    { alleenLezen: true },
  );
}

function kort(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '-';
  const tekst = typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
  return tekst.length > 40 ? `${tekst.slice(0, 39)}…` : tekst;
}
