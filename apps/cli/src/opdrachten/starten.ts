import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gemeente } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { listSleutels, createSleutel, SLEUTELROLLEN, revokeSleutel } from '@netwerkregie/toepassing';
import { describeLocatie, locatieVan } from '../_database.js';
import { loadGemeente } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { checkPoort, parsePoort, poortOptie, standaardPoort } from '../_poort.js';
import { withStore } from '../_store.js';
import { describe } from './importeren.js';
import { serve } from './serveren.js';

const DEFINITIE = opdracht({
  gebruik: ['start [opties]'],
  uitleg: `De hoofdtaak van npm start: laadt de voorbeeldlijst van de gemeente in data/<gemeente>.db als die er
nog niet is, maakt demosleutels voor de drie rollen (eerdere demosleutels worden ingetrokken), en
start de API. De poort is --port, anders de omgevingsvariabele PORT, anders 8787.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    gemeente: { ...GEMEENSCHAPPELIJK.gemeente, standaard: 'almere' },
    port: poortOptie(),
    host: {
      type: 'string',
      default: '127.0.0.1',
      waarde: '<adres>',
      omschrijving: 'Het adres waarop de API luistert.',
    },
  },
  posities: false,
});

export const HULP = hulpVan(DEFINITIE);

/**
 * The shipped sample of a gemeente, found from the installed CLI up to the repository's fixtures:
 * the first file its `verwacht.json` names (so a new sample needs no code), else a usual name.
 */
export function voorbeeldlijst(slug: string): string | undefined {
  let map = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const voorbeeld = join(map, 'fixtures', slug);
    for (const naam of [...bestandenVolgens(voorbeeld), 'contactlijst.csv', 'netwerk.xlsx', 'contactlijst.xlsx']) {
      const pad = join(voorbeeld, naam);
      if (existsSync(pad)) return pad;
    }
    map = dirname(map);
  }
  return undefined;
}

function bestandenVolgens(map: string): string[] {
  const pad = join(map, 'verwacht.json');
  if (!existsSync(pad)) return [];
  try {
    const { bestanden } = JSON.parse(readFileSync(pad, 'utf8')) as { bestanden?: unknown };
    return Array.isArray(bestanden) ? bestanden.filter((b): b is string => typeof b === 'string') : [];
  } catch {
    return [];
  }
}

export async function start(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const gemeente = loadGemeente(values.gemeente ?? 'almere', values.config);
  const db = values.db;
  const poort = parsePoort(values.port ?? standaardPoort());
  await checkPoort(poort, values.host);
  const waar = describeLocatie(locatieVan(gemeente.slug, db));
  if (await heeftGegevens(gemeente, db)) {
    io.stdout.write(`${waar} bevat al gegevens; de voorbeeldlijst wordt niet opnieuw geladen.\n`);
  } else {
    const pad = voorbeeldlijst(gemeente.slug);
    if (!pad) {
      io.stderr.write(`Geen voorbeeldlijst voor ${gemeente.naam} gevonden.\n`);
      return 2;
    }
    const samenvatting = await withStore(gemeente, db, (store) => importSheet(store, { pad, gemeente, actor: 'start' }), {
      magNieuw: true,
    });
    io.stdout.write(`Voorbeeldlijst van ${gemeente.naam} geladen in ${waar}\n\n${describe(samenvatting)}\n\n`);
  }
  const sleutels = await withStore(
    gemeente,
    db,
    async (store) => {
      for (const oud of await listSleutels(store)) {
        if (oud.omschrijving.startsWith(DEMO) && !oud.ingetrokken) await revokeSleutel(store, oud.id);
      }
      const nieuw: string[] = [];
      for (const rol of SLEUTELROLLEN) {
        const sleutel = await createSleutel(store, { rol, omschrijving: `${DEMO}${rol}` });
        nieuw.push(`  ${rol.padEnd(10)} ${sleutel.sleutel}  (verloopt op ${sleutel.verloopt})`);
      }
      return nieuw;
    },
    { magNieuw: true },
  );
  io.stdout.write(
    `Demosleutels (Authorization: Bearer <sleutel>), alleen voor deze proef:\n${sleutels.join('\n')}\n\n`,
  );
  await serve([gemeente], { db, port: poort, host: values.host }, io);
  return 0;
}

const DEMO = 'demo ';

/** A file that exists, or a PostgreSQL schema with an import in it. */
async function heeftGegevens(gemeente: Gemeente, db: string | undefined): Promise<boolean> {
  const locatie = locatieVan(gemeente.slug, db);
  if (locatie.pad !== undefined) return existsSync(locatie.pad);
  return withStore(gemeente, db, async (store) => (await store.listImports()).totaal > 0, { magNieuw: true });
}
