/**
 * The API's entity schemas document what the store holds, which the domain's schemas define: every
 * field the domain knows is in the answer, and an answer adds fields only where it says so.
 */
import {
  ContactmomentSchema as DomeinContactmoment,
  DeelnameSchema as DomeinDeelname,
  LidmaatschapSchema as DomeinLidmaatschap,
  OrganisatieSchema as DomeinOrganisatie,
  OverlegSchema as DomeinOverleg,
  PersoonSchema as DomeinPersoon,
  TrainingSchema as DomeinTraining,
} from '@netwerkregie/domain';
import { describe, expect, it } from 'vitest';
import {
  ContactmomentSchema,
  DeelnameSchema,
  KaartLidmaatschapSchema,
  OrganisatieSchema,
  OverlegSchema,
  PersoonKaartSchema,
  TrainingSchema,
} from './schemas.js';

const velden = (schema: { shape: object }) => Object.keys(schema.shape).sort();

describe('entity schemas against the domain', () => {
  it.each([
    ['Organisatie', OrganisatieSchema, DomeinOrganisatie],
    ['Overleg', OverlegSchema, DomeinOverleg],
    ['Deelname', DeelnameSchema, DomeinDeelname],
    ['Contactmoment', ContactmomentSchema, DomeinContactmoment],
    ['Training', TrainingSchema, DomeinTraining],
  ] as const)('%s has exactly the domain fields', (_naam, api, domein) => {
    expect(velden(api)).toEqual(velden(domein));
  });

  it('gives a person the domain fields plus getraind and lidmaatschappen', () => {
    expect(velden(PersoonKaartSchema)).toEqual([...velden(DomeinPersoon), 'getraind', 'lidmaatschappen'].sort());
  });

  it('gives a membership the domain fields plus its organisation name, domein and netwerk', () => {
    expect(velden(KaartLidmaatschapSchema)).toEqual(
      [...velden(DomeinLidmaatschap), 'organisatieNaam', 'domein', 'netwerk'].sort(),
    );
  });
});
