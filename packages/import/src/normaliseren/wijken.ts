import { type Gemeente, woordSleutel } from '@netwerkregie/domain';
import { onthoud } from './_geheugen.js';
import { splitsLijst } from './tekst.js';
import { mislukt, type Uitkomst } from './uitkomst.js';

const WIJKSCHEIDING = /[,;/\n]/;

/** Words for "the whole city" (also `heel Almere`): they stand for all of the gemeente's districts. */
export const HELE_STAD = ['heel de stad', 'hele stad', 'stadsbreed', 'citywide', 'gemeentebreed'] as const;
const HELE_STAD_SLEUTELS = new Set(HELE_STAD.map(woordSleutel));

/**
 * Districts of the gemeente (case, diacritics, spaces and hyphens ignored, or via
 * `synoniemen.wijken`), separated by `,` `;` `/`. `heel de stad` / `citywide` is every district.
 * Each unknown part is its own issue.
 */
export const leesWijken = onthoud(
  (tekst: string, gemeente: Gemeente): { wijken: string[]; onbekend: Uitkomst<never>[] } => {
    const index = wijkindex(gemeente);
    const heel = index.get(woordSleutel(tekst));
    if (heel) return { wijken: heel, onbekend: [] };
    const wijken: string[] = [];
    const onbekend: Uitkomst<never>[] = [];
    for (const deel of splitsLijst(tekst, WIJKSCHEIDING)) {
      const gevonden = index.get(woordSleutel(deel));
      if (!gevonden) {
        onbekend.push(
          mislukt(
            'wijk.onbekend',
            `De wijk "${deel}" is onbekend in ${gemeente.naam}; kies uit ${gemeente.wijken.join(', ')}.`,
          ),
        );
        continue;
      }
      for (const wijk of gevonden) if (!wijken.includes(wijk)) wijken.push(wijk);
    }
    return { wijken, onbekend };
  },
);

const indexen = new WeakMap<Gemeente, Map<string, string[]>>();

/** Folded word -> the districts it names. */
function wijkindex(gemeente: Gemeente): Map<string, string[]> {
  let index = indexen.get(gemeente);
  if (index) return index;
  index = new Map<string, string[]>();
  for (const sleutel of [
    ...HELE_STAD_SLEUTELS,
    woordSleutel(`heel ${gemeente.naam}`),
    woordSleutel(`hele ${gemeente.naam}`),
  ]) {
    index.set(sleutel, [...gemeente.wijken]);
  }
  for (const [naam, wijk] of Object.entries(gemeente.synoniemen.wijken)) index.set(woordSleutel(naam), [wijk]);
  for (const wijk of gemeente.wijken) index.set(woordSleutel(wijk), [wijk]);
  indexen.set(gemeente, index);
  return index;
}
