#!/usr/bin/env node
import { voerUit } from './index.js';

/** What a database failure means for the user, in Dutch; the store is left as it was either way. */
const DATABASEFOUTEN: Array<[string, string]> = [
  ['SQLITE_FULL', 'De schijf is vol; er is niets opgeslagen.'],
  ['SQLITE_IOERR', 'De database kon niet worden geschreven (schijf- of I/O-fout); er is niets opgeslagen.'],
  ['SQLITE_READONLY', 'De database is alleen-lezen; er is niets opgeslagen.'],
  ['SQLITE_CANTOPEN', 'De database kan niet worden geopend; controleer het pad en de rechten.'],
  ['SQLITE_BUSY', 'De database is bezet door een andere import; probeer het zo opnieuw.'],
  ['SQLITE_CORRUPT', 'Het databasebestand is beschadigd; zet een reservekopie terug.'],
  // The store's own codes (OpslagFout), the same for SQLite and PostgreSQL.
  ['bezet', 'De database is bezet door een andere import; probeer het zo opnieuw.'],
  ['onbereikbaar', 'De PostgreSQL-server is niet bereikbaar; controleer DATABASE_URL en of de server draait.'],
  // PostgreSQL's codes for a refused login and a database that does not exist.
  ['28P01', 'PostgreSQL weigert de inlog; controleer gebruiker en wachtwoord in DATABASE_URL.'],
  ['28000', 'PostgreSQL weigert de inlog; controleer gebruiker en wachtwoord in DATABASE_URL.'],
  ['3D000', 'Deze PostgreSQL-database bestaat niet; maak haar aan of controleer DATABASE_URL.'],
];

// A reader that stops early (`| head`) closes the pipe: the command then finishes quietly, with the
// exit status it would have had, instead of a stack trace for the unhandled EPIPE.
for (const stroom of [process.stdout, process.stderr]) {
  stroom.on('error', (fout: NodeJS.ErrnoException) => {
    if (fout.code === 'EPIPE' || fout.code === 'ERR_STREAM_DESTROYED') return;
    throw fout;
  });
}

voerUit(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (fout: unknown) => {
    // A database or I/O failure, or a bug: say so plainly, without data from the list.
    const code = String((fout as { code?: unknown })?.code ?? '');
    const uitleg = DATABASEFOUTEN.find(([prefix]) => code.startsWith(prefix))?.[1];
    const tekst = fout instanceof Error ? fout.message : String(fout);
    process.stderr.write(uitleg ? `Fout: ${uitleg} (${tekst})\n` : `Onverwachte fout: ${tekst}\n`);
    process.exitCode = 3;
  },
);
