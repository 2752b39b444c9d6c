import { ToepassingFout } from '@netwerkregie/toepassing';

/** The arguments or the file cannot be used at all: exit status 2 (IMPORT.md). */
export class GebruikFout extends Error {
  constructor(
    melding: string,
    readonly code = 'argumenten.ongeldig',
  ) {
    super(melding);
    this.name = 'GebruikFout';
  }
}

/**
 * An operation's refusal (packages/toepassing) is a usage error, exit 2, with its code and Dutch
 * message; an engine failure and anything else is left for main.ts (exit 3).
 */
export function alsGebruikFout(fout: unknown): unknown {
  if (fout instanceof ToepassingFout && fout.weigering) return new GebruikFout(fout.melding, fout.code);
  return fout;
}
