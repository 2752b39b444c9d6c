/**
 * Metamorphic leak test: a lezer's answers never depend on the informal network. Every operation of the
 * OpenAPI document, with sample values for every path, query and body parameter, is asked with a lezer
 * key on the Almere sample; then informal organisations, memberships, contact moments, participations,
 * relations and trainings are added, changed and removed, and every answer must stay byte-identical.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente, type Momentopname } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSleutel } from '../sleutels/index.js';
import { createApp, type NetwerkregieApp } from './index.js';

const ALMERE = GEMEENTEN.almere as Gemeente;
const CSV = fileURLToPath(new URL('../../../../fixtures/almere/contactlijst.csv', import.meta.url));
const BRON = { actor: 'zicht-test' };
const DATA = ['2020-01-01', '2023-06-01', '2024-06-01', '2025-01-01', '2030-01-01'];

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  properties?: Record<string, Schema>;
}
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operatie {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface Verzoek {
  wat: string;
  url: string;
  init: RequestInit;
}

let map: string;
let store: Store;
let app: NetwerkregieApp;
let lezer: string;
let regisseur: string;
let stand: Momentopname;

beforeAll(async () => {
  map = await mkdtemp(join(tmpdir(), 'netwerkregie-zicht-'));
  store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  await importSheet(store, { pad: CSV, gemeente: ALMERE, actor: 'test' });
  lezer = (await createSleutel(store, { rol: 'lezer', omschrijving: 'zicht lezer' })).sleutel;
  regisseur = (await createSleutel(store, { rol: 'regisseur', omschrijving: 'zicht regisseur' })).sleutel;
  app = createApp({
    gemeenten: [ALMERE],
    openStore: async () => store,
    log: () => {},
    limieten: { verzoekenPerMinuut: 1_000_000 },
  });
  stand = await store.momentopname(ALMERE, '2025-01-01');
}, 120_000);
afterAll(async () => {
  await app.close();
  await rm(map, { recursive: true, force: true });
});

const informeel = () => new Set(stand.organisaties.filter((o) => o.netwerk === 'informeel').map((o) => o.id));
const formeleOrg = () => stand.organisaties.find((o) => o.netwerk === 'formeel')!;

/** Persons with an informal membership and with a formal one: they sit in both networks. */
function inBeide(): string[] {
  const inf = informeel();
  const per = new Map<string, Set<boolean>>();
  for (const l of stand.lidmaatschappen) {
    const s = per.get(l.persoonId) ?? new Set();
    s.add(inf.has(l.organisatieId));
    per.set(l.persoonId, s);
  }
  return [...per].filter(([, s]) => s.size === 2).map(([id]) => id);
}

// Entities the mutations add: asked for from the start (404 before, and still 404 after).
const NIEUW = { org: 'org-zicht-moskee', persoon: 'p-zicht-informeel', term: 'Tawhidproef' };

/** The ids to put in `{id}`, per resource; a new resource without samples fails the test. */
function idsVoor(bron: string): string[] {
  const eerste = (n: number, xs: string[]) => xs.slice(0, n);
  const inf = informeel();
  const informelePersonen = [
    ...new Set(stand.lidmaatschappen.filter((l) => inf.has(l.organisatieId)).map((l) => l.persoonId)),
  ];
  const ids: Record<string, string[]> = {
    organisaties: [...stand.organisaties.map((o) => o.id), NIEUW.org],
    personen: [
      ...informelePersonen,
      ...eerste(
        10,
        stand.personen.map((p) => p.id),
      ),
      NIEUW.persoon,
    ],
    overleggen: stand.overleggen.map((o) => o.id),
    contactmomenten: eerste(
      5,
      stand.contactmomenten.map((c) => c.id),
    ),
    imports: ['onbekend'],
  };
  const gevonden = Object.hasOwn(ids, bron) ? ids[bron] : undefined;
  if (!gevonden) throw new Error(`Geen voorbeeld-ids voor /${bron}/{id}: voeg ze toe aan idsVoor.`);
  return gevonden;
}

/** Search terms: every word of the informal network's names and functions, some formal ones, the new ones. */
function termen(): string[] {
  const inf = informeel();
  const teksten = [
    ...stand.organisaties.filter((o) => inf.has(o.id)).map((o) => o.naam),
    ...stand.lidmaatschappen.filter((l) => inf.has(l.organisatieId)).map((l) => l.functie ?? ''),
    'Islamitisch isl politie ggd almere',
    `${NIEUW.term} Imamproef`,
  ];
  const woorden = teksten.flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  return [...new Set(woorden)].sort();
}

/** Sample values of a query or body parameter; an unknown kind fails the test. */
function waarden(naam: string, schema: Schema = {}): string[] {
  if (schema.enum) return schema.enum.map(String);
  if (schema.format === 'date') return DATA;
  if (naam === 'wijk') return [...ALMERE.wijken];
  if (naam === 'organisatie') return idsVoor('organisaties');
  if (['persoon', 'van', 'naar'].includes(naam)) return idsVoor('personen').slice(0, 5);
  if (naam === 'termen') return termen();
  if (schema.type === 'integer' || schema.type === 'number') return [String(schema.minimum ?? 1), '3'];
  if (schema.type === 'boolean') return ['true', 'false'];
  if (schema.type === 'string') return ['proef'];
  throw new Error(`Geen voorbeeldwaarden voor parameter ${naam} (${JSON.stringify(schema)}): voeg ze toe aan waarden.`);
}

/** Every request of the walk: each operation once plain, then once per sample value of each parameter. */
function verzoeken(doc: {
  paths: Record<string, Record<string, Operatie>>;
  components?: { schemas?: Record<string, Schema> };
}): {
  lijst: Verzoek[];
  operaties: string[];
} {
  const los = (s: Schema | undefined): Schema => {
    const naam = s?.$ref?.split('/').at(-1);
    return naam ? (doc.components?.schemas?.[naam] ?? {}) : (s ?? {});
  };
  const lijst: Verzoek[] = [];
  const operaties: string[] = [];
  for (const [pad, item] of Object.entries(doc.paths)) {
    if (!pad.startsWith('/gemeenten/')) continue;
    for (const [methode, op] of Object.entries(item)) {
      operaties.push(`${methode} ${pad}`);
      const idBron = /\/([a-z]+)\/\{id\}/.exec(pad)?.[1];
      const paden = (idBron ? idsVoor(idBron) : ['']).map(
        (id) => `/v1${pad.replace('{gemeente}', 'almere').replace('{id}', id)}`,
      );
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      const json = op.requestBody?.content['application/json'];
      const multipart = op.requestBody?.content['multipart/form-data'];
      if (op.requestBody && !json && !multipart) throw new Error(`Onbekend soort body bij ${methode} ${pad}.`);
      const eigenschappen = Object.entries(los(json?.schema).properties ?? {});
      // The plain body: the first search term, or nothing.
      const basis: Record<string, string> = {};
      if (eigenschappen.some(([n]) => n === 'termen')) basis.termen = 'almere';
      const varianten: Array<{ q: string; body: Record<string, string> }> = [{ q: '', body: basis }];
      for (const p of query)
        for (const w of waarden(p.name, los(p.schema)))
          varianten.push({ q: `?${p.name}=${encodeURIComponent(w)}`, body: basis });
      for (const [n, s] of eigenschappen)
        for (const w of waarden(n, los(s))) varianten.push({ q: '', body: { ...basis, [n]: w } });
      // Filters together too: every pair of query parameters, each with its middle sample value.
      const midden = (p: Parameter) => {
        const w = waarden(p.name, los(p.schema));
        return `${p.name}=${encodeURIComponent(w[Math.floor(w.length / 2)] as string)}`;
      };
      for (const [i, a] of query.entries())
        for (const b of query.slice(i + 1)) varianten.push({ q: `?${midden(a)}&${midden(b)}`, body: basis });
      for (const url of paden) {
        for (const v of varianten) {
          const init: RequestInit = { method: methode.toUpperCase() };
          if (json) {
            init.headers = { 'Content-Type': 'application/json' };
            init.body = JSON.stringify(v.body);
          } else if (multipart) init.body = new FormData();
          lijst.push({
            wat: `${methode} ${url}${v.q} ${init.body && json ? init.body : ''}`,
            url: `${url}${v.q}`,
            init,
          });
        }
      }
    }
  }
  return { lijst, operaties };
}

/** The answers as one map; generated timestamps normalised away (the ids are stable: one store throughout). */
async function antwoorden(lijst: Verzoek[], sleutel: string): Promise<Map<string, string>> {
  const uit = new Map<string, string>();
  for (const v of lijst) {
    const headers = new Headers(v.init.headers);
    headers.set('Authorization', `Bearer ${sleutel}`);
    const res = await app.request(v.url, { ...v.init, headers });
    const tekst = (await res.text()).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<tijd>');
    uit.set(v.wat, `${res.status} ${res.headers.get('content-type')} ${tekst}`);
  }
  return uit;
}

const verschillend = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((k) => a.get(k) !== b.get(k));

/** Adds an informal organisation with a person of both networks and one of the informal network only, and all that hangs on them. */
async function addInformeel(): Promise<void> {
  const beide = inBeide()[0]!;
  const formeel = formeleOrg();
  const overleg = stand.overleggen[0]!;
  await store.transaction(async (tx) => {
    await tx.upsertOrganisatie(
      {
        id: NIEUW.org,
        naam: `Moskee ${NIEUW.term}`,
        domein: 'gemeenschap',
        netwerk: 'informeel',
        soort: 'moskee',
        wijken: ['Almere Haven'],
      },
      BRON,
    );
    await tx.upsertPersoon(
      { id: NIEUW.persoon, naam: 'Imamproef Nieuwelid', email: 'imamproef@example.org', telefoon: null },
      BRON,
    );
    const lid = { rollen: ['sleutelfiguur' as const], begin: null, einde: null, organisatieId: NIEUW.org };
    await tx.upsertLidmaatschap({ ...lid, id: 'l-zicht-1', persoonId: NIEUW.persoon, functie: 'Imamproef' }, BRON);
    await tx.upsertLidmaatschap({ ...lid, id: 'l-zicht-2', persoonId: beide, functie: 'Bestuurslid' }, BRON);
    const cm = {
      kanaal: 'bezoek' as const,
      aanleiding: 'signaal' as const,
      initiatief: 'partner' as const,
      organisatieId: NIEUW.org,
    };
    await tx.upsertContactmoment({ ...cm, id: 'cm-zicht-1', persoonId: beide, datum: '2024-12-01' }, BRON);
    await tx.upsertContactmoment({ ...cm, id: 'cm-zicht-2', persoonId: NIEUW.persoon, datum: '2024-12-02' }, BRON);
    await tx.upsertDeelname(
      { id: 'd-zicht-1', overlegId: overleg.id, organisatieId: NIEUW.org, persoonId: null },
      BRON,
    );
    await tx.upsertDeelname(
      { id: 'd-zicht-2', overlegId: overleg.id, organisatieId: null, persoonId: NIEUW.persoon },
      BRON,
    );
    await tx.upsertRelatie(
      { id: 'r-zicht-1', entiteit: 'persoon', van: beide, naar: NIEUW.persoon, soort: 'kent' },
      BRON,
    );
    await tx.upsertRelatie(
      { id: 'r-zicht-2', entiteit: 'organisatie', van: formeel.id, naar: NIEUW.org, soort: 'werkt samen' },
      BRON,
    );
    await tx.upsertTraining(
      { id: 't-zicht-1', persoonId: NIEUW.persoon, soort: 'basistraining', datum: '2024-01-01' },
      BRON,
    );
  });
}

/** Renames, moves and re-roles the existing informal organisations and memberships. */
async function changeInformeel(): Promise<void> {
  const inf = informeel();
  await store.transaction(async (tx) => {
    for (const o of stand.organisaties.filter((x) => inf.has(x.id))) {
      await tx.upsertOrganisatie({ ...o, naam: `${o.naam} Anders`, domein: 'overig', wijken: ['Almere Pampus'] }, BRON);
    }
    for (const l of stand.lidmaatschappen.filter((x) => inf.has(x.organisatieId))) {
      await tx.upsertLidmaatschap({ ...l, functie: 'Penningmeesterproef', rollen: ['aandachtfunctionaris'] }, BRON);
    }
    for (const c of stand.contactmomenten.filter((x) => inf.has(x.organisatieId))) {
      await tx.upsertContactmoment({ ...c, datum: '2025-01-01' }, BRON);
    }
  });
}

/** Removes the informal network's contact moments, participations and relations, and the both-network persons' informal memberships. */
async function deleteInformeel(): Promise<void> {
  const inf = informeel();
  const beide = new Set(inBeide());
  await store.transaction(async (tx) => {
    for (const c of stand.contactmomenten.filter((x) => inf.has(x.organisatieId)))
      await tx.deleteEntiteit('contactmoment', c.id, BRON);
    for (const d of stand.deelnames.filter((x) => x.organisatieId !== null && inf.has(x.organisatieId))) {
      await tx.deleteEntiteit('deelname', d.id, BRON);
    }
    for (const r of stand.relaties.filter((x) => inf.has(x.van) || inf.has(x.naar)))
      await tx.deleteEntiteit('relatie', r.id, BRON);
    for (const l of stand.lidmaatschappen.filter((x) => inf.has(x.organisatieId) && beide.has(x.persoonId))) {
      await tx.deleteEntiteit('lidmaatschap', l.id, BRON);
    }
  });
}

describe('what a lezer sees', () => {
  it('answers every operation byte-identically whatever happens in the informal network', async () => {
    const doc = app.openapiDocument() as Parameters<typeof verzoeken>[0];
    const { lijst, operaties } = verzoeken(doc);
    // Every documented operation is walked (derived from the document, so a new one is too).
    const gelopen = new Set(lijst.map((v) => `${v.init.method?.toLowerCase()} ${v.url.replace(/^\/v1/, '')}`));
    expect(operaties.length).toBeGreaterThanOrEqual(26);
    for (const op of operaties) {
      const [methode, pad] = op.split(' ') as [string, string];
      const patroon = new RegExp(
        `^${methode} ${pad.replace('{gemeente}', 'almere').replace('{id}', '[^/?]+').replace(/[/]/g, '\\/')}(\\?|$)`,
      );
      expect(
        [...gelopen].some((g) => patroon.test(g)),
        op,
      ).toBe(true);
    }
    expect(termen()).toContain('islamitisch');
    expect(inBeide().length).toBeGreaterThan(0);

    const voor = await antwoorden(lijst, lezer);
    const statussen = new Set([...voor.values()].map((a) => a.slice(0, 3)));
    expect([...statussen].sort()).toEqual(['200', '403', '404']);
    const zoekRegisseur = lijst.filter((v) => v.url.includes('/personen'));
    const regisseurVoor = await antwoorden(zoekRegisseur, regisseur);

    for (const [naam, wijzig] of [
      ['toevoegen', addInformeel],
      ['wijzigen', changeInformeel],
      ['verwijderen', deleteInformeel],
    ] as const) {
      await wijzig();
      const na = await antwoorden(lijst, lezer);
      expect(verschillend(voor, na), `lezer na ${naam}`).toEqual([]);
    }
    // The changes were real: a regisseur, who sees the informal network, gets other answers now.
    expect(verschillend(regisseurVoor, await antwoorden(zoekRegisseur, regisseur)).length).toBeGreaterThan(100);
  }, 600_000);
});
