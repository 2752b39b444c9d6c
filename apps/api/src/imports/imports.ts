/**
 * Imports over HTTP: an upload is planned (a dry run) and kept with its file as status `gepland`;
 * `toepassing` re-plans from the kept file inside one transaction and applies it, so another
 * instance can apply what this one planned; `terugdraaiing` reverts; `foutenrapport` annotates.
 * The import reads the upload's bytes as they are (no temporary copy); only the report's own
 * output is written to a temporary folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ImportRecord, Store } from '@netwerkregie/store';
import {
  applyPlannedImport,
  duurTekst,
  isVerlopen,
  rejectImport,
  revertImport,
  saveImportplan,
  saveTrendBatched,
} from '@netwerkregie/toepassing';
import { bodyLimit } from 'hono/body-limit';
import { importPakket } from '../_pakketten.js';
import { register } from '../openapi/index.js';
import { lijstAntwoord, venster } from '../paginering/index.js';
import { Probleem, probleemAntwoord } from '../probleem/index.js';
import type { Omgeving } from '../types.js';
import { bijlage, isWerkmap, veiligeNaam, withUitvoermap } from './_bestanden.js';
import { importFout } from './_fouten.js';
import { kort, type Samenvatting, weergave } from './_resource.js';
import {
  AUDIT,
  afwijzingRoute,
  eenRoute,
  instellingenRoute,
  lijstRoute,
  rapportRoute,
  terugdraaiRoute,
  toepassingRoute,
  uploadRoute,
  voortgangRoute,
  XLSX,
} from './_routes.js';
import { volg, voortgangVan } from './_voortgang.js';

/** The path of the imports collection, from any path under it. */
const basis = (c: { req: { path: string } }) => c.req.path.replace(/(\/imports)(\/.*)?$/, '$1');
async function findRecord(store: Store, id: string): Promise<ImportRecord> {
  const record = await store.importRecord(id);
  if (!record) throw new Probleem(404, 'Deze import bestaat niet.');
  return record;
}

async function readKeptFile(store: Store, id: string): Promise<Uint8Array> {
  const bytes = await store.importBestand(id);
  if (!bytes)
    throw new Probleem(409, 'Het bestand van deze import is niet meer bewaard.', { code: 'import.bestand-ontbreekt' });
  return bytes;
}

export interface ImportOpties {
  /** The largest upload in bytes. */
  uploadBytes: number;
  /** How long a plan may be applied after it was made, in ms; older shows as `verlopen` and is refused (409). */
  planGeldigMs: number;
}

export function importRoutes(opties: ImportOpties): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  const geldig = opties.planGeldigMs;
  const limiet = bodyLimit({
    maxSize: opties.uploadBytes,
    onError: (c) =>
      probleemAntwoord(
        new Probleem(413, `Het bestand is groter dan ${Math.floor(opties.uploadBytes / 1024 / 1024)} MB.`),
        c.req.path,
      ),
  });

  register(
    app,
    uploadRoute,
    { rol: 'beheerder', voor: [limiet], audit: { ...AUDIT, actie: 'importeren' } },
    async (c) => {
      const { bestand: upload, modus, blad, voortgang } = c.req.valid('form');
      const { store, gemeente, toegang } = c.var;
      const naam = veiligeNaam(upload.name);
      const bytes = new Uint8Array(await upload.arrayBuffer());
      const gevolgd = voortgang ? volg(gemeente.slug, voortgang, bytes.length) : undefined;
      // Planned from the bytes and kept with them as gepland in packages/toepassing.
      const record = await saveImportplan(store, gemeente, {
        inhoud: bytes,
        bestandsnaam: naam,
        modus,
        blad,
        actor: toegang.sleutelId,
        ...(gevolgd ? { bijVoortgang: gevolgd.gelezen } : {}),
      }).then(
        (r) => {
          gevolgd?.einde('klaar');
          return r;
        },
        (fout: unknown) => {
          gevolgd?.einde('mislukt');
          return importFout(fout);
        },
      );
      c.set('auditId', record.id);
      c.header('Location', `${basis(c)}/${record.id}`);
      return c.json(weergave(record, basis(c), isVerlopen(record, geldig)), 201);
    },
  );

  // No personal data: the limits, and how far a plan is (bytes read), are not audited.
  register(app, instellingenRoute, { rol: 'beheerder' }, async (c) =>
    c.json({ maxBytes: opties.uploadBytes, planGeldigMs: geldig, planGeldig: duurTekst(geldig) }, 200),
  );

  register(app, voortgangRoute, { rol: 'beheerder' }, async (c) => {
    const stand = voortgangVan(c.var.gemeente.slug, c.req.valid('param').id);
    if (!stand)
      throw new Probleem(404, 'Van dit kenmerk is geen upload bekend (of het plannen is langer dan een minuut klaar).');
    return c.json(stand, 200);
  });

  register(app, lijstRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'lezen' } }, async (c) => {
    const q = c.req.valid('query');
    const lijst = await c.var.store.listImports(venster(q));
    return c.json(
      lijstAntwoord(c.req.url, q, lijst, (r) => kort(r, basis(c), isVerlopen(r, geldig))),
      200,
    );
  });

  register(app, eenRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'lezen' } }, async (c) => {
    const record = await findRecord(c.var.store, c.req.valid('param').id);
    return c.json(weergave(record, basis(c), isVerlopen(record, geldig)), 200);
  });

  register(app, toepassingRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'toepassen' } }, async (c) => {
    const { id } = c.req.valid('param');
    const { strikt = false } = c.req.valid('json') as { strikt?: boolean };
    const { store, gemeente, toegang } = c.var;
    await findRecord(store, id);
    const inhoud = await readKeptFile(store, id);
    // Re-planned, applied and followed by the trend in packages/toepassing; a refusal (already applied,
    // strict with rejected rows) is a ToepassingFout, 409 in probleem/fouten.ts.
    const { record: toegepast, waarschuwingen } = await applyPlannedImport(store, gemeente, {
      importId: id,
      inhoud,
      strikt,
      actor: toegang.sleutelId,
      trend: saveTrendBatched,
      geldigMs: geldig,
    }).catch(importFout);
    // The import stands; a trend not kept is only reported (its reason holds no data from the list).
    for (const w of waarschuwingen) console.error(w.melding);
    // The persons the import added or changed, from its history: the processing log's data subjects.
    c.set('betrokkenen', [
      ...new Set((await store.historie({ importId: id, entiteit: 'persoon' })).map((h) => h.entiteitId)),
    ]);
    return c.json(weergave(toegepast, basis(c)), 200);
  });

  register(app, afwijzingRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'afwijzen' } }, async (c) => {
    const { reden } = (c.req.valid('json') ?? {}) as { reden?: string };
    // Refusals are a ToepassingFout (import.onbekend 404, import.niet-gepland 409): probleem/fouten.ts.
    const record = await rejectImport(c.var.store, c.req.valid('param').id, { reden });
    return c.json(weergave(record, basis(c)), 200);
  });

  register(app, terugdraaiRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'terugdraaien' } }, async (c) => {
    // Refusals are a ToepassingFout (import.onbekend 404, niet-toegepast or al-teruggedraaid 409): probleem/fouten.ts.
    const uitkomst = await revertImport(c.var.store, c.req.valid('param').id, c.var.toegang.sleutelId);
    return c.json(uitkomst, 200);
  });

  register(app, rapportRoute, { rol: 'beheerder', audit: { ...AUDIT, actie: 'lezen' } }, async (c) => {
    const { store } = c.var;
    const id = c.req.valid('param').id;
    const record = await findRecord(store, id);
    const bytes = await readKeptFile(store, id);
    const werkmap = isWerkmap(bytes);
    const { meldingen, bladen, blad } = record.samenvatting as Samenvatting;
    const { writeFoutenrapport } = await importPakket();
    const rapport = await withUitvoermap(async (map) => {
      const uit = join(map, werkmap ? 'rapport.xlsx' : 'rapport.csv');
      await writeFoutenrapport({
        invoer: { bytes, naam: record.bestand, soort: werkmap ? 'xlsx' : 'csv' },
        meldingen,
        uit,
        // The header rows the plan found, kept with the import; an import planned before they were
        // kept has them found again by the read stage.
        ...(bladen ? { bladen } : { gemeente: c.var.gemeente, ...(blad ? { blad } : {}) }),
      });
      return readFile(uit);
    }).catch(importFout);
    const naam = `foutenrapport-${record.bestand.replace(/\.[^.]*$/, '')}.${werkmap ? 'xlsx' : 'csv'}`;
    c.header('Content-Type', werkmap ? XLSX : 'text/csv; charset=utf-8');
    c.header('Content-Disposition', bijlage(naam));
    return c.body(new Uint8Array(rapport), 200);
  });
  return app;
}
