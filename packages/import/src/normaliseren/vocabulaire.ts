import {
  DOMEIN_SYNONIEMEN,
  DOMEINEN,
  type Domein,
  type Gemeente,
  recognize,
  NETWERK_SYNONIEMEN,
  type Netwerk,
  ROL_SYNONIEMEN,
  ROLLEN,
  type Rol,
  TRAININGSOORT_SYNONIEMEN,
  TRAININGSOORTEN,
  type Trainingsoort,
} from '@netwerkregie/domain';
import { onthoud } from './_geheugen.js';
import { splitsLijst } from './tekst.js';
import { gelukt, mislukt, type Uitkomst } from './uitkomst.js';

/** Separators between roles in one cell. */
const ROLSCHEIDING = /[,;/\n&+]|\s+en\s+/;

/** A domain through IMPORT.md's synonyms and the gemeente's own (`Politie` -> veiligheid). */
export const leesDomein = onthoud((tekst: string, gemeente: Gemeente): Uitkomst<Domein> => {
  const domein = recognize(tekst, DOMEIN_SYNONIEMEN, gemeente.synoniemen.domein);
  return domein
    ? gelukt(domein)
    : mislukt('domein.onbekend', `Het domein "${tekst}" is onbekend; kies uit ${DOMEINEN.join(', ')}.`);
});

export const leesNetwerk = onthoud((tekst: string, gemeente: Gemeente): Uitkomst<Netwerk> => {
  const netwerk = recognize(tekst, NETWERK_SYNONIEMEN, gemeente.synoniemen.netwerk);
  return netwerk
    ? gelukt(netwerk)
    : mislukt('netwerk.onbekend', `Het netwerk "${tekst}" is onbekend; kies formeel of informeel.`);
});

/** A kind of training through the built-in words and the gemeente's own (`Terugkombijeenkomst` -> terugkomdag). */
export const leesTrainingsoort = onthoud((tekst: string, gemeente: Gemeente): Uitkomst<Trainingsoort> => {
  const soort = recognize(tekst, TRAININGSOORT_SYNONIEMEN, gemeente.synoniemen.trainingsoort);
  return soort
    ? gelukt(soort)
    : mislukt('training.onbekend', `De training "${tekst}" is onbekend; kies uit ${TRAININGSOORTEN.join(', ')}.`);
});

/** One or more roles; each unknown one is its own issue. */
export const leesRollen = onthoud(
  (tekst: string, gemeente: Gemeente): { rollen: Rol[]; onbekend: Uitkomst<never>[] } => {
    const rollen: Rol[] = [];
    const onbekend: Uitkomst<never>[] = [];
    for (const deel of splitsLijst(tekst, ROLSCHEIDING)) {
      const rol = recognize(deel, ROL_SYNONIEMEN, gemeente.synoniemen.rollen);
      if (!rol) {
        onbekend.push(
          mislukt('rol.onbekend', `De rol "${deel}" is onbekend; kies uit ${ROLLEN.map(leesbaar).join(', ')}.`),
        );
      } else if (!rollen.includes(rol)) {
        rollen.push(rol);
      }
    }
    return { rollen, onbekend };
  },
);

const leesbaar = (rol: string) => rol.replace(/-/g, ' ');
