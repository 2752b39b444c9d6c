/**
 * `GET export?formaat=`: the contact list as xlsx or csv (the import's own sheet layout, so it
 * re-imports as unchanged; beheerder), as vCards for the network director's address book, or as
 * GEXF for network tools (regisseur and up).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Momentopname } from '@netwerkregie/domain';
import { analysePakket, importPakket } from '../_pakketten.js';
import { bijlage, withBestand } from '../imports/_bestanden.js';
import { bestand, DoelQuery, GemeenteParams, register } from '../openapi/index.js';
import { Probleem } from '../probleem/index.js';
import { heeftRol } from '../toegang/index.js';
import type { Omgeving } from '../types.js';
import { type VcardPersoon, vcards } from './vcard.js';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
  gexf: 'application/gexf+xml',
} as const;
type Formaat = keyof typeof TYPES;

const exportRoute = createRoute({
  method: 'get',
  path: '/gemeenten/{gemeente}/export',
  tags: ['Export'],
  summary: 'De contactlijst exporteren',
  description:
    'xlsx en csv: de contactlijst in de indeling van de import (alleen beheerder; formules onschadelijk gemaakt). vcf: vCard 4 voor het adresboek van de netwerkregisseur. gexf: het netwerk voor Gephi en dergelijke.',
  request: {
    params: GemeenteParams,
    query: z
      .object({
        formaat: z
          .enum(['xlsx', 'csv', 'vcf', 'gexf'])
          .openapi({ description: 'Het bestandsformaat.', example: 'vcf' }),
      })
      .extend(DoelQuery.shape),
  },
  responses: {
    200: bestand(
      [
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv',
        'text/vcard',
        'application/gexf+xml',
      ],
      'Het bestand.',
    ),
  },
});

function vcardPersonen(m: Momentopname): VcardPersoon[] {
  const organisaties = new Map(m.organisaties.map((o) => [o.id, o.naam]));
  const leden = new Map<string, Momentopname['lidmaatschappen']>();
  for (const l of m.lidmaatschappen) leden.set(l.persoonId, [...(leden.get(l.persoonId) ?? []), l]);
  return [...m.personen]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((p) => ({
      ...p,
      lidmaatschappen: (leden.get(p.id) ?? []).map((l) => ({
        organisatieNaam: organisaties.get(l.organisatieId) ?? '',
        functie: l.functie,
        rollen: l.rollen,
      })),
    }));
}

async function spreadsheet(m: Momentopname, formaat: 'xlsx' | 'csv'): Promise<Uint8Array<ArrayBuffer>> {
  const { buildExportRijen, writeExport } = await importPakket();
  return withBestand(new Uint8Array(), 'leeg', async (_pad, map) => {
    const uit = join(map, `export.${formaat}`);
    await writeExport(buildExportRijen(m), { formaat, uit });
    return new Uint8Array(await readFile(uit));
  });
}

export function exportRoutes(): OpenAPIHono<Omgeving> {
  const app = new OpenAPIHono<Omgeving>();
  register(
    app,
    exportRoute,
    { rol: 'regisseur', audit: { actie: 'exporteren', entiteit: 'persoon', doel: 'export contactlijst' } },
    async (c) => {
      const formaat: Formaat = c.req.valid('query').formaat;
      if ((formaat === 'xlsx' || formaat === 'csv') && !heeftRol(c.var.toegang.rol, 'beheerder')) {
        throw new Probleem(403, `Exporteren als ${formaat} kan alleen met de rol beheerder.`, {
          code: 'rol.onvoldoende',
        });
      }
      const m = await c.var.store.momentopname(c.var.gemeente);
      c.set(
        'betrokkenen',
        m.personen.map((p) => p.id),
      );
      c.header('Content-Type', TYPES[formaat]);
      c.header('Content-Disposition', bijlage(`contactlijst-${c.var.gemeente.slug}-${m.peildatum}.${formaat}`));
      if (formaat === 'vcf') return c.body(vcards(vcardPersonen(m)), 200);
      if (formaat === 'gexf') {
        const { buildAnnotatedGraph, exportGexf } = await analysePakket();
        return c.body(exportGexf(buildAnnotatedGraph(m)), 200);
      }
      return c.body(await spreadsheet(m, formaat), 200);
    },
  );
  return app;
}
