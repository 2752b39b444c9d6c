import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp, smtpVerzender, startServer } from '@netwerkregie/api';
import { DEFAULT_DATAMAP } from '@netwerkregie/store';
import { describeLocatie, locatieVan, openOpties } from '../_database.js';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import { GEMEENSCHAPPELIJK, hulpVan, opdracht, parseOpdracht } from '../_opties.js';
import { parsePoort, poortBezet, poortOptie, standaardPoort } from '../_poort.js';
import { withStore } from '../_store.js';
import type { Io } from '../io.js';
import { parseSmtp } from './ronde.js';

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
    'plan-dagen': {
      type: 'string',
      default: '7',
      waarde: '<dagen>',
      omschrijving: 'Dagen dat een importplan toegepast kan worden; daarna is het verlopen.',
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
  const planDagen = Number(values['plan-dagen']);
  if (!Number.isInteger(planDagen) || planDagen < 1) {
    throw new GebruikFout('--plan-dagen is een positief geheel getal (dagen dat een importplan geldig blijft).');
  }
  const slugs = values.gemeente ?? ['almere'];
  const gemeenten = slugs.map((slug) => loadGemeente(slug, slugs.length === 1 ? values.config : undefined));
  await serve(
    gemeenten,
    {
      db: values.db,
      port: parsePoort(values.port ?? standaardPoort()),
      host: values.host,
      verzoekenPerMinuut,
      importplanGeldigMs: planDagen * 24 * 60 * 60 * 1000,
    },
    io,
  );
  return 0;
}

/** Starts the API and resolves when it has stopped (SIGTERM or SIGINT). */
export async function serve(
  gemeenten: ReturnType<typeof loadGemeente>[],
  opties: {
    db?: string | undefined;
    port: number;
    host: string;
    verzoekenPerMinuut?: number;
    importplanGeldigMs?: number;
  },
  io: Io,
): Promise<void> {
  const db = gemeenten.length === 1 ? opties.db : undefined;
  const locaties = gemeenten.map((g) => locatieVan(g.slug, db));
  const postgres = locaties[0]?.url;
  // The API would make an empty database and serve it as a healthy, empty network: refuse a missing
  // file or PostgreSQL schema as every read command does.
  for (const gemeente of gemeenten) await withStore(gemeente, db, async () => undefined);
  const dataMap = db && !postgres ? dirname(db) : DEFAULT_DATAMAP;
  if (!postgres) mkdirSync(dataMap, { recursive: true });
  // A round started on the web or over the API is mailed when an SMTP server and a sender are set.
  const smtp = process.env.NETWERKREGIE_SMTP;
  const van = process.env.NETWERKREGIE_AFZENDER;
  const app = createApp({
    gemeenten,
    dataMap,
    ...(smtp && van ? { verzend: smtpVerzender({ smtp: parseSmtp(smtp), van }) } : {}),
    limieten: {
      ...(opties.verzoekenPerMinuut ? { verzoekenPerMinuut: opties.verzoekenPerMinuut } : {}),
      ...(opties.importplanGeldigMs ? { importplanGeldigMs: opties.importplanGeldigMs } : {}),
    },
    // As options, so the analysis worker opens the same store (on PostgreSQL with its password).
    ...(db || postgres ? { openOpties: (g: { slug: string }) => openOpties(g.slug, locatieVan(g.slug, db)) } : {}),
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
