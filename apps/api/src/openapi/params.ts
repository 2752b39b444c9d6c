/** Path and query parameters shared by the gemeente routes. */
import { z } from '@hono/zod-openapi';

export const GemeenteParams = z.object({
  gemeente: z.string().openapi({ description: 'Slug van de gemeente, zoals almere.', example: 'almere' }),
});

export function idParams(omschrijving: string) {
  return GemeenteParams.extend({
    id: z
      .string()
      .min(1)
      .max(200)
      .openapi({ description: omschrijving, example: '5f0c6c7e-3b1a-4d2e-9a51-0c2f4e8b7d10' }),
  });
}

/** The longest purpose, in the query `doel` and the header `Doel` alike. */
export const DOEL_MAX = 200;

export const DoelQuery = z.object({
  doel: z.string().trim().min(1).max(DOEL_MAX).optional().openapi({
    description:
      'Doel van het raadplegen, voor de audit (AVG). Mag ook als header Doel. Zonder doel geldt het standaarddoel van de route.',
    example: 'voorbereiding casusoverleg',
  }),
});
