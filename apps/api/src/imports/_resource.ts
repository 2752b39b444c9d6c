/** The import as the API shows it: IMPORT.md's JSON fields, the record's status and dates, and links. */
import { z } from '@hono/zod-openapi';
import type { BladInfo } from '@netwerkregie/import';
import { IMPORTSTATUSSEN, type ImportRecord } from '@netwerkregie/store';
import { TijdVeld } from '../openapi/schemas.js';

const Aantallen = z.object({
  toegevoegd: z.number().int(),
  gewijzigd: z.number().int(),
  ongewijzigd: z.number().int(),
});
const PlanRegel = z.object({
  entiteit: z.enum(['organisatie', 'persoon']),
  id: z.string(),
  naam: z.string(),
  blad: z.string().optional(),
  rij: z.number().int().optional(),
  velden: z.array(z.object({ veld: z.string(), voor: z.unknown(), na: z.unknown() })).optional(),
});
const Melding = z
  .object({
    blad: z.string().optional(),
    rij: z.number().int().openapi({ description: 'Rijnummer in het blad, zoals Excel het toont.' }),
    kolom: z.string(),
    waarde: z.string(),
    code: z.string().openapi({ example: 'email.ongeldig' }),
    ernst: z.enum(['fout', 'waarschuwing']),
    melding: z.string(),
  })
  .openapi('ImportMelding', { description: 'Een probleem in een rij van het bestand.' });

const Link = z.object({ href: z.string() });
const Links = z.object({
  self: Link,
  toepassing: Link.optional(),
  afwijzing: Link.optional(),
  terugdraaiing: Link.optional(),
  foutenrapport: Link,
});

const Basis = z.object({
  id: z.string(),
  bestand: z.string().openapi({ example: 'contactlijst.xlsx' }),
  sha256: z.string(),
  modus: z.enum(['aanvullend', 'volledig']),
  status: z.enum([...IMPORTSTATUSSEN, 'verlopen']).openapi({
    description:
      'verlopen: een plan dat niet binnen de geldigheid is toegepast; het kan niet meer worden toegepast. afgewezen: een plan dat de beheerder heeft afgewezen; het wordt nooit toegepast.',
  }),
  tijd: TijdVeld,
  toegepastOp: TijdVeld.nullable(),
  teruggedraaidOp: TijdVeld.nullable(),
  afgewezenOp: TijdVeld.nullable(),
  afwijzingsreden: z
    .string()
    .nullable()
    .openapi({ description: 'Waarom de beheerder het plan afwees, als hij dat opgaf.' }),
  proefrun: z.boolean(),
  toegepast: z.boolean(),
  rijen: z.number().int(),
  afgewezen: z.number().int(),
  dubbel: z.number().int(),
  organisaties: Aantallen,
  personen: Aantallen.extend({ ontbrekend: z.number().int() }),
  _links: Links,
});

export const ImportKortSchema = Basis.openapi('ImportKort', { description: 'Een import zonder meldingen en details.' });

export const ImportSchema = Basis.extend({
  blad: z.string().nullable().openapi({ description: 'Alleen dit blad van de werkmap.' }),
  onbekendeKolommen: z.array(z.string()),
  overgeslagenBladen: z
    .array(
      z.object({
        blad: z.string(),
        reden: z
          .enum(['geen-kop', 'verborgen'])
          .openapi({ description: 'geen-kop: geen koprij gevonden; verborgen: verborgen blad.' }),
      }),
    )
    .openapi({ description: 'Bladen die niet zijn ingelezen, met de reden.' }),
  meldingen: z.array(Melding),
  details: z.object({
    toegevoegd: z.array(PlanRegel),
    gewijzigd: z.array(PlanRegel),
    ontbrekend: z.array(PlanRegel),
    afgekapt: z.boolean(),
  }),
}).openapi('Import', { description: 'Een import: het plan (proefrun), daarna toegepast of teruggedraaid.' });

export const TerugdraaiingSchema = z
  .object({
    importId: z.string(),
    verwijderd: z.number().int(),
    hersteld: z.number().int(),
    geweigerd: z.array(z.object({ entiteit: z.string(), id: z.string(), veld: z.string(), reden: z.string() })),
  })
  .openapi('Terugdraaiing', {
    description: 'Wat het terugdraaien deed, en welke velden het niet herstelde omdat ze later gewijzigd zijn.',
  });

export type ImportWeergave = z.infer<typeof ImportSchema>;

/**
 * What the store keeps as the summary: IMPORT.md's JSON plus the chosen sheet and the header rows
 * the plan found (for the error report; absent in imports planned before they were kept).
 */
export type Samenvatting = Omit<
  ImportWeergave,
  'status' | 'tijd' | 'toegepastOp' | 'teruggedraaidOp' | 'afgewezenOp' | 'afwijzingsreden' | '_links'
> & {
  bladen?: BladInfo[];
};

/**
 * An import as answered; a plan past its validity (`verlopen`, toepassing's isVerlopen, decided by the
 * caller: this module stays free of the packages, the import page's types come from it) shows as
 * `verlopen`, without a toepassing link.
 */
export function weergave(record: ImportRecord, basis: string, verlopen = false): ImportWeergave {
  // The header rows serve the report only; the resource shows IMPORT.md's JSON.
  const { bladen: _bladen, ...s } = record.samenvatting as Samenvatting;
  const self = `${basis}/${record.id}`;
  const status = verlopen && record.status === 'gepland' ? 'verlopen' : record.status;
  return {
    ...s,
    blad: s.blad ?? null,
    id: record.id,
    bestand: record.bestand,
    sha256: record.sha256,
    modus: record.modus,
    status,
    tijd: record.tijd,
    toegepastOp: record.toegepastOp,
    teruggedraaidOp: record.teruggedraaidOp,
    afgewezenOp: record.afgewezenOp ?? null,
    afwijzingsreden: record.afwijzingsreden ?? null,
    _links: {
      self: { href: self },
      ...(status === 'gepland' ? { toepassing: { href: `${self}/toepassing` } } : {}),
      // An expired plan may still be rejected, so the list says plainly it will never be applied.
      ...(record.status === 'gepland' ? { afwijzing: { href: `${self}/afwijzing` } } : {}),
      ...(record.status === 'toegepast' ? { terugdraaiing: { href: `${self}/terugdraaiing` } } : {}),
      foutenrapport: { href: `${self}/foutenrapport` },
    },
  };
}

export function kort(record: ImportRecord, basis: string, verlopen = false) {
  const {
    meldingen: _m,
    details: _d,
    onbekendeKolommen: _o,
    overgeslagenBladen: _b,
    blad: _bl,
    ...rest
  } = weergave(record, basis, verlopen);
  return rest;
}
