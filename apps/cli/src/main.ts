#!/usr/bin/env node
import { voerUit } from './index.js';

voerUit(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (fout: unknown) => {
    // A bug or an I/O failure: say so plainly, without data from the list.
    process.stderr.write(`Onverwachte fout: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exitCode = 3;
  },
);
