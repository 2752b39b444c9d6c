import { type Gemeente, GemeenteSchema } from '../gemeente.js';
import almere from './almere.json' with { type: 'json' };
import amsterdam from './amsterdam.json' with { type: 'json' };
import arnhem from './arnhem.json' with { type: 'json' };

/** The configurations shipped with Netwerkregie; another gemeente brings its own file (see `leesGemeente`). */
export const GEMEENTEN: Readonly<Record<string, Gemeente>> = Object.fromEntries(
  [almere, arnhem, amsterdam].map((invoer) => {
    const gemeente = GemeenteSchema.parse(invoer);
    return [gemeente.slug, gemeente];
  }),
);

/** Validates a gemeente's configuration (parsed JSON); throws a readable Dutch message when it is wrong. */
export function parseGemeente(invoer: unknown): Gemeente {
  const uitkomst = GemeenteSchema.safeParse(invoer);
  if (uitkomst.success) return uitkomst.data;
  const regels = uitkomst.error.issues.map((i) => `- ${i.path.join('.') || '(geheel)'}: ${i.message}`);
  throw new Error(`De configuratie van de gemeente klopt niet:\n${regels.join('\n')}`);
}

/** A shipped configuration by slug, or undefined. */
export function findGemeente(slug: string): Gemeente | undefined {
  return GEMEENTEN[slug];
}
