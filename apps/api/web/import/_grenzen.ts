/** The server's limits for an import (read before any upload), and the check of a chosen file against them. */
import type { Api } from '../_api.js';

export interface Grenzen {
  maxBytes: number;
  planGeldigMs: number;
  planGeldig: string;
}

export const leesGrenzen = (api: Api) => api.json<Grenzen>('importinstellingen');

/** "10 MB", "2,5 MB": megabytes the Dutch way. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb.toLocaleString('nl-NL', { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}

/** Why this file cannot be uploaded, or null when it can. */
export function teGroot(bestand: File, grenzen: Grenzen): string | null {
  if (bestand.size <= grenzen.maxBytes) return null;
  return `${bestand.name} is ${megabytes(bestand.size)}; dat is groter dan de ${megabytes(grenzen.maxBytes)} die de server aanneemt. Splits de lijst in delen of verwijder kolommen die niet nodig zijn.`;
}
