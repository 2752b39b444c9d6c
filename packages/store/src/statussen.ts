/**
 * The closed lists of statuses, as values. A module of their own because the store's operation modules are
 * bound as namespaces (`_store.ts`), and the declaration bundler cannot re-export a constant from one.
 */

/** Where an import stands: planned (a dry run kept), applied, reverted, or rejected by the beheerder (never applied). */
export const IMPORTSTATUSSEN = ['gepland', 'toegepast', 'teruggedraaid', 'afgewezen'] as const;

/**
 * Where an invitation can stand (see `uitnodigingStatus`), in the order a progress lists them. The one list:
 * the toepassing's totals and the API's schema derive from it.
 */
export const UITNODIGINGSTATUSSEN = [
  'openstaand',
  'verzonden',
  'geopend',
  'bevestigd',
  'gecorrigeerd',
  'afgewezen',
  'verlopen',
  'onbestelbaar',
  'ingetrokken',
] as const;
