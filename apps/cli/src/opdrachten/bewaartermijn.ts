import { eraseAfterBewaartermijn } from '@netwerkregie/toepassing';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

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

export async function bewaartermijn(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const gemeente = loadGemeente(values.gemeente, values.config);
  const { grens, aantal: gewist } = await withStore(
    gemeente,
    values.db,
    (store) =>
      eraseAfterBewaartermijn(store, gemeente, {
        peildatum: values.peildatum ?? new Date().toISOString().slice(0, 10),
        proefrun: values['dry-run'] === true,
        actor: 'cli',
      }),
    { alleenLezen: values['dry-run'] === true },
  );
  const werkwoord = values['dry-run'] ? 'zou wissen' : 'gewist';
  io.stdout.write(
    `${gewist} personen ${werkwoord}: elk lidmaatschap eindigde voor ${grens} (bewaartermijn ${gemeente.bewaartermijnMaanden} maanden).\n`,
  );
  return 0;
}
