/** A confirmation round as the API answers it: the API's own schemas (types only: nothing of them enters the bundle). */
import type { z } from 'zod';
import type { GestarteRondeSchema, RondeSchema, VoortgangSchema } from '../../src/bevestigingsrondes/_resource.js';
import type { ImportSchema } from '../../src/imports/_resource.js';

export type Ronde = z.infer<typeof RondeSchema>;
export type GestarteRonde = z.infer<typeof GestarteRondeSchema>;
export type Voortgang = z.infer<typeof VoortgangSchema>;
export type RondeRegel = Voortgang['organisaties'][number];
export type Correctieplan = z.infer<typeof ImportSchema>;
/** A saved segment as the segment routes answer it: the domain's own type (the route schema's module pulls in the server). */
export type { Segment } from '@netwerkregie/domain';

/**
 * The Dutch words of each status for the totals line, in the order the page lists them. A record over the
 * API's status type (itself the store's one list): a status missing here does not compile.
 */
export const STATUSWOORDEN: Readonly<Record<RondeRegel['status'], string>> = {
  openstaand: 'openstaand',
  verzonden: 'verzonden',
  geopend: 'geopend',
  bevestigd: 'bevestigd',
  gecorrigeerd: 'gecorrigeerd',
  afgewezen: 'afgewezen (correcties niet overgenomen)',
  verlopen: 'verlopen',
  onbestelbaar: 'onbestelbaar',
  ingetrokken: 'ingetrokken',
};
