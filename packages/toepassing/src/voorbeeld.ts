import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Gemeente } from '@netwerkregie/domain';
import type { ImportOpties, Operaties } from '@netwerkregie/import';
import type { Store } from '@netwerkregie/store';
import { type ImportMetTrend, importPakket, keepTrend } from './importeren.js';

const DAG = 86_400_000;

/** The day a sample speaks for: `generator.peildatum` in the `verwacht.json` beside it, if any. */
export function peildatumVan(pad: string): string | undefined {
  const verwacht = join(dirname(pad), 'verwacht.json');
  if (!existsSync(verwacht)) return undefined;
  try {
    const peildatum = (JSON.parse(readFileSync(verwacht, 'utf8')) as { generator?: { peildatum?: unknown } }).generator
      ?.peildatum;
    return typeof peildatum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(peildatum) ? peildatum : undefined;
  } catch {
    return undefined;
  }
}

/** Whole days from `van` to `tot` (ISO dates). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG);
}

function verschuif(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);
}

/** Moves every date of a plan's writes by `dagen` days, as applying reads them (the plan keeps its writes outside the heap). */
export function shiftDatums(operaties: Operaties, dagen: number): void {
  if (dagen === 0) return;
  operaties.transform({
    contactmomenten: (c) => {
      c.datum = verschuif(c.datum, dagen);
    },
    trainingen: (t) => {
      if (t.datum !== null) t.datum = verschuif(t.datum, dagen);
    },
    lidmaatschappen: (l) => {
      if (l.begin !== null) l.begin = verschuif(l.begin, dagen);
      if (l.einde !== null) l.einde = verschuif(l.einde, dagen);
    },
  });
}

/**
 * Loads a gemeente's sample as if it were made today: a sample's dates centre on its own
 * peildatum (2025-03-01 for Almere), so against the calendar every partner would be out of touch
 * and the demo all red. Every date moves by (today - the sample's peildatum) between plan and
 * apply, in one transaction, so the indicators today are those of the sample on its own day.
 */
export async function loadVoorbeeld(
  store: Store,
  opties: ImportOpties & { pad: string; gemeente: Gemeente },
  vandaag: string = new Date().toISOString().slice(0, 10),
): Promise<ImportMetTrend> {
  const { planImport, applyPlan } = await importPakket();
  const peildatum = peildatumVan(opties.pad);
  const dagen = peildatum === undefined ? 0 : dagenTussen(peildatum, vandaag);
  const samenvatting = await store.transaction(async (tx) => {
    const plan = await planImport(tx, opties);
    shiftDatums(plan.operaties, dagen);
    return applyPlan(tx, plan, opties.actor); // closes the plan's scratch database, also on failure
  });
  // The first start keeps the trend's first point, as every import does.
  return { samenvatting, waarschuwingen: await keepTrend(store, opties.gemeente, samenvatting) };
}
