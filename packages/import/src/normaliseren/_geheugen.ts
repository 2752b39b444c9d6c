import type { Gemeente } from '@netwerkregie/domain';

const MAX_WAARDEN = 10_000;

/**
 * Remembers a pure function of a text and a gemeente: a sheet repeats its vocabulary words on
 * every row. Keeps at most 10,000 texts per gemeente.
 */
export function onthoud<T>(
  functie: (tekst: string, gemeente: Gemeente) => T,
): (tekst: string, gemeente: Gemeente) => T {
  const geheugens = new WeakMap<Gemeente, Map<string, T>>();
  return (tekst, gemeente) => {
    let geheugen = geheugens.get(gemeente);
    if (!geheugen) {
      geheugen = new Map();
      geheugens.set(gemeente, geheugen);
    }
    const bekend = geheugen.get(tekst);
    if (bekend !== undefined) return bekend;
    const uitkomst = functie(tekst, gemeente);
    if (geheugen.size < MAX_WAARDEN) geheugen.set(tekst, uitkomst);
    return uitkomst;
  };
}
