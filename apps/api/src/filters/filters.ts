/** Query filters on the vocabulary (domein, wijk, rol, netwerk, ...), shared by the list routes. */
import { z } from '@hono/zod-openapi';
import { DOMEINEN, type Gemeente, isBestaandeDatum, NETWERKEN, naamSleutel, ROLLEN } from '@netwerkregie/domain';
import { Probleem } from '../probleem/index.js';

/**
 * A real calendar date (jjjj-mm-dd). Built here with the OpenAPI-aware zod rather than taken from the
 * domain, whose schemas may be created before the OpenAPI extension is loaded.
 */
export const DatumInvoer = z
  .string()
  .refine(isBestaandeDatum, { error: 'Geen geldige datum; verwacht jjjj-mm-dd, bijvoorbeeld 2016-02-03.' })
  .openapi({ format: 'date', example: '2024-01-01' });

const datum = (omschrijving: string) => DatumInvoer.optional().openapi({ description: omschrijving });

export const VocabulaireQuery = z.object({
  domein: z.enum(DOMEINEN).optional().openapi({ description: 'Alleen dit domein.' }),
  wijk: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Alleen deze wijk van de gemeente.', example: 'Almere Haven' }),
  rol: z.enum(ROLLEN).optional().openapi({ description: 'Alleen personen met deze rol.' }),
  netwerk: z.enum(NETWERKEN).optional().openapi({ description: 'Alleen het formele of het informele netwerk.' }),
  organisatie: z.string().min(1).max(200).optional().openapi({ description: 'Alleen bij deze organisatie (id).' }),
  getraind: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .openapi({ description: 'Alleen wel (true) of niet (false) getrainde personen.' }),
  nietGesprokenSinds: datum('Alleen personen zonder contactmoment op of na deze datum.'),
});

/** The gemeente's own spelling of a district (case and diacritics ignored); 400 for a district it does not have. */
export function wijkVanGemeente(gemeente: Gemeente, wijk: string | undefined): string | undefined {
  if (wijk === undefined) return undefined;
  const sleutel = naamSleutel(wijk);
  const gevonden =
    gemeente.wijken.find((w) => naamSleutel(w) === sleutel) ??
    Object.entries(gemeente.synoniemen.wijken).find(([naam]) => naamSleutel(naam) === sleutel)?.[1];
  if (gevonden) return gevonden;
  throw new Probleem(400, 'Het verzoek bevat een fout; zie invalidParams.', {
    code: 'invoer.ongeldig',
    invalidParams: [{ name: 'wijk', reason: `Onbekende wijk; kies uit ${gemeente.wijken.join(', ')}.` }],
  });
}

export { datum as datumQuery };
