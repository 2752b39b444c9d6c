import { woordSleutel } from '@netwerkregie/domain';

const JA = new Set(['ja', 'j', 'yes', 'y', 'x', '✓', '✔', '✔️', 'true', 'waar', '1']);
const NEE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

/** `ja`, `x`, `✓`, yes, true -> true; `nee`, no, false -> false; anything else undefined. */
export function leesJaNee(tekst: string): boolean | undefined {
  const sleutel = woordSleutel(tekst);
  if (JA.has(sleutel)) return true;
  if (NEE.has(sleutel)) return false;
  return undefined;
}
