/**
 * How far the planning of an upload is, per gemeente and the token the page sent with it, in this
 * process only: the page polls the instance that plans its upload (another instance answers 404, and
 * the page then shows that it is busy without a figure). Entries go a minute after planning ended.
 */
export type Fase = 'lezen' | 'plannen' | 'klaar' | 'mislukt';

export interface Voortgang {
  fase: Fase;
  gelezenBytes: number;
  totaalBytes: number;
}

const standen = new Map<string, Voortgang>();
const BEWAAR_MS = 60_000;
/** At most this many plans followed at once; beyond it the oldest goes (tokens come from clients). */
const MAXIMUM = 1000;

const sleutel = (gemeente: string, token: string) => `${gemeente}\u0000${token}`;

export function volg(gemeente: string, token: string, totaalBytes: number) {
  const k = sleutel(gemeente, token);
  if (standen.size >= MAXIMUM) standen.delete(standen.keys().next().value as string);
  standen.set(k, { fase: 'lezen', gelezenBytes: 0, totaalBytes });
  return {
    gelezen(gelezenBytes: number, totaal: number) {
      standen.set(k, { fase: gelezenBytes >= totaal ? 'plannen' : 'lezen', gelezenBytes, totaalBytes: totaal });
    },
    einde(fase: 'klaar' | 'mislukt') {
      const nu = standen.get(k);
      if (nu) standen.set(k, { ...nu, fase, gelezenBytes: nu.totaalBytes });
      setTimeout(() => standen.delete(k), BEWAAR_MS).unref();
    },
  };
}

export const voortgangVan = (gemeente: string, token: string): Voortgang | undefined =>
  standen.get(sleutel(gemeente, token));
