import { isBestaandeDatum } from '@netwerkregie/domain';

/** A filter date must be ISO yyyy-mm-dd; anything else would compare as text and silently mislead. */
export function validateDatum(datum: string, naam: string): string {
  if (!isBestaandeDatum(datum)) throw new RangeError(`${naam}: geen geldige datum "${datum}"; verwacht jjjj-mm-dd.`);
  return datum;
}

/** Today in UTC as yyyy-mm-dd. */
export const vandaag = (): string => new Date().toISOString().slice(0, 10);
