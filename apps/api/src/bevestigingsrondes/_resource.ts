/** A confirmation round as the API shows it (zod only, so the pages can take the types without the server). */
import { z } from '@hono/zod-openapi';
import { DOMEINEN } from '@netwerkregie/domain';
import { UITNODIGINGSTATUSSEN } from '@netwerkregie/store';

const Tijd = z.string().openapi({ format: 'date-time', example: '2026-03-01T09:00:00.000Z' });
const Dag = z.string().openapi({ format: 'date', example: '2026-03-31' });

export const RondeSelectieSchema = z
  .object({
    domein: z.enum(DOMEINEN).optional().openapi({ description: 'Alleen formele partners van dit domein.' }),
    wijk: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Alleen formele partners in deze wijk.' }),
    segment: z.string().trim().min(1).max(100).optional().openapi({
      description:
        'Een bewaard segment, op id of naam: de formele organisaties van de leden van het segment vandaag. Bewaard als id. Een onbekend segment, of een zonder formele partners, geeft 400.',
    }),
  })
  .openapi('RondeSelectie', { description: 'Welke formele partners de ronde uitnodigt; leeg: allemaal.' });

export const RondeStartSchema = RondeSelectieSchema.extend({
  geldigDagen: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .openapi({ description: 'Hoeveel dagen een link werkt; standaard uit de configuratie van de gemeente (30).' }),
}).openapi('RondeStart', { description: 'Een bevestigingsronde starten.' });

export const RondeSchema = z
  .object({
    id: z.string(),
    gestart: Tijd,
    actor: z.string().openapi({ description: 'Wie de ronde startte (id van de API-sleutel).' }),
    geldigTot: Dag,
    selectie: RondeSelectieSchema,
  })
  .openapi('Ronde', { description: 'Een bevestigingsronde.' });

export const RondeLinkSchema = z
  .object({
    organisatie: z.string().openapi({ description: 'Id van de organisatie.' }),
    naam: z.string(),
    link: z.string().openapi({ description: 'De persoonlijke link; alleen nu te zien, de gemeente bewaart hem niet.' }),
    verloopt: Dag,
  })
  .openapi('RondeLink');

export const GestarteRondeSchema = z
  .object({
    ronde: RondeSchema,
    links: z.array(RondeLinkSchema),
    verzonden: z
      .number()
      .int()
      .openapi({ description: 'Hoeveel berichten per e-mail zijn verstuurd (0 zonder SMTP).' }),
  })
  .openapi('GestarteRonde', { description: 'De ronde en de links, eenmalig.' });

export const RondeRegelSchema = z
  .object({
    organisatie: z.string().openapi({ description: 'Id van de organisatie.' }),
    naam: z.string(),
    status: z.enum(UITNODIGINGSTATUSSEN).openapi({
      description: 'afgewezen: de beheerder heeft de correcties van de organisatie afgewezen.',
    }),
    verloopt: Dag,
    verzonden: Tijd.nullable(),
    geopend: Tijd.nullable(),
    beantwoord: Tijd.nullable(),
    herinnerd: Tijd.nullable(),
    import: z
      .string()
      .nullable()
      .openapi({ description: 'Id van de geplande import met de correcties, voor de beheerder.' }),
  })
  .openapi('RondeRegel');

export const VoortgangSchema = z
  .object({
    ronde: RondeSchema,
    totalen: z
      .record(z.enum(UITNODIGINGSTATUSSEN), z.number().int())
      .openapi({ description: 'Aantal organisaties per status.' }),
    organisaties: z.array(RondeRegelSchema),
  })
  .openapi('RondeVoortgang', { description: 'Hoe ver elke organisatie is.' });
