/**
 * The served document, checked structurally as OpenAPI 3 and against the rules of the Logius ADR
 * ruleset (shared/conformance/nlgov-adr-linter.yaml), re-implemented here so they hold without
 * Spectral installed. `npm run lint:openapi` runs the ruleset itself.
 */
import * as domein from '@netwerkregie/domain';
import { GEMEENTEN } from '@netwerkregie/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/index.js';

// biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
type Obj = Record<string, any>;
const METHODEN = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

let doc: Obj;
beforeAll(async () => {
  const app = createApp({
    gemeenten: Object.values(GEMEENTEN),
    openStore: () => Promise.reject(new Error('niet nodig')),
  });
  doc = (await (await app.request('/v1/openapi.json')).json()) as Obj;
});

function los(schema: Obj | undefined): Obj | undefined {
  if (!schema?.$ref) return schema;
  const [, , soort, naam] = (schema.$ref as string).split('/');
  return los(doc.components[soort as string][naam as string]);
}

function* operaties(): Generator<[string, string, Obj]> {
  for (const [pad, item] of Object.entries(doc.paths as Obj)) {
    for (const [methode, op] of Object.entries(item as Obj))
      if (METHODEN.includes(methode)) yield [pad, methode, op as Obj];
  }
}

function* eigenschappen(schema: Obj | undefined, gezien = new Set<Obj>()): Generator<[string, Obj]> {
  const s = los(schema);
  if (!s || gezien.has(s)) return;
  gezien.add(s);
  for (const [naam, sub] of Object.entries((s.properties ?? {}) as Obj)) {
    yield [naam, sub as Obj];
    yield* eigenschappen(sub as Obj, gezien);
  }
  for (const deel of [s.items, s.additionalProperties, ...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    if (deel && typeof deel === 'object') yield* eigenschappen(deel, gezien);
  }
}

describe('OpenAPI 3 structure', () => {
  it('is an OpenAPI 3.0 document with info, servers, paths and components', () => {
    expect(doc.openapi).toMatch(/^3(\.\d+){1,2}$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
    expect(doc.components.securitySchemes.apiSleutel).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const [, , soort, naam] = (JSON.parse(`{${ref}}`).$ref as string).split('/');
      expect(doc.components[soort as string]?.[naam as string], ref).toBeDefined();
    }
  });

  it('gives every operation a summary, tags, responses and declared path parameters', () => {
    const ids = new Set<string>();
    for (const [pad, methode, op] of operaties()) {
      const naam = `${methode} ${pad}`;
      expect(op.summary, naam).toBeTruthy();
      expect(op.tags?.length, naam).toBeGreaterThan(0);
      expect(Object.keys(op.responses ?? {}).length, naam).toBeGreaterThan(0);
      for (const r of Object.values(op.responses as Obj)) expect((r as Obj).description, naam).toBeTruthy();
      const declared = (op.parameters ?? []).filter((p: Obj) => p.in === 'path').map((p: Obj) => p.name);
      const inPad = [...pad.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(declared.sort(), naam).toEqual(inPad.sort());
      for (const p of op.parameters ?? []) expect(p.schema, `${naam} ${p.name}`).toBeDefined();
      if (op.operationId) {
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
      }
    }
  });

  it('secures every gemeente route and leaves openapi.json public', () => {
    for (const [pad, methode, op] of operaties()) {
      if (pad === '/openapi.json') expect(op.security).toEqual([]);
      else expect(op.security, `${methode} ${pad}`).toEqual([{ apiSleutel: [] }]);
    }
  });
});

describe('Logius ADR ruleset', () => {
  it('has info.contact with name, url and email, and servers with the major version', () => {
    expect(doc.info.contact).toMatchObject({
      name: expect.any(String),
      url: expect.any(String),
      email: expect.any(String),
    });
    expect(doc.servers.length).toBeGreaterThan(0);
    for (const s of doc.servers) expect(s.url).toMatch(/\/v[\d+]/);
  });

  it('documents /openapi.json with GET only', () => {
    expect(Object.keys(doc.paths['/openapi.json'])).toEqual(['get']);
  });

  it('uses kebab-case paths without trailing slash, and only standard methods', () => {
    const kebab = /^(\/|(\/_[a-z0-9]+|\/(([a-z0-9-]+|{[^}]+})(\/([a-z0-9\-.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$/;
    for (const [pad, item] of Object.entries(doc.paths as Obj)) {
      expect(pad.endsWith('/'), pad).toBe(false);
      if (!/\/openapi\.json/.test(pad)) expect(pad, pad).toMatch(kebab);
      for (const k of Object.keys(item))
        expect(['get', 'post', 'put', 'delete', 'patch', 'parameters'], `${pad} ${k}`).toContain(k);
    }
  });

  it('documents API-Version on every 2xx and 3xx response', () => {
    for (const [pad, methode, op] of operaties()) {
      for (const [status, r] of Object.entries(op.responses as Obj)) {
        if (/^[23]\d\d$/.test(status))
          expect((r as Obj).headers?.['API-Version'], `${methode} ${pad} ${status}`).toBeDefined();
      }
    }
  });

  it('answers every 4xx and 5xx with problem+json holding status, title and detail', () => {
    for (const [pad, methode, op] of operaties()) {
      for (const [status, r] of Object.entries(op.responses as Obj)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const content = (r as Obj).content;
        expect(content?.['application/problem+json'], `${methode} ${pad} ${status}`).toBeDefined();
        const schema = los(content['application/problem+json'].schema);
        expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(['status', 'title', 'detail']));
      }
    }
  });

  it('documents 400 on every write and on every read or delete with parameters', () => {
    for (const [pad, methode, op] of operaties()) {
      const moet = ['post', 'put', 'patch'].includes(methode) || (op.parameters?.length ?? 0) > 0;
      if (moet) expect(op.responses['400'], `${methode} ${pad}`).toBeDefined();
    }
  });

  it('uses lowerCamelCase query keys', () => {
    for (const [pad, methode, op] of operaties()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'query') expect(p.name, `${methode} ${pad}`).toMatch(/^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$/);
      }
    }
  });

  it('gives date fields format date, and date-times a time zone', () => {
    const alle: Array<[string, Obj]> = [];
    for (const schema of Object.values(doc.components.schemas as Obj)) alle.push(...eigenschappen(schema as Obj));
    for (const [, , op] of operaties()) {
      for (const r of Object.values(op.responses as Obj)) {
        for (const m of Object.values(((r as Obj).content ?? {}) as Obj))
          alle.push(...eigenschappen((m as Obj).schema));
      }
    }
    expect(alle.length).toBeGreaterThan(50);
    for (const [naam, sub] of alle) {
      const s = los(sub) ?? {};
      if (naam === 'date' || naam === 'datum' || /((\w+D)|(_[dD]))((ate)|(atum))/.test(naam)) {
        expect(s.format, naam).toBe('date');
      }
      expect(['date-time-local', 'time']).not.toContain(s.format);
    }
  });

  it('gives each component one meaning: one named after a domain entity has exactly its fields', () => {
    const entiteiten = {
      Organisatie: domein.OrganisatieSchema,
      Persoon: domein.PersoonSchema,
      Lidmaatschap: domein.LidmaatschapSchema,
      Overleg: domein.OverlegSchema,
      Deelname: domein.DeelnameSchema,
      Relatie: domein.RelatieSchema,
      Contactmoment: domein.ContactmomentSchema,
      Training: domein.TrainingSchema,
    };
    const gevonden = Object.entries(entiteiten).flatMap(([naam, schema]) => {
      const component = doc.components.schemas[naam] as Obj | undefined;
      return component ? [[naam, Object.keys(component.properties).sort(), Object.keys(schema.shape).sort()]] : [];
    });
    for (const [naam, api, eigen] of gevonden) expect(api, naam as string).toEqual(eigen);
    // The person card and its memberships carry more than the entity: they have their own names.
    expect(gevonden.map(([naam]) => naam)).toEqual([
      'Organisatie',
      'Overleg',
      'Deelname',
      'Relatie',
      'Contactmoment',
      'Training',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PersoonKaart', 'KaartLidmaatschap']));
  });

  it('names component schemas in PascalCase', () => {
    for (const naam of Object.keys(doc.components.schemas)) expect(naam).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it('writes descriptions in Dutch', () => {
    for (const [pad, methode, op] of operaties()) {
      expect(op.summary, `${methode} ${pad}`).not.toMatch(/\b(the|get|list|create)\b/i);
    }
  });
});
