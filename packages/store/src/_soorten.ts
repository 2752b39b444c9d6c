/** The eight entity kinds as the generic upsert sees them: table, columns and row mappers. */
import {
  contactmomentIn,
  contactmomentUit,
  deelnameIn,
  deelnameUit,
  KOLOMMEN,
  lidmaatschapIn,
  lidmaatschapUit,
  organisatieIn,
  organisatieUit,
  overlegIn,
  overlegUit,
  persoonIn,
  persoonUit,
  relatieIn,
  relatieUit,
  trainingIn,
  trainingUit,
} from './_rijen.js';
import { type Soort, tabelSoort } from './_upsert.js';
import type { Entiteit, EntiteitWaarde } from './types.js';

export const ORGANISATIE = tabelSoort(
  'organisatie',
  'organisaties',
  KOLOMMEN.organisaties,
  organisatieIn,
  organisatieUit,
);
export const PERSOON = tabelSoort('persoon', 'personen', KOLOMMEN.personen, persoonIn, persoonUit);
export const LIDMAATSCHAP = tabelSoort(
  'lidmaatschap',
  'lidmaatschappen',
  KOLOMMEN.lidmaatschappen,
  lidmaatschapIn,
  lidmaatschapUit,
);
export const OVERLEG = tabelSoort('overleg', 'overleggen', KOLOMMEN.overleggen, overlegIn, overlegUit);
export const DEELNAME = tabelSoort('deelname', 'deelnames', KOLOMMEN.deelnames, deelnameIn, deelnameUit);
export const RELATIE = tabelSoort('relatie', 'relaties', KOLOMMEN.relaties, relatieIn, relatieUit);
export const CONTACTMOMENT = tabelSoort(
  'contactmoment',
  'contactmomenten',
  KOLOMMEN.contactmomenten,
  contactmomentIn,
  contactmomentUit,
);
export const TRAINING = tabelSoort('training', 'trainingen', KOLOMMEN.trainingen, trainingIn, trainingUit);

export const SOORTEN: Readonly<Record<Entiteit, Soort<EntiteitWaarde>>> = {
  organisatie: ORGANISATIE as Soort<EntiteitWaarde>,
  persoon: PERSOON as Soort<EntiteitWaarde>,
  lidmaatschap: LIDMAATSCHAP as Soort<EntiteitWaarde>,
  overleg: OVERLEG as Soort<EntiteitWaarde>,
  deelname: DEELNAME as Soort<EntiteitWaarde>,
  relatie: RELATIE as Soort<EntiteitWaarde>,
  contactmoment: CONTACTMOMENT as Soort<EntiteitWaarde>,
  training: TRAINING as Soort<EntiteitWaarde>,
};

export function soortVan(entiteit: Entiteit): Soort<EntiteitWaarde> {
  const soort = Object.hasOwn(SOORTEN, entiteit) ? SOORTEN[entiteit] : undefined;
  if (!soort) throw new RangeError(`Onbekende entiteit "${entiteit}".`);
  return soort;
}
