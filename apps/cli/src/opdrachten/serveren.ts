import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp, startServer } from '@netwerkregie/api';
import { openStore } from '@netwerkregie/store';
import { STANDAARD_DATAMAP } from '@netwerkregie/toepassing';
import { describeLocatie, locatieVan, openOpties } from '../_database.js';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { parsePoort, poortBezet, poortOptie, standaardPoort } from '../_poort.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['serve --gemeente <naam> [--gemeente <naam> ...] [opties]'],
  uitleg: `Start de HTTP-API voor de genoemde gemeenten, elk met een eigen databasebestand (data/<gemeente>.db).
Met DATABASE_URL=postgres://… (of --db postgres://…) staat elke gemeente in een eigen schema van die
PostgreSQL-database; dan kunnen meerdere processen naast elkaar dezelfde gemeenten bedienen.
De poort is --port, anders de omgevingsvariabele PORT, anders 8787.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    gemeente: { ...GEMEENSCHAPPELIJK.gemeente, multiple: true },
    db: {
      ...GEMEENSCHAPPELIJK.db,
      omschrijving: 'De database: een bestand (bij één gemeente) of een PostgreSQL-adres.',
    },
    port: poortOptie(),
    host: {
      type: 'string',
      default: '127.0.0.1',
      waarde: '<adres>',
      omschrijving: 'Het adres waarop de API luistert.',
    },
    'rate-limit': {
      type: 'string',
      default: '600',
      waarde: '<aantal>',
      omschrijving: 'Verzoeken per minuut per sleutel.',
    },
  },
  posities: false,
});

export const HULP = hulpVan(DEFINITIE);

export async function serveren(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const verzoekenPerMinuut = Number(values['rate-limit']);
  if (!Number.isInteger(verzoekenPerMinuut) || verzoekenPerMinuut < 1) {
    throw new GebruikFout('--rate-limit is een positief geheel getal (verzoeken per minuut per sleutel).');
  }
  const slugs = values.gemeente ?? ['almere'];
  const gemeenten = slugs.map((slug) => loadGemeente(slug, slugs.length === 1 ? values.config : undefined));
  await serve(
    gemeenten,
    { db: values.db, port: parsePoort(values.port ?? standaardPoort()), host: values.host, verzoekenPerMinuut },
    io,
  );
  return 0;
}

/** Starts the API and resolves when it has stopped (SIGTERM or SIGINT). */
export async function serve(
  gemeenten: ReturnType<typeof loadGemeente>[],
  opties: { db?: string | undefined; port: number; host: string; verzoekenPerMinuut?: number },
  io: Io,
): Promise<void> {
  const db = gemeenten.length === 1 ? opties.db : undefined;
  const locaties = gemeenten.map((g) => locatieVan(g.slug, db));
  const postgres = locaties[0]?.url;
  // The API would make an empty database and serve it as a healthy, empty network: refuse a missing
  // file or PostgreSQL schema as every read command does.
  for (const gemeente of gemeenten) await withStore(gemeente, db, async () => undefined);
  const dataMap = db && !postgres ? dirname(db) : STANDAARD_DATAMAP;
  if (!postgres) mkdirSync(dataMap, { recursive: true });
  const app = createApp({
    gemeenten,
    dataMap,
    ...(opties.verzoekenPerMinuut ? { limieten: { verzoekenPerMinuut: opties.verzoekenPerMinuut } } : {}),
    ...(db || postgres
      ? { openStore: (g: { slug: string }) => openStore(openOpties(g.slug, locatieVan(g.slug, db))) }
      : {}),
  });
  const server = await startServer({ app, port: opties.port, hostname: opties.host }).catch(async (fout) => {
    await app.close();
    throw (fout as NodeJS.ErrnoException).code === 'EADDRINUSE' ? poortBezet(opties.port, opties.host) : fout;
  });
  io.stdout.write(
    `Netwerkregie luistert op ${server.url} voor ${gemeenten.map((g) => g.naam).join(', ')}\n` +
      `API-documentatie: ${server.url}/v1/docs\n` +
      `Databases: ${[...new Set(locaties.map(describeLocatie))].join(', ')}\n` +
      'Stoppen: Ctrl+C\n',
  );
  await new Promise<void>((resolve) => server.server.on('close', () => resolve()));
}
