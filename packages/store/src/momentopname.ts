/** Everything of the gemeente at once, for the analysis. */
import type { Gemeente, Momentopname } from '@netwerkregie/domain';
import { type Ctx, readTogether } from './_context.js';
import { validateDatum, vandaag } from './_datum.js';
import {
  contactmomentUit,
  deelnameUit,
  lidmaatschapUit,
  organisatieUit,
  overlegUit,
  persoonUit,
  relatieUit,
  trainingUit,
} from './_rijen.js';

/** Every list ordered by id, so two snapshots of the same data are equal. */
export async function momentopname(ctx: Ctx, gemeente: Gemeente, peildatum?: string): Promise<Momentopname> {
  if (gemeente.slug !== ctx.gedeeld.gemeente) {
    throw new RangeError(`Deze store hoort bij gemeente "${ctx.gedeeld.gemeente}", niet bij "${gemeente.slug}".`);
  }
  const datum = peildatum === undefined ? vandaag() : validateDatum(peildatum, 'peildatum');
  const [organisaties, personen, lidmaatschappen, overleggen, deelnames, relaties, contactmomenten, trainingen] =
    await readTogether(ctx, ({ db }) =>
      Promise.all([
        db.selectFrom('organisaties').selectAll().orderBy('id').execute(),
        db.selectFrom('personen').select(['id', 'naam', 'email', 'telefoon']).orderBy('id').execute(),
        db.selectFrom('lidmaatschappen').selectAll().orderBy('id').execute(),
        db.selectFrom('overleggen').selectAll().orderBy('id').execute(),
        db.selectFrom('deelnames').selectAll().orderBy('id').execute(),
        db.selectFrom('relaties').selectAll().orderBy('id').execute(),
        db.selectFrom('contactmomenten').selectAll().orderBy('id').execute(),
        db.selectFrom('trainingen').selectAll().orderBy('id').execute(),
      ]),
    );
  return {
    gemeente,
    peildatum: datum,
    organisaties: organisaties.map(organisatieUit),
    personen: personen.map(persoonUit),
    lidmaatschappen: lidmaatschappen.map(lidmaatschapUit),
    overleggen: overleggen.map(overlegUit),
    deelnames: deelnames.map(deelnameUit),
    relaties: relaties.map(relatieUit),
    contactmomenten: contactmomenten.map(contactmomentUit),
    trainingen: trainingen.map(trainingUit),
  };
}
