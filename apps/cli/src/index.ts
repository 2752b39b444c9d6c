import { GebruikFout } from './_fouten.js';
import { type Io, procesIo } from './io.js';
import { HULP as AUDIT, audit } from './opdrachten/audit.js';
import { bewaartermijn, HULP as RETENTION } from './opdrachten/bewaartermijn.js';
import { HULP as CONTACT, contact } from './opdrachten/contact.js';
import { HULP as EXPORT, exporteren } from './opdrachten/exporteren.js';
import { HULP as HISTORIE, historie } from './opdrachten/historie.js';
import { HULP as IMPORT, importeren } from './opdrachten/importeren.js';
import { HULP as IMPORTS, imports } from './opdrachten/imports.js';
import { HULP as INIT, init } from './opdrachten/init.js';
import { HULP as RAPPORT, rapporteren, werklijst } from './opdrachten/rapporteren.js';
import { HULP as SERVE, serveren } from './opdrachten/serveren.js';
import { HULP as KEYS, sleutels } from './opdrachten/sleutels.js';
import { HULP as START, start } from './opdrachten/starten.js';
import { HULP as REVERT, terugdraaien } from './opdrachten/terugdraaien.js';

export type { Io } from './io.js';

type Opdracht = { run: (args: string[], io: Io) => Promise<number>; hulp: string };

const OPDRACHTEN: Record<string, Opdracht> = {
  import: { run: importeren, hulp: IMPORT },
  revert: { run: terugdraaien, hulp: REVERT },
  export: { run: exporteren, hulp: EXPORT },
  history: { run: historie, hulp: HISTORIE },
  imports: { run: imports, hulp: IMPORTS },
  report: { run: rapporteren, hulp: RAPPORT },
  worklist: { run: werklijst, hulp: RAPPORT },
  contact: { run: contact, hulp: CONTACT },
  init: { run: init, hulp: INIT },
  retention: { run: bewaartermijn, hulp: RETENTION },
  start: { run: start, hulp: START },
  serve: { run: serveren, hulp: SERVE },
  keys: { run: sleutels, hulp: KEYS },
  audit: { run: audit, hulp: AUDIT },
};

const ALGEMEEN = `netwerkregie <opdracht> [opties]

Opdrachten: ${Object.keys(OPDRACHTEN).join(', ')}
Elke opdracht behalve init neemt --gemeente <naam>, --db <pad of postgres://…> (standaard:
DATABASE_URL als die is gezet, anders data/<gemeente>.db) en --config <bestand>.
Hulp bij een opdracht: netwerkregie <opdracht> --help`;

/** Runs one command line and returns its exit status; never exits the process itself. */
export async function run(argv: string[], io: Io = procesIo): Promise<number> {
  const [naam, ...args] = argv;
  if (!naam || naam === '--help' || naam === '-h' || naam === 'help') {
    io.stdout.write(`${ALGEMEEN}\n`);
    return naam ? 0 : 2;
  }
  const opdracht = OPDRACHTEN[naam];
  if (!opdracht) {
    io.stderr.write(`Onbekende opdracht "${naam}".\n\n${ALGEMEEN}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${opdracht.hulp}\n`);
    return 0;
  }
  try {
    return await opdracht.run(args, io);
  } catch (fout) {
    if (fout instanceof GebruikFout) {
      if (args.includes('--json'))
        io.stdout.write(`${JSON.stringify({ fout: { code: fout.code, melding: fout.message } })}\n`);
      else io.stderr.write(`Fout: ${fout.message}\n`);
      return 2;
    }
    throw fout;
  }
}
