/** An import as the API answers it: the API's own schemas (types only: nothing of them enters the bundle). */
import type { z } from 'zod';
import type { ImportKortSchema, ImportSchema, TerugdraaiingSchema } from '../../src/imports/_resource.js';

export type ImportKort = z.infer<typeof ImportKortSchema>;
export type ImportVolledig = z.infer<typeof ImportSchema>;
export type Terugdraaiing = z.infer<typeof TerugdraaiingSchema>;
export type PlanRegel = ImportVolledig['details']['toegevoegd'][number];
export type Melding = ImportVolledig['meldingen'][number];
