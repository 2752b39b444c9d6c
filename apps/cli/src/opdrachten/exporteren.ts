import { buildExportRijen, writeExport } from '@netwerkregie/import';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['export --gemeente <naam> --format xlsx|csv|gexf|graphml --out <pad> [opties]'],
  uitleg:
    'Schrijft de huidige lijst in de indeling van de import (xlsx, csv), of het netwerk voor Gephi (gexf, graphml).',
  opties: {
    ...GEMEENSCHAPPELIJK,
    format: { type: 'string', waarde: 'xlsx|csv|gexf|graphml', omschrijving: 'De indeling (verplicht).' },
    out: { type: 'string', waarde: '<pad>', omschrijving: 'Het bestand dat wordt geschreven (verplicht).' },
  },
});

export const HULP = hulpVan(DEFINITIE);

export async function exporteren(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const formaat = values.format;
  if (!formaat || !['xlsx', 'csv', 'gexf', 'graphml'].includes(formaat)) {
    throw new GebruikFout('Kies een formaat met --format xlsx, csv, gexf of graphml.');
  }
  if (!values.out) throw new GebruikFout('Geef met --out <pad> op waar de export heen moet.');
  const uit = values.out;
  const gemeente = loadGemeente(values.gemeente, values.config);
  await withStore(
    gemeente,
    values.db,
    async (store) => {
      const m = await store.momentopname(gemeente);
      await store.audit({ actor: 'cli', actie: 'exporteren', entiteit: 'persoon', doel: `export ${formaat}` });
      if (formaat === 'xlsx' || formaat === 'csv') {
        await writeExport(buildExportRijen(m), { formaat, uit });
      } else {
        const { writeGraaf } = await import('../_graaf.js');
        await writeGraaf(m, formaat as 'gexf' | 'graphml', uit);
      }
    },
    { alleenLezen: true },
  );
  io.stdout.write(`Export geschreven naar ${uit}\n`);
  return 0;
}
