/**
 * What the analysis routes answer: the analysis package's own schemas, named for the OpenAPI
 * document and wrapped with the peildatum and the names of the nodes mentioned. Taken from
 * `@netwerkregie/analysis/schemas` (zod only), so the routes still load the analysis on first use.
 */
import { z } from '@hono/zod-openapi';
import {
  CentraliteitSchema,
  EntiteitSchema,
  IndicatorSchema,
  IndicatorStandSchema,
  IntroductieSchema,
  MetriekenSamenvattingSchema,
  NetwerkKaartSchema,
  WerklijstSchema,
} from '@netwerkregie/analysis/schemas';
import { RolSchema } from '@netwerkregie/domain';
// From the module itself, not the folder's index: the pages import these types without the routes.
import { DatumVeld } from '../openapi/schemas.js';

export const EntiteitenSchema = z
  .record(z.string(), EntiteitSchema)
  .openapi('Entiteiten', { description: 'Naam en soort van elke knoop die het antwoord noemt.' });

// `.openapi` comes from @hono/zod-openapi's extension of zod, which only schemas made after it was
// loaded have; the analysis package may have made its schemas first (the CLI loads it before the
// API), so the named ones are clones made here. `.extend()` below makes new schemas just the same.
const Indicator = IndicatorSchema.clone().openapi('Indicator', {
  description: 'Een gezondheidsindicator van het netwerk.',
});

export const GezondheidAntwoordSchema = z
  .object({ peildatum: DatumVeld, indicatoren: z.array(Indicator), entiteiten: EntiteitenSchema })
  .openapi('Gezondheid', { description: 'De gezondheidsindicatoren op de peildatum.' });

const Introductie = IntroductieSchema.clone().openapi('Introductie', {
  description: 'Wie wie kan voorstellen, langs welke schakels.',
});

const Aanspreekpunt = z
  .object({
    persoon: z.string().openapi({ description: 'Knoop persoon:<id>.', example: 'persoon:5f0c6c7e' }),
    naam: z.string(),
    functie: z.string().nullable(),
    rollen: z.array(RolSchema),
    email: z.string().nullable(),
    telefoon: z.string().nullable().openapi({ description: 'In E.164-notatie.', example: '+31361234567' }),
  })
  .openapi('Aanspreekpunt', { description: 'Wie te bellen bij een partner, en hoe.' });

export const WerklijstAntwoordSchema = WerklijstSchema.extend({
  introducties: z.array(Introductie),
  aanspreekpunten: z.record(z.string(), z.array(Aanspreekpunt)).openapi({
    description:
      'Per partner op de lijst (organisatie:<id>): de contactpersonen radicalisering, of als die er niet zijn de andere medewerkers (hoogstens vijf), met telefoon en e-mail.',
  }),
  entiteiten: EntiteitenSchema,
}).openapi('Werklijst', { description: 'Welke partners nu aandacht vragen, en wie elkaar zou moeten leren kennen.' });

/** The figures of the report with their centrality part spread out, as the route has always answered. */
export const CentraliteitAntwoordSchema = MetriekenSamenvattingSchema.omit({ centraliteit: true })
  .extend(CentraliteitSchema.shape)
  .extend({ peildatum: DatumVeld })
  .openapi('Centraliteit', {
    description: 'Wie het netwerk bijeenhoudt: centraliteit, componenten, gemeenschappen, knippunten.',
  });

export const NetwerkKaartAntwoordSchema = NetwerkKaartSchema.extend({ peildatum: DatumVeld }).openapi('NetwerkKaart', {
  description: 'Knopen en kanten voor een kaart, met hun attributen.',
});

export const IntroductieAntwoordSchema = z
  .object({
    status: z.enum(['gevonden', 'geen-pad']),
    introductie: Introductie.nullable(),
    entiteiten: EntiteitenSchema,
  })
  .openapi('IntroductieAntwoord', { description: 'De kortste keten tussen twee partijen, of geen-pad.' });

const IndicatorStand = IndicatorStandSchema.clone().openapi('IndicatorStand', {
  description: 'De waarde van een indicator op een moment: een punt van de trend.',
});

export const TrendAntwoordSchema = z.object({ standen: z.array(IndicatorStand) }).openapi('Trend', {
  description:
    'De waarden van de indicatoren sinds de eerste import, oudste eerst: na elke toegepaste import en elk vastgelegd contactmoment.',
});
