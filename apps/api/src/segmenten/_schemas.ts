/** What the segment routes take and answer, documented for the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import { NETWERKEN, ROLLEN } from '@netwerkregie/domain';
import { DatumVeld, DomeinVeld, NetwerkVeld } from '../openapi/index.js';

const Id = z.string().openapi({ example: '5f0c6c7e-3b1a-4d2e-9a51-0c2f4e8b7d10' });
const lijst = <T extends z.ZodType>(waarde: T) => z.array(waarde).max(50);

const criteria = {
  domeinen: lijst(DomeinVeld).openapi({ description: 'Alleen leden van organisaties in een van deze domeinen.' }),
  wijken: lijst(z.string().min(1).max(200)).openapi({
    description: 'Alleen organisaties die in een van deze wijken werken (een organisatie zonder wijken werkt overal).',
    example: ['Almere Haven'],
  }),
  rollen: lijst(z.enum(ROLLEN)).openapi({ description: 'Alleen leden met een van deze rollen.' }),
  overleggen: lijst(z.string().min(1).max(200)).openapi({
    description: 'Id’s van overleggen: alleen wie zelf, of via de organisatie, aan een ervan deelneemt.',
  }),
  netwerk: NetwerkVeld.nullable(),
};

export const SegmentSchema = z
  .object({
    id: Id,
    naam: z.string().openapi({ example: 'Zorgpartners Almere Haven' }),
    omschrijving: z.string().nullable(),
    ...criteria,
  })
  .openapi('Segment', {
    description:
      'Een bewaarde selectie uit het netwerk (§2.5). Lege criteria selecteren alles, meerdere waarden elk ervan; domein, wijken, rollen en netwerk gelden voor één en hetzelfde lidmaatschap.',
  });

export const SegmentInvoerSchema = z
  .object({
    naam: z.string().trim().min(1, { error: 'Naam van het segment is leeg.' }).max(200),
    omschrijving: z.string().trim().max(500).nullable().default(null),
    domeinen: criteria.domeinen.default([]),
    wijken: criteria.wijken.default([]),
    rollen: criteria.rollen.default([]),
    overleggen: criteria.overleggen.default([]),
    netwerk: z
      .enum(NETWERKEN, { error: 'Netwerk is formeel of informeel.' })
      .nullable()
      .default(null)
      .openapi({ description: 'Alleen het formele of het informele netwerk; leeg voor beide.' }),
  })
  .openapi('SegmentInvoer', { description: 'Een nieuw segment.' });

export const SegmentLidSchema = z
  .object({
    id: Id,
    naam: z.string().openapi({ example: 'Fenna de Vries' }),
    email: z.string().nullable().openapi({ format: 'email', example: 'fenna@example.org' }),
    telefoon: z.string().nullable().openapi({ example: '+31612345678', description: 'Telefoonnummer in E.164.' }),
    organisaties: z.array(
      z.object({
        id: Id,
        naam: z.string(),
        functie: z.string().nullable(),
        rollen: z.array(z.enum(ROLLEN)),
      }),
    ),
  })
  .openapi('SegmentLid', { description: 'Een lid van een segment, met de lidmaatschappen die erbinnen vallen.' });

export const SegmentLedenSchema = z
  .object({
    segment: SegmentSchema,
    peildatum: DatumVeld,
    totaal: z.number().int(),
    leden: z.array(SegmentLidSchema),
  })
  .openapi('SegmentLeden', { description: 'De leden van een segment op de peildatum, op naam.' });
