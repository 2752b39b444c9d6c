/**
 * The questions the analysis routes ask, answered from one snapshot: the same code in the analysis worker
 * (`_analysewerker.ts`) and, for a store the worker cannot open (`:memory:`), in the calling thread.
 * An answer is plain JSON data (it crosses threads by structured clone).
 */
import type { AnalyseContext, Entiteit, Werklijst } from '@netwerkregie/analysis';
import type { Momentopname } from '@netwerkregie/domain';
import { analysePakket } from './trend.js';

export type AnalyseVraag =
  | { soort: 'gezondheid' }
  | { soort: 'werklijst'; aantal: number; introducties: number }
  | { soort: 'centraliteit'; top: number }
  | { soort: 'netwerk'; posities: boolean }
  | { soort: 'introductie'; van: string; naar: string };

export interface AnalyseAntwoord {
  /** The answer's body, as the route sends it; for `introductie` with an unknown party, null. */
  body: unknown;
  /** The parameters (`van`, `naar`) that name no node, for a 400; empty otherwise. */
  onbekend: string[];
}

/** One snapshot with its analysis context, made when first asked for: the map needs only the snapshot. */
export class Berekening {
  #ctx: AnalyseContext | undefined;
  constructor(readonly m: Momentopname) {}
  /** The ids of the persons in the snapshot: the data subjects of an analysis call (audit). */
  get betrokkenen(): string[] {
    return this.m.personen.map((p) => p.id);
  }
  async ctx(): Promise<AnalyseContext> {
    if (!this.#ctx) this.#ctx = (await analysePakket()).createContext(this.m);
    return this.#ctx;
  }
}

const SLEUTEL = /^(persoon|organisatie|overleg|wijk):/;

/** Name and kind of every node key the answer mentions. */
function entiteiten(ctx: AnalyseContext, waarde: unknown): Record<string, Entiteit> {
  const sleutels = new Set<string>();
  const loop = (w: unknown): void => {
    if (typeof w === 'string') {
      if (SLEUTEL.test(w)) sleutels.add(w);
    } else if (Array.isArray(w)) w.forEach(loop);
    else if (w && typeof w === 'object') {
      for (const [k, v] of Object.entries(w)) {
        if (SLEUTEL.test(k)) sleutels.add(k);
        loop(v);
      }
    }
  };
  loop(waarde);
  return Object.fromEntries(
    [...sleutels]
      .sort()
      .filter((k) => k.startsWith('wijk:') || ctx.graaf.hasNode(k))
      .map((k) => [k, ctx.entiteit(k)]),
  );
}

/** At most this many people to call per partner. */
const AANSPREEKPUNTEN = 5;

/**
 * Whom to call at each partner on the list, and how: its contact persons for radicalisation, or when
 * it has none its other current members. From the same snapshot as the list, so no one outside the
 * caller's view or outside the list is named.
 */
function aanspreekpunten(m: Momentopname, werklijst: Werklijst) {
  const personen = new Map(m.personen.map((p) => [p.id, p]));
  const actief = (l: Momentopname['lidmaatschappen'][number]) =>
    (l.begin === null || l.begin <= m.peildatum) && (l.einde === null || l.einde >= m.peildatum);
  return Object.fromEntries(
    werklijst.partners.map((partner) => {
      const leden = m.lidmaatschappen.filter(
        (l) => `organisatie:${l.organisatieId}` === partner.organisatie && actief(l),
      );
      const gekozen = partner.contactpersonen.length
        ? leden.filter((l) => partner.contactpersonen.includes(`persoon:${l.persoonId}`))
        : leden;
      const lijst = gekozen.flatMap((l) => {
        const p = personen.get(l.persoonId);
        return p
          ? [
              {
                persoon: `persoon:${p.id}`,
                naam: p.naam,
                functie: l.functie ?? null,
                rollen: l.rollen,
                email: p.email ?? null,
                telefoon: p.telefoon ?? null,
              },
            ]
          : [];
      });
      lijst.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.persoon.localeCompare(b.persoon));
      return [partner.organisatie, lijst.slice(0, AANSPREEKPUNTEN)];
    }),
  );
}

/** Answers one question from one snapshot. */
export async function beantwoordVraag(b: Berekening, vraag: AnalyseVraag): Promise<AnalyseAntwoord> {
  const pakket = await analysePakket();
  const ctx = await b.ctx();
  const antwoord = (body: unknown): AnalyseAntwoord => ({ body, onbekend: [] });
  switch (vraag.soort) {
    case 'gezondheid': {
      const indicatoren = pakket.computeIndicatoren(ctx);
      return antwoord({ peildatum: ctx.m.peildatum, indicatoren, entiteiten: entiteiten(ctx, indicatoren) });
    }
    case 'werklijst': {
      const werklijst = pakket.buildWerklijst(ctx, { aantal: vraag.aantal, introducties: vraag.introducties });
      return antwoord({
        ...werklijst,
        aanspreekpunten: aanspreekpunten(ctx.m, werklijst),
        entiteiten: entiteiten(ctx, werklijst),
      });
    }
    case 'centraliteit': {
      const { centraliteit, ...rest } = pakket.analyse(ctx, { top: vraag.top }).metrieken;
      return antwoord({ peildatum: ctx.m.peildatum, ...centraliteit, ...rest });
    }
    case 'netwerk': {
      const graaf = pakket.buildAnnotatedGraph(ctx);
      if (vraag.posities) pakket.layoutGraph(graaf);
      return antwoord({ peildatum: b.m.peildatum, ...pakket.toNetwerk(graaf) });
    }
    case 'introductie': {
      const knoop = (id: string) =>
        id.includes(':')
          ? id
          : (['persoon', 'organisatie', 'overleg'].map((s) => `${s}:${id}`).find((k) => ctx.graaf.hasNode(k)) ?? id);
      const [van, naar] = [knoop(vraag.van), knoop(vraag.naar)];
      const onbekend = (
        [
          ['van', van],
          ['naar', naar],
        ] as const
      )
        .filter(([, k]) => !ctx.graaf.hasNode(k))
        .map(([naam]) => naam);
      if (onbekend.length > 0) return { body: null, onbekend };
      const uitkomst = pakket.findIntroductie(ctx, van, naar);
      const introductie = uitkomst.status === 'gevonden' ? uitkomst.introductie : null;
      return antwoord({
        status: introductie ? 'gevonden' : 'geen-pad',
        introductie,
        entiteiten: entiteiten(ctx, introductie),
      });
    }
  }
}
