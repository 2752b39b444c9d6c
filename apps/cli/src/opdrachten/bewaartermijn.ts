import { laadGemeente } from '../_gemeente.js';
import type { Io } from '../_io.js';
import { GEMEENSCHAPPELIJK, hulpVan, leesOpdracht, opdracht } from '../_opties.js';
import { metStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['retention --gemeente <naam> [opties]'],
  uitleg: `Wist personen van wie elk lidmaatschap langer geleden eindigde dan de bewaartermijn van de
gemeente (bewaartermijnMaanden; AVG, opslagbeperking). Met --dry-run alleen het aantal.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    'dry-run': { type: 'boolean', omschrijving: 'Telt alleen wie gewist zou worden; wist niets.' },
    peildatum: {
      type: 'string',
      waarde: 'jjjj-mm-dd',
      omschrijving: 'De dag vanaf waar de bewaartermijn wordt teruggerekend.',
      standaard: 'vandaag',
    },
  },
  posities: false,
});

export const HULP = hulpVan(DEFINITIE);

/** The day `maanden` months before `peildatum` (ISO), clamped to the month's last day. */
export function grensdatum(peildatum: string, maanden: number): string {
  const [jaar, maand, dag] = peildatum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(jaar, maand - 1 - maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatsteDag));
  return doel.toISOString().slice(0, 10);
}

export async function bewaartermijn(args: string[], io: Io): Promise<number> {
  const { values } = leesOpdracht(args, DEFINITIE);
  const gemeente = laadGemeente(values.gemeente, values.config);
  const grens = grensdatum(values.peildatum ?? new Date().toISOString().slice(0, 10), gemeente.bewaartermijnMaanden);
  const gewist = await metStore(
    gemeente,
    values.db,
    async (store) => {
      const ids = await store.personenZonderActiefLidmaatschapSinds(grens);
      if (values['dry-run']) return ids.length;
      for (const id of ids) {
        await store.wisPersoon(id, {
          actor: 'cli',
          doel: `bewaartermijn van ${gemeente.bewaartermijnMaanden} maanden verstreken`,
        });
      }
      return ids.length;
    },
    { alleenLezen: values['dry-run'] === true },
  );
  const werkwoord = values['dry-run'] ? 'zou wissen' : 'gewist';
  io.stdout.write(
    `${gewist} personen ${werkwoord}: elk lidmaatschap eindigde voor ${grens} (bewaartermijn ${gemeente.bewaartermijnMaanden} maanden).\n`,
  );
  return 0;
}
