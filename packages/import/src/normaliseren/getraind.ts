import type { Cel } from '../types.js';
import { leesDatum } from './datum.js';
import { leesJaNee } from './janee.js';
import { celAlsTekst } from './tekst.js';
import { gelukt, mislukt, type Uitkomst } from './uitkomst.js';

export type Getraind = { datum: string | null } | false;

/** A date (trained on that day), yes (trained, day unknown: `{ datum: null }`) or no (`false`). */
export function leesGetraind(cel: Cel): Uitkomst<Getraind> {
  if (typeof cel === 'boolean') return gelukt(cel ? { datum: null } : false);
  if (cel === 1 || cel === 0) return gelukt(cel === 1 ? { datum: null } : false);
  const tekst = celAlsTekst(cel).trim();
  if (typeof cel === 'string') {
    const janee = leesJaNee(tekst);
    if (janee !== undefined) return gelukt(janee ? { datum: null } : false);
    if (!/\d/.test(tekst)) {
      return mislukt('getraind.ongeldig', `"${tekst}" is geen datum, ja of nee.`);
    }
  }
  const datum = leesDatum(cel);
  return datum.ok ? gelukt({ datum: datum.waarde }) : datum;
}
