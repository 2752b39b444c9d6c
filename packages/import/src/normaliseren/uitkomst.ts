import type { Meldingcode } from '../meldingen.js';

/** A normalised value, or the issue that prevented it (code and concrete Dutch message). */
export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; code: Meldingcode; melding: string };

export const gelukt = <T>(waarde: T): Uitkomst<T> => ({ ok: true, waarde });
export const mislukt = <T = never>(code: Meldingcode, melding: string): Uitkomst<T> => ({ ok: false, code, melding });
