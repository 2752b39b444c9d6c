/** The port the API listens on: `--port`, else the environment's PORT, else 8787; a taken port is a usage error. */
import { createServer } from 'node:net';
import { GebruikFout } from './_fouten.js';

/** --port of start and serve; its default is read from the environment when the command runs (standaardPoort). */
export const poortOptie = () =>
  ({
    type: 'string',
    waarde: '<poort>',
    omschrijving: 'De poort waarop de API luistert.',
    standaard: 'de omgevingsvariabele PORT, anders 8787',
  }) as const;

export function standaardPoort(): string {
  return process.env.PORT || '8787';
}

export function parsePoort(waarde: string): number {
  const poort = Number(waarde);
  if (!/^\d+$/.test(waarde) || poort > 65535) {
    throw new GebruikFout(`--port is een poortnummer van 0 tot en met 65535, niet "${waarde}".`);
  }
  return poort;
}

export function poortBezet(poort: number, host: string): GebruikFout {
  return new GebruikFout(
    `Poort ${poort} op ${host} is al in gebruik (draait Netwerkregie al?). Kies een andere poort met --port of PORT.`,
    'poort.bezet',
  );
}

/**
 * Fails before anything is printed or changed when the port is taken, so that `start` does not hand
 * out demo keys for a server that cannot run. (The server itself may still lose a race; serveer says so too.)
 */
export function checkPoort(poort: number, host: string): Promise<void> {
  if (poort === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const proef = createServer();
    proef.once('error', (fout: NodeJS.ErrnoException) =>
      reject(fout.code === 'EADDRINUSE' || fout.code === 'EACCES' ? poortBezet(poort, host) : fout),
    );
    proef.listen(poort, host, () => proef.close(() => resolve()));
  });
}
