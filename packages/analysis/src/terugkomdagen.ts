import type { Momentopname, Training } from '@netwerkregie/domain';
import type { z } from 'zod';
import { naamVolgorde } from './_naamvolgorde.js';
import { sleutel } from './_register.js';
import { maandenTerug } from './_tijd.js';
import { type AnalyseContext, toContext } from './context.js';
import type { TerugkomdagenSchema, TerugkomdagOrganisatieSchema } from './schemas.js';

export type Terugkomdagen = z.infer<typeof TerugkomdagenSchema>;
export type TerugkomdagOrganisatie = z.infer<typeof TerugkomdagOrganisatieSchema>;

/** A person's latest dated training on or before the peildatum; undated ones ("ja") tell no age. */
function laatsteTraining(trainingen: readonly Training[] | undefined): Training | undefined {
  let laatste: Training | undefined;
  for (const t of trainingen ?? []) if (t.datum !== null && (!laatste || t.datum > laatste.datum!)) laatste = t;
  return laatste;
}

/** "2 jaar" or "18 maanden", for reasons. */
export function termijnTekst(maanden: number): string {
  return maanden % 12 === 0 ? `${maanden / 12} jaar` : `${maanden} maanden`;
}

/**
 * Refresher days due (§4: after the basic training, terugkomdagen keep the knowledge up to date):
 * per organisation, its active members whose latest dated training (any kind: a terugkomdag
 * refreshes too) lies before the peildatum minus the gemeente's `terugkomdagTermijnMaanden`.
 * Members never trained are the training indicator's business, not this list's; a training
 * without a date cannot be judged and is left out. Organisations by name, persons by name.
 * With `organisatie` (an id), only that organisation, listed even when nobody there is due.
 */
export function terugkomdagen(
  bron: Momentopname | AnalyseContext,
  opties: { organisatie?: string } = {},
): Terugkomdagen {
  const ctx = toContext(bron);
  const r = ctx.register;
  const termijnMaanden = r.m.gemeente.terugkomdagTermijnMaanden;
  const grens = maandenTerug(r.peildatum, termijnMaanden);
  const organisaties: TerugkomdagOrganisatie[] = [];
  for (const o of r.organisaties.values()) {
    if (opties.organisatie !== undefined && o.id !== opties.organisatie) continue;
    let getraind = 0;
    const personen: TerugkomdagOrganisatie['personen'] = [];
    for (const p of r.ledenVan.get(o.id) ?? []) {
      const laatste = laatsteTraining(r.trainingenVan.get(p));
      if (!laatste) continue;
      getraind++;
      if (laatste.datum! < grens) {
        personen.push({
          persoon: sleutel.persoon(p),
          naam: r.personen.get(p)!.naam,
          laatsteTraining: laatste.datum!,
          soort: laatste.soort,
        });
      }
    }
    if (personen.length === 0 && opties.organisatie === undefined) continue;
    organisaties.push({
      organisatie: sleutel.organisatie(o.id),
      naam: o.naam,
      getraind,
      personen: personen.sort((a, b) => naamVolgorde(a.naam, b.naam) || (a.persoon < b.persoon ? -1 : 1)),
    });
  }
  organisaties.sort((a, b) => naamVolgorde(a.naam, b.naam) || (a.organisatie < b.organisatie ? -1 : 1));
  return { peildatum: r.peildatum, termijnMaanden, grens, organisaties };
}
