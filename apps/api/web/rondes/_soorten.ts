/** A confirmation round as the API answers it: the API's own schemas (types only: nothing of them enters the bundle). */
import type { z } from 'zod';
import type { GestarteRondeSchema, RondeSchema, VoortgangSchema } from '../../src/bevestigingsrondes/_resource.js';
import type { ImportSchema } from '../../src/imports/_resource.js';

export type Ronde = z.infer<typeof RondeSchema>;
export type GestarteRonde = z.infer<typeof GestarteRondeSchema>;
export type Voortgang = z.infer<typeof VoortgangSchema>;
export type RondeRegel = Voortgang['organisaties'][number];
export type Correctieplan = z.infer<typeof ImportSchema>;

/** The statuses in the order the page lists them, with their Dutch words. */
export const STATUSWOORDEN: ReadonlyArray<[RondeRegel['status'], string]> = [
  ['openstaand', 'openstaand'],
  ['verzonden', 'verzonden'],
  ['geopend', 'geopend'],
  ['bevestigd', 'bevestigd'],
  ['gecorrigeerd', 'gecorrigeerd'],
  ['verlopen', 'verlopen'],
  ['onbestelbaar', 'onbestelbaar'],
  ['ingetrokken', 'ingetrokken'],
];
