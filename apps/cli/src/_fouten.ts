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
