/**
 * Loads the network for the key's role. A regisseur (or beheerder) gets the analysis's network
 * and health indicators. A lezer may not run the analysis: the map is then made from what a lezer
 * may read (the formal network's organisations and persons: the store's view for a lezer), so nothing
 * of the informal network reaches the page.
 */
import type { z } from 'zod';
import type { OrganisatieSchema, PersoonMetLidmaatschappenSchema } from '../../src/openapi/schemas.js';
import { type Api, ApiFout } from '../_api.js';
import type { Indicator, Kant, Knoop, Netwerk } from './_soorten.js';

export interface Geladen extends Netwerk {
  rol: 'regisseur' | 'lezer';
  indicatoren: Indicator[];
}

/** The lezer's sources, as the API documents them. */
type Organisatie = z.infer<typeof OrganisatieSchema>;
type Persoon = z.infer<typeof PersoonMetLidmaatschappenSchema>;

export async function loadNetwerk(api: Api): Promise<Geladen> {
  try {
    const [netwerk, gezondheid] = await Promise.all([
      api.json<Netwerk>('analyse/netwerk'),
      api.json<{ indicatoren: Indicator[] }>('analyse/gezondheid'),
    ]);
    return { ...netwerk, rol: 'regisseur', indicatoren: gezondheid.indicatoren };
  } catch (f) {
    if (!(f instanceof ApiFout) || f.status !== 403) throw f;
  }
  return { ...(await formeelNetwerk(api)), rol: 'lezer', indicatoren: [] };
}

async function formeelNetwerk(api: Api): Promise<Netwerk> {
  const [organisaties, personen] = await Promise.all([
    api.alles<Organisatie>('organisaties'),
    api.alles<Persoon>('personen'),
  ]);
  const knopen: Knoop[] = organisaties.map((o) => ({
    id: `organisatie:${o.id}`,
    soort: 'organisatie',
    naam: o.naam,
    domein: o.domein,
    netwerk: o.netwerk,
    organisatiesoort: o.soort,
    wijken: o.wijken,
  }));
  const kanten: Kant[] = [];
  for (const p of personen) {
    const domeinen = new Set(p.lidmaatschappen.map((l) => l.domein));
    knopen.push({
      id: `persoon:${p.id}`,
      soort: 'persoon',
      naam: p.naam,
      domein: domeinen.size === 1 ? [...domeinen][0]! : 'meerdere',
      netwerk: 'formeel',
      rollen: [...new Set(p.lidmaatschappen.flatMap((l) => l.rollen))],
      getraind: p.getraind,
    });
    for (const l of p.lidmaatschappen) {
      kanten.push({
        id: `l${kanten.length}`,
        bron: `persoon:${p.id}`,
        doel: `organisatie:${l.organisatieId}`,
        soort: 'lidmaatschap',
        // One membership, weighted as the analysis weighs one (see "The graph" in its README).
        gewicht: 1,
        aantal: 1,
        rollen: l.rollen,
      });
    }
  }
  return { knopen, kanten };
}
