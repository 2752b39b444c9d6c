#!/usr/bin/env node
import { translateMotorfout } from '@netwerkregie/toepassing';
import { run } from './index.js';

// A reader that stops early (`| head`) closes the pipe: the command then finishes quietly, with the
// exit status it would have had, instead of a stack trace for the unhandled EPIPE.
for (const stroom of [process.stdout, process.stderr]) {
  stroom.on('error', (fout: NodeJS.ErrnoException) => {
    if (fout.code === 'EPIPE' || fout.code === 'ERR_STREAM_DESTROYED') return;
    throw fout;
  });
}

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (fout: unknown) => {
    // A database or I/O failure, or a bug: say so plainly, without data from the list.
    // The engine's codes (SQLite, PostgreSQL, the store's own) in Dutch: packages/toepassing.
    const uitleg = translateMotorfout(fout)?.melding;
    const tekst = fout instanceof Error ? fout.message : String(fout);
    process.stderr.write(uitleg ? `Fout: ${uitleg} (${tekst})\n` : `Onverwachte fout: ${tekst}\n`);
    process.exitCode = 3;
  },
);
