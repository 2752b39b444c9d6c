import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importeer } from '@netwerkregie/import';
import { laadGemeente, standaardDb } from '../_gemeente.js';
import type { Io } from '../_io.js';
import { GEMEENSCHAPPELIJK, leesOpties } from '../_opties.js';
import { metStore } from '../_store.js';
import { beschrijf } from './importeren.js';

export const HULP = `netwerkregie start [--gemeente almere] [--db <pad>]

De hoofdtaak van npm start: laadt de voorbeeldlijst van de gemeente in data/<gemeente>.db als die
er nog niet is, en toont de samenvatting.`;

/** The shipped sample of a gemeente, found from the installed CLI up to the repository's fixtures. */
export function voorbeeldlijst(slug: string): string | undefined {
  let map = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const naam of ['contactlijst.csv', 'netwerk.xlsx', 'contactlijst.xlsx']) {
      const pad = join(map, 'fixtures', slug, naam);
      if (existsSync(pad)) return pad;
    }
    map = dirname(map);
  }
  return undefined;
}

export async function start(args: string[], io: Io): Promise<number> {
  const { values } = leesOpties(args, GEMEENSCHAPPELIJK, false);
  const gemeente = laadGemeente(values.gemeente ?? 'almere', values.config);
  const db = values.db ?? standaardDb(gemeente.slug);
  if (existsSync(db)) {
    io.stdout.write(`${db} bestaat al; de voorbeeldlijst wordt niet opnieuw geladen.\n`);
    return 0;
  }
  const pad = voorbeeldlijst(gemeente.slug);
  if (!pad) {
    io.stderr.write(`Geen voorbeeldlijst voor ${gemeente.naam} gevonden.\n`);
    return 2;
  }
  const samenvatting = await metStore(gemeente, db, (store) => importeer(store, { pad, gemeente, actor: 'start' }));
  io.stdout.write(`Voorbeeldlijst van ${gemeente.naam} geladen in ${db}\n\n${beschrijf(samenvatting)}\n`);
  return 0;
}
