/**
 * Where a gemeente's store lives: `db` (a file, or a postgres:// URL), else the environment's
 * DATABASE_URL (PostgreSQL, one schema per gemeente), else the file data/<gemeente>.db.
 * The only place that rule is written.
 */
import { join } from 'node:path';
import type { OpenOpties } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';

const POSTGRES = /^postgres(ql)?:\/\//;

/** The folder the database files live in when nothing else is said. */
export const STANDAARD_DATAMAP = 'data';

export type Locatie = { pad: string; url?: undefined } | { url: string; pad?: undefined };

/** The default database file of a gemeente: `<dataMap>/<slug>.db`. */
export function standaardDb(slug: string, dataMap = STANDAARD_DATAMAP): string {
  return join(dataMap, `${slug}.db`);
}

export function locatieVan(
  slug: string,
  db: string | undefined,
  env: Record<string, string | undefined> = process.env,
): Locatie {
  if (db !== undefined) {
    if (POSTGRES.test(db)) return { url: db };
    // Another kind of URL would otherwise become folders named 'mysql:' and so on.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) {
      throw new ToepassingFout(
        'database.ongeldig',
        `--db is een bestand of een postgres://-adres, geen ${db.split(':')[0]}-adres.`,
      );
    }
    return { pad: db };
  }
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!POSTGRES.test(url)) {
      throw new ToepassingFout(
        'database.ongeldig',
        'DATABASE_URL is geen PostgreSQL-adres (postgres://gebruiker:wachtwoord@server:5432/database); maak haar leeg voor een databasebestand.',
      );
    }
    return { url };
  }
  return { pad: standaardDb(slug) };
}

export function openOpties(slug: string, locatie: Locatie): OpenOpties {
  return locatie.url !== undefined ? { gemeente: slug, url: locatie.url } : { gemeente: slug, pad: locatie.pad };
}

/** For messages: the file, or the URL without its password. */
export function describeLocatie(locatie: Locatie): string {
  if (locatie.pad !== undefined) return locatie.pad;
  try {
    const u = new URL(locatie.url);
    u.password = '';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}
