import { naamVolgorde } from '../_naamvolgorde.js';
import type { Rapport } from '../analyse.js';
import type { Indicator } from '../types.js';
import { getal, procent } from './_opmaak.js';

/** A table of plain text cells, rendered by both the Markdown and the XLSX writer. */
export interface Tabel {
  titel: string;
  kolommen: string[];
  rijen: string[][];
}

const SOORT: Record<string, string> = {
  persoon: 'persoon',
  organisatie: 'organisatie',
  overleg: 'overleg',
  wijk: 'wijk',
};

/** The indicator's `betreft` with names, kind, domain and reason; by rank for candidates, else by name. */
export function betreftTabel(rapport: Rapport, indicator: Indicator): Tabel {
  const redenen = indicator.details?.redenen ?? {};
  const kandidaten = indicator.details?.kandidaten as Array<{ persoon: string }> | undefined;
  const volgorde = kandidaten
    ? kandidaten.map((k) => k.persoon)
    : [...indicator.betreft].sort((a, b) => {
        const [na, nb] = [rapport.entiteiten[a]?.naam ?? a, rapport.entiteiten[b]?.naam ?? b];
        return naamVolgorde(na, nb) || (a < b ? -1 : 1);
      });
  return {
    titel: 'Betreft',
    kolommen: ['Naam', 'Soort', 'Domein', 'Reden', 'Id'],
    rijen: volgorde.map((k) => {
      const e = rapport.entiteiten[k];
      return [e?.naam ?? k, SOORT[e?.soort ?? ''] ?? '', e?.domein ?? '', redenen[k] ?? '', k];
    }),
  };
}

/** Further tables some indicators carry in their details. */
export function detailTabellen(indicator: Indicator): Tabel[] {
  const d = indicator.details as Record<string, unknown> | undefined;
  if (!d) return [];
  switch (indicator.id) {
    case 'veiligheid-zorg': {
      const makelaars = d.makelaars as Array<{ naam: string; banden: number }>;
      return [
        {
          titel: 'Makelaars tussen veiligheid en zorg',
          kolommen: ['Naam', 'Banden'],
          rijen: makelaars.map((m) => [m.naam, getal(m.banden)]),
        },
      ];
    }
    case 'training': {
      const perOrganisatie = d.perOrganisatie as Array<{
        naam: string;
        domein: string;
        totaal: number;
        getraind: number;
      }>;
      const perDomein = d.perDomein as Array<{ domein: string; totaal: number; getraind: number }>;
      const rij = (naam: string, x: { totaal: number; getraind: number }) => [
        naam,
        getal(x.totaal),
        getal(x.getraind),
        procent(x.getraind / x.totaal),
      ];
      return [
        {
          titel: 'Per organisatie',
          kolommen: ['Organisatie', 'Totaal', 'Getraind', 'Aandeel'],
          rijen: perOrganisatie.map((o) => rij(o.naam, o)),
        },
        {
          titel: 'Per domein',
          kolommen: ['Domein', 'Totaal', 'Getraind', 'Aandeel'],
          rijen: perDomein.map((o) => rij(o.domein, o)),
        },
      ];
    }
    case 'wijkdekking': {
      const ontbrekend = d.ontbrekend as Array<{ wijk: string; domein: string }>;
      return [{ titel: 'Ontbrekend', kolommen: ['Wijk', 'Domein'], rijen: ontbrekend.map((o) => [o.wijk, o.domein]) }];
    }
    case 'silos': {
      const silos = d.silos as Array<{ community: number; domein: string; organisaties: number; aandeel: number }>;
      return [
        {
          titel: 'Silo’s',
          kolommen: ['Gemeenschap', 'Domein', 'Organisaties', 'Aandeel'],
          rijen: silos.map((s) => [getal(s.community), s.domein, getal(s.organisaties), procent(s.aandeel)]),
        },
      ];
    }
    default:
      return [];
  }
}
