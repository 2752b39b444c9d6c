import { type ParseArgsConfig, parseArgs } from 'node:util';
import { GebruikFout } from './_fouten.js';

type Opties = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes (IMPORT.md): the gemeente, its database file, its configuration. */
export const GEMEENSCHAPPELIJK = {
  gemeente: { type: 'string' },
  db: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Opties;

/** parseArgs with Dutch messages for unknown or malformed options. */
export function leesOpties<T extends Opties>(
  args: string[],
  options: T,
  positionals = true,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (fout) {
    throw new GebruikFout(`Ongeldige opdracht: ${(fout as Error).message}`);
  }
}
