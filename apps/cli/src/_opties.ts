/**
 * One definition per command (the citty habit): each option's name, type, default and Dutch
 * description. Both parseArgs' options and the `--help` text come from it, so the help cannot
 * forget an option the command takes.
 */
import { parseArgs } from 'node:util';
import { GebruikFout } from './_fouten.js';

export interface Optie {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string;
  /** The value in the help, e.g. `<pad>`; strings only. */
  waarde?: string;
  /** What the option does, in Dutch, one line. */
  omschrijving: string;
  /** The default as the help states it, when `default` is computed (the environment, today). */
  standaard?: string;
}

export type Opties = Readonly<Record<string, Optie>>;

export interface Opdracht<T extends Opties> {
  /** The usage lines, each after `netwerkregie `: the command, its subcommands and positionals. */
  gebruik: readonly string[];
  /** What the command does, in Dutch. */
  uitleg: string;
  opties: T;
  /** Whether the command takes positionals (a file, an id, a subcommand); default true. */
  posities?: boolean;
}

/** The options every command that opens a gemeente's database takes (IMPORT.md). */
export const GEMEENSCHAPPELIJK = {
  gemeente: { type: 'string', waarde: '<naam>', omschrijving: 'De gemeente, bijvoorbeeld almere.' },
  db: {
    type: 'string',
    waarde: '<pad of postgres://…>',
    omschrijving: 'De database: een bestand of een PostgreSQL-adres.',
    standaard: 'DATABASE_URL als die is gezet, anders data/<gemeente>.db',
  },
  config: {
    type: 'string',
    waarde: '<bestand>',
    omschrijving: 'De configuratie van de gemeente.',
    standaard: 'gemeenten/<gemeente>.json als dat bestaat, anders de meegeleverde',
  },
  help: { type: 'boolean', short: 'h', omschrijving: 'Toont deze hulp.' },
} as const satisfies Opties;

/** Defines a command; the identity, so the option types stay literal for parseArgs. */
export function opdracht<const T extends Opties>(definitie: Opdracht<T>): Opdracht<T> {
  return definitie;
}

/** parseArgs over a command's definition, with Dutch messages for unknown or malformed options. */
export function parseOpdracht<T extends Opties>(
  args: string[],
  definitie: Opdracht<T>,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    // parseArgs reads type, short, multiple and default, and passes over the help's own fields.
    return parseArgs({ args, options: definitie.opties, allowPositionals: definitie.posities ?? true, strict: true });
  } catch (fout) {
    throw new GebruikFout(`Ongeldige opdracht: ${(fout as Error).message}`);
  }
}

/** The `--help` text of a command, from its definition. */
export function hulpVan(definitie: Opdracht<Opties>): string {
  const regels = Object.entries(definitie.opties).map(([naam, o]) => {
    const kop = `${o.short ? `-${o.short}, ` : ''}--${naam}${o.type === 'string' ? ` ${o.waarde ?? '<waarde>'}` : ''}`;
    const standaard = o.standaard ?? o.default;
    const extra = [o.multiple ? 'mag vaker' : '', standaard !== undefined ? `standaard: ${standaard}` : '']
      .filter(Boolean)
      .join('; ');
    return [kop, extra ? `${o.omschrijving} (${extra})` : o.omschrijving] as const;
  });
  const breedte = Math.max(...regels.map(([kop]) => kop.length)) + 2;
  return [
    ...definitie.gebruik.map((g) => `netwerkregie ${g}`),
    '',
    definitie.uitleg,
    '',
    'Opties:',
    ...regels.map(([kop, tekst]) => `  ${kop.padEnd(breedte)}${tekst}`),
  ].join('\n');
}
