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
  IntroductieSchema,
  MetriekenSamenvattingSchema,
  NetwerkKaartSchema,
  WerklijstSchema,
} from '@netwerkregie/analysis/schemas';
import { DatumVeld } from '../openapi/index.js';

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

export const WerklijstAntwoordSchema = WerklijstSchema.extend({
  introducties: z.array(Introductie),
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
