import { z } from 'zod';
import {
  AANLEIDINGEN,
  DOMEINEN,
  ENTITEITSOORTEN,
  INITIATIEVEN,
  KANALEN,
  NETWERKEN,
  ROLLEN,
  TRAININGSOORTEN,
} from './vocabulaires.js';

const lijst = (waarden: readonly string[]) => waarden.join(', ');

/** A calendar date as ISO `yyyy-mm-dd` that really exists (no 31 February). */
export const Datum = z.string().refine(isBestaandeDatum, {
  error: 'Geen geldige datum; verwacht jjjj-mm-dd, bijvoorbeeld 2016-02-03.',
});

export function isBestaandeDatum(tekst: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

export const Id = z.string().min(1, { error: 'Id ontbreekt.' });

const tekstVeld = (veld: string, max: number) =>
  z
    .string({ error: `${veld} moet tekst zijn.` })
    .trim()
    .min(1, { error: `${veld} is leeg.` })
    .max(max, { error: `${veld} is langer dan ${max} tekens.` });

export const DomeinSchema = z.enum(DOMEINEN, {
  error: `Onbekend domein; kies uit ${lijst(DOMEINEN)}.`,
});
export const NetwerkSchema = z.enum(NETWERKEN, { error: 'Netwerk is formeel of informeel.' });
export const RolSchema = z.enum(ROLLEN, { error: `Onbekende rol; kies uit ${lijst(ROLLEN)}.` });
export const KanaalSchema = z.enum(KANALEN, { error: `Onbekend kanaal; kies uit ${lijst(KANALEN)}.` });
export const AanleidingSchema = z.enum(AANLEIDINGEN, { error: 'Aanleiding is regulier of signaal.' });
export const InitiatiefSchema = z.enum(INITIATIEVEN, { error: 'Initiatief is gemeente of partner.' });
export const TrainingsoortSchema = z.enum(TRAININGSOORTEN, {
  error: `Onbekende training; kies uit ${lijst(TRAININGSOORTEN)}.`,
});

/** E-mail, stored lower-case. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Geen geldig e-mailadres.' }).max(254, { error: 'E-mailadres is te lang.' }));

/** Phone in E.164 (`+31612345678`); the import parses and validates it against libphonenumber's metadata. */
export const TelefoonSchema = z
  .string()
  .regex(/^\+[1-9]\d{1,14}$/, { error: 'Telefoonnummer moet in E.164-vorm staan, zoals +31612345678.' });

export const OrganisatieSchema = z.object({
  id: Id,
  naam: tekstVeld('Naam van de organisatie', 200),
  domein: DomeinSchema,
  netwerk: NetwerkSchema,
  soort: z.string().trim().max(200).nullable().default(null),
  wijken: z.array(z.string().trim().min(1)).default([]),
});
export type Organisatie = z.infer<typeof OrganisatieSchema>;

export const PersoonSchema = z.object({
  id: Id,
  naam: tekstVeld('Naam', 200),
  email: EmailSchema.nullable().default(null),
  telefoon: TelefoonSchema.nullable().default(null),
});
export type Persoon = z.infer<typeof PersoonSchema>;

export const LidmaatschapSchema = z
  .object({
    id: Id,
    persoonId: Id,
    organisatieId: Id,
    functie: z.string().trim().max(200).nullable().default(null),
    rollen: z.array(RolSchema).default([]),
    begin: Datum.nullable().default(null),
    einde: Datum.nullable().default(null),
  })
  .refine((l) => !l.begin || !l.einde || l.begin <= l.einde, {
    error: 'Einde ligt voor het begin van het lidmaatschap.',
    path: ['einde'],
  });
export type Lidmaatschap = z.infer<typeof LidmaatschapSchema>;

export const OverlegSchema = z.object({
  id: Id,
  naam: tekstVeld('Naam van het overleg', 200),
  soort: z.string().trim().max(200).nullable().default(null),
});
export type Overleg = z.infer<typeof OverlegSchema>;

/** Participation of exactly one organisation or one person in a meeting structure. */
export const DeelnameSchema = z
  .object({
    id: Id,
    overlegId: Id,
    organisatieId: Id.nullable().default(null),
    persoonId: Id.nullable().default(null),
  })
  .refine((d) => (d.organisatieId === null) !== (d.persoonId === null), {
    error: 'Een deelname hoort bij precies een organisatie of een persoon.',
  });
export type Deelname = z.infer<typeof DeelnameSchema>;

/** A known working relation between two persons or two organisations. */
export const RelatieSchema = z
  .object({
    id: Id,
    entiteit: z.enum(ENTITEITSOORTEN),
    van: Id,
    naar: Id,
    soort: tekstVeld('Soort relatie', 100).default('samenwerking'),
  })
  .refine((r) => r.van !== r.naar, { error: 'Een relatie verbindt twee verschillende partijen.' });
export type Relatie = z.infer<typeof RelatieSchema>;

export const ContactmomentSchema = z.object({
  id: Id,
  organisatieId: Id,
  persoonId: Id.nullable().default(null),
  datum: Datum,
  kanaal: KanaalSchema,
  aanleiding: AanleidingSchema,
  initiatief: InitiatiefSchema,
});
export type Contactmoment = z.infer<typeof ContactmomentSchema>;

export const TrainingSchema = z.object({
  id: Id,
  persoonId: Id,
  soort: TrainingsoortSchema,
  /** Null when the sheet only said "ja" (trained, date unknown). */
  datum: Datum.nullable(),
});
export type Training = z.infer<typeof TrainingSchema>;

const segmentLijst = <T extends z.ZodType>(waarde: T) => z.array(waarde).max(50).default([]);

/**
 * A saved selection of the network (§2.5: the regisseur also shares information with partners when
 * there is no crisis): the persons whose membership matches every criterion that is not empty,
 * where a criterion with several values matches any of them. Domain, districts, roles and network
 * hold for one and the same membership (its organisation); a meeting matches when the person or
 * that organisation takes part in it.
 */
export const SegmentSchema = z.object({
  id: Id,
  naam: tekstVeld('Naam van het segment', 200),
  omschrijving: z.string().trim().max(500).nullable().default(null),
  domeinen: segmentLijst(DomeinSchema),
  wijken: segmentLijst(z.string().trim().min(1).max(200)),
  rollen: segmentLijst(RolSchema),
  /** Ids of meeting structures. */
  overleggen: segmentLijst(Id.max(200)),
  netwerk: NetwerkSchema.nullable().default(null),
});
export type Segment = z.infer<typeof SegmentSchema>;
