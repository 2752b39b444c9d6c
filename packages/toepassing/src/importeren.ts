import type { Gemeente } from '@netwerkregie/domain';
import type { ImportOpties, ImportSamenvatting } from '@netwerkregie/import';
import type { Store } from '@netwerkregie/store';
import { saveTrend } from './trend.js';

/**
 * The import package is loaded on first use: it brings exceljs and papaparse, which a server that
 * only answers lookups never needs.
 */
export const importPakket = () => import('@netwerkregie/import');

/** Something that failed after the import itself was done: the import stays applied. */
export interface Waarschuwing {
  code: 'trend.mislukt' | 'rapport.mislukt';
  melding: string;
}

export interface ImportMetTrend {
  samenvatting: ImportSamenvatting;
  waarschuwingen: Waarschuwing[];
}

/**
 * Plans and applies an import (one transaction), then keeps the indicator trend. Once applied, a
 * failure to keep the trend is a warning, never a thrown error: the import is committed.
 */
export async function importWithTrend(
  store: Store,
  opties: ImportOpties & {
    gemeente: Gemeente;
    /** How the trend is kept after the import; default saveTrend (at once). The command line passes saveTrendLater. */
    trend?: TrendSchrijver;
  },
): Promise<ImportMetTrend> {
  const { importSheet } = await importPakket();
  const { trend, ...importOpties } = opties;
  const samenvatting = await importSheet(store, importOpties);
  return { samenvatting, waarschuwingen: await keepTrend(store, opties.gemeente, samenvatting, trend) };
}

/** Keeps the trend after a change, with why (`import <id>`, `contactmoment`). */
export type TrendSchrijver = (store: Store, gemeente: Gemeente, aanleiding: string) => Promise<void>;

/** Keeps the trend after an applied import; a failure is a warning, the import stays committed. */
export async function keepTrend(
  store: Store,
  gemeente: Gemeente,
  samenvatting: ImportSamenvatting,
  trend: TrendSchrijver = saveTrend,
): Promise<Waarschuwing[]> {
  const waarschuwingen: Waarschuwing[] = [];
  if (samenvatting.toegepast) {
    await trend(store, gemeente, `import ${samenvatting.id}`).catch((fout: unknown) => {
      waarschuwingen.push({
        code: 'trend.mislukt',
        melding: `De import is toegepast, maar de indicatoren voor de trend zijn niet bewaard (${reden(fout)}).`,
      });
    });
  }
  return waarschuwingen;
}

/** The file system's failures a steward can act on, in Dutch. */
const REDENEN: Readonly<Record<string, string>> = {
  EISDIR: 'het pad is een map',
  ENOTDIR: 'een deel van het pad is geen map',
  EACCES: 'geen toegang',
  EPERM: 'geen toegang',
  ENOSPC: 'de schijf is vol',
  EROFS: 'alleen-lezen bestandssysteem',
};

/** Why something failed, for a warning: a known code in Dutch, else the code, else the message. */
export function reden(fout: unknown): string {
  const code = (fout as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REDENEN[code] ?? code;
  return fout instanceof Error ? fout.message : String(fout);
}
