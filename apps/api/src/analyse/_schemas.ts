/** What the analysis routes answer (the analysis package's JSON, documented). */
import { z } from '@hono/zod-openapi';
import { DOMEINEN, NETWERKEN } from '@netwerkregie/domain';
import { DatumVeld } from '../openapi/index.js';

const Sleutel = z.string().openapi({
  description: 'Knoop: persoon:<id>, organisatie:<id>, overleg:<id> of wijk:<naam>.',
  example: 'organisatie:5f0c6c7e',
});

export const EntiteitenSchema = z
  .record(
    z.string(),
    z.object({
      naam: z.string(),
      soort: z.enum(['persoon', 'organisatie', 'overleg', 'wijk']),
      domein: z
        .enum([...DOMEINEN, 'meerdere'])
        .nullable()
        .optional(),
      netwerk: z.enum(NETWERKEN).nullable().optional(),
    }),
  )
  .openapi('Entiteiten', { description: 'Naam en soort van elke knoop die het antwoord noemt.' });

export const IndicatorSchema = z
  .object({
    id: z.string().openapi({ example: 'veiligheid-zorg' }),
    titel: z.string(),
    toelichting: z.string().openapi({ description: 'Uitleg in eigen woorden, met de paragraaf van het advies.' }),
    waarde: z.number(),
    drempel: z.object({ aandacht: z.number(), zorgelijk: z.number() }).nullable(),
    status: z.enum(['goed', 'aandacht', 'zorgelijk']),
    betreft: z.array(Sleutel),
    details: z
      .object({})
      .passthrough()
      .optional()
      .openapi({ description: 'Redenen per betrokken knoop en eigen velden.' }),
  })
  .openapi('Indicator', { description: 'Een gezondheidsindicator van het netwerk.' });

export const GezondheidSchema = z
  .object({ peildatum: DatumVeld, indicatoren: z.array(IndicatorSchema), entiteiten: EntiteitenSchema })
  .openapi('Gezondheid', { description: 'De gezondheidsindicatoren op de peildatum.' });

export const IntroductieSchema = z
  .object({
    van: Sleutel,
    naar: Sleutel,
    via: Sleutel.nullable().openapi({ description: 'Wie kan voorstellen; leeg als ze elkaar al kennen.' }),
    pad: z.array(Sleutel),
    tekst: z.string(),
  })
  .openapi('Introductie', { description: 'Wie wie kan voorstellen, langs welke schakels.' });

export const WerklijstSchema = z
  .object({
    peildatum: DatumVeld,
    partners: z.array(
      z.object({
        organisatie: Sleutel,
        naam: z.string(),
        domein: z.enum(DOMEINEN),
        netwerk: z.enum(NETWERKEN),
        score: z.number(),
        laatsteContact: DatumVeld.nullable(),
        dagenSindsContact: z.number().int().nullable(),
        contactpersonen: z.array(Sleutel),
        redenen: z.array(z.string()),
      }),
    ),
    introducties: z.array(IntroductieSchema),
    entiteiten: EntiteitenSchema,
  })
  .openapi('Werklijst', { description: 'Welke partners nu aandacht vragen, en wie elkaar zou moeten leren kennen.' });

const TopKnoop = z.object({
  id: Sleutel,
  naam: z.string(),
  soort: z.enum(['persoon', 'organisatie', 'overleg']),
  waarde: z.number(),
});

export const CentraliteitSchema = z
  .object({
    peildatum: DatumVeld,
    methode: z.enum(['exact', 'steekproef']),
    pivots: z.number().int().nullable(),
    betweenness: z.array(TopKnoop),
    closeness: z.array(TopKnoop),
    knopen: z.object({}).passthrough(),
    kanten: z.object({}).passthrough(),
    dichtheid: z.number(),
    componenten: z.object({ aantal: z.number().int(), grootste: z.number().int() }),
    communities: z.object({ aantal: z.number().int(), modularity: z.number() }),
    articulatiepunten: z.number().int(),
    bruggen: z.number().int(),
    knippersonen: z.number().int(),
  })
  .openapi('Centraliteit', {
    description: 'Wie het netwerk bijeenhoudt: centraliteit, componenten, gemeenschappen, knippunten.',
  });

export const NetwerkSchema = z
  .object({
    peildatum: DatumVeld,
    knopen: z.array(z.object({ id: Sleutel, soort: z.string(), naam: z.string() }).passthrough()),
    kanten: z.array(z.object({ id: z.string(), bron: Sleutel, doel: Sleutel, soort: z.string() }).passthrough()),
  })
  .openapi('NetwerkKaart', { description: 'Knopen en kanten voor een kaart, met hun attributen.' });

export const IntroductieAntwoordSchema = z
  .object({
    status: z.enum(['gevonden', 'geen-pad']),
    introductie: IntroductieSchema.nullable(),
    entiteiten: EntiteitenSchema,
  })
  .openapi('IntroductieAntwoord', { description: 'De kortste keten tussen twee partijen, of geen-pad.' });
