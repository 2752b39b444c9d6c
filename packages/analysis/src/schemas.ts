/**
 * The public result shapes as zod schemas: the one source of their types (`z.infer`) and of the
 * API's OpenAPI document, so the package and the documented JSON cannot drift. This module needs
 * only zod and the domain (no graphology), so the API can load it without the analysis itself.
 */
import {
  DOMEINEN,
  DrempelSchema,
  NetwerkSchema as NetwerkSoortSchema,
  RolSchema,
  TrainingsoortSchema,
} from '@netwerkregie/domain';
import { z } from 'zod';

const Sleutel = z.string().meta({
  description: 'Knoop: persoon:<id>, organisatie:<id>, overleg:<id> of wijk:<naam>.',
  example: 'organisatie:5f0c6c7e',
});
const Dag = z.iso.date().meta({ description: 'Datum (jjjj-mm-dd).', example: '2024-03-01' });

export const KNOOPSOORTEN = ['persoon', 'organisatie', 'overleg'] as const;
export const KnoopsoortSchema = z.enum(KNOOPSOORTEN);
export const KantsoortSchema = z.enum(['lidmaatschap', 'deelname', 'relatie']);
export const StatusSchema = z.enum(['goed', 'aandacht', 'zorgelijk']);

export const INDICATOR_IDS = [
  'contactpersoon-radicalisering',
  'veiligheid-zorg',
  'informeel-formeel',
  'wederkerigheid',
  'kwetsbaarheid',
  'training',
  'wijkdekking',
  'overlegdruk',
  'silos',
  'actualiteit',
  'regisseurkandidaten',
] as const;

/** Every indicator's details hold a Dutch reason per `betreft` entry, plus its own fields. */
export const IndicatorDetailsSchema = z
  .object({ redenen: z.record(z.string(), z.string()) })
  .catchall(z.unknown())
  .meta({ description: 'Redenen per betrokken knoop en eigen velden.' });

export const IndicatorSchema = z.object({
  id: z.enum(INDICATOR_IDS).meta({ example: 'veiligheid-zorg' }),
  titel: z.string(),
  toelichting: z.string().meta({ description: 'Uitleg in eigen woorden, met de paragraaf van het advies.' }),
  waarde: z.number(),
  drempel: DrempelSchema.nullable().meta({ description: 'Leeg bij een informatieve indicator zonder drempels.' }),
  status: StatusSchema,
  betreft: z.array(Sleutel),
  details: IndicatorDetailsSchema.optional(),
  verouderd: z
    .object({
      aandeel: z.number().min(0).max(1),
      organisaties: z.number().int().meta({ description: 'De organisaties waarop het antwoord berust.' }),
      tekst: z.string().meta({ example: 'Berust voor 40 % op gegevens ouder dan een jaar.' }),
    })
    .optional()
    .meta({
      description:
        'Het aandeel van de organisaties waarop het antwoord berust waarvan niemand de gegevens binnen de termijn bevestigde.',
    }),
});

export const EntiteitSchema = z.object({
  naam: z.string(),
  soort: z.enum([...KNOOPSOORTEN, 'wijk']),
  domein: z
    .enum([...DOMEINEN, 'meerdere'])
    .nullable()
    .optional(),
  netwerk: NetwerkSoortSchema.nullable().optional(),
});

export const IntroductieSchema = z.object({
  van: Sleutel,
  naar: Sleutel,
  via: Sleutel.nullable().meta({ description: 'Wie kan voorstellen; leeg als ze elkaar al kennen.' }),
  pad: z.array(Sleutel),
  tekst: z.string(),
});

export const WerklijstPartnerSchema = z.object({
  organisatie: Sleutel,
  naam: z.string(),
  domein: z.enum(DOMEINEN),
  netwerk: NetwerkSoortSchema,
  score: z.number(),
  laatsteContact: Dag.nullable(),
  dagenSindsContact: z.number().int().nullable(),
  contactpersonen: z.array(Sleutel).meta({ description: 'Contactpersonen radicalisering: wie te bellen.' }),
  redenen: z.array(z.string()),
  bevestigdOp: Dag.nullable()
    .optional()
    .meta({ description: 'Laatst bevestigd door de partner of een import; leeg als nooit.' }),
});

export const WerklijstSchema = z.object({
  peildatum: Dag,
  partners: z.array(WerklijstPartnerSchema),
  introducties: z.array(IntroductieSchema),
});

/** One organisation's members whose refresher day is due (§4). */
export const TerugkomdagOrganisatieSchema = z.object({
  organisatie: Sleutel,
  naam: z.string(),
  getraind: z.number().int().meta({ description: 'Actieve leden met een training met datum.' }),
  personen: z.array(
    z.object({
      persoon: Sleutel,
      naam: z.string(),
      laatsteTraining: Dag.meta({ description: 'De laatste training met datum, van welke soort ook.' }),
      soort: TrainingsoortSchema,
    }),
  ),
});

/** Who needs a refresher day: trained longer ago than the gemeente's `terugkomdagTermijnMaanden`. */
export const TerugkomdagenSchema = z.object({
  peildatum: Dag,
  termijnMaanden: z.number().int().meta({ description: 'De termijn van de gemeente (terugkomdagTermijnMaanden).' }),
  grens: Dag.meta({ description: 'Wie voor deze datum voor het laatst getraind is, heeft een terugkomdag nodig.' }),
  organisaties: z.array(TerugkomdagOrganisatieSchema),
});

export const TopKnoopSchema = z.object({
  id: Sleutel,
  naam: z.string(),
  soort: KnoopsoortSchema,
  waarde: z.number(),
});

/** The centrality part of the figures: who holds the network together. */
export const CentraliteitSchema = z.object({
  methode: z.enum(['exact', 'steekproef']),
  pivots: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Aantal willekeurige pivots bij een schatting; leeg als exact.' }),
  betweenness: z.array(TopKnoopSchema),
  closeness: z.array(TopKnoopSchema),
});

/** The network in figures, for the report. */
export const MetriekenSamenvattingSchema = z.object({
  knopen: z.object({
    totaal: z.number().int(),
    persoon: z.number().int(),
    organisatie: z.number().int(),
    overleg: z.number().int(),
  }),
  kanten: z.object({
    totaal: z.number().int(),
    lidmaatschap: z.number().int(),
    deelname: z.number().int(),
    relatie: z.number().int(),
  }),
  dichtheid: z.number(),
  componenten: z.object({ aantal: z.number().int(), grootste: z.number().int() }),
  centraliteit: CentraliteitSchema,
  communities: z.object({ aantal: z.number().int(), modularity: z.number() }),
  articulatiepunten: z.number().int(),
  bruggen: z.number().int(),
  knippersonen: z.number().int().meta({ description: 'Articulatiepunten van het personennetwerk.' }),
});

/** Node attributes written by `buildGraph` (see "The graph" in the README); metrics add their own. */
export const KnoopAttributenSchema = z
  .object({
    soort: KnoopsoortSchema,
    naam: z.string(),
    /** Organisation: its domain. Person: the domain of their organisations, `meerdere` when they differ. Meeting: null. */
    domein: z.enum([...DOMEINEN, 'meerdere']).nullable(),
    /** Organisation: its network. Person: `formeel` when any organisation is formal. Meeting: null. */
    netwerk: NetwerkSoortSchema.nullable(),
    /** Organisation: its own `soort` (free text, e.g. "wijkteam"). */
    organisatiesoort: z.string().nullable().optional(),
    /** Meeting: its `soort`. */
    overlegsoort: z.string().nullable().optional(),
    wijken: z.array(z.string()).optional(),
    /** Person: roles over all active memberships. */
    rollen: z.array(RolSchema).optional(),
    /** Person: has a training on or before the peildatum. */
    getraind: z.boolean().optional(),
    /** Organisation: date of the last contact moment on or before the peildatum. */
    laatsteContact: Dag.nullable().optional(),
    dagenSindsContact: z.number().int().nullable().optional(),
    contactmomenten: z.number().int().optional(),
    /** Organisation: contacted, but only on `signaal` occasions. */
    alleenSignaal: z.boolean().optional(),
  })
  .catchall(z.unknown());

export const KantAttributenSchema = z
  .object({
    soort: KantsoortSchema,
    /** Tie strength for Louvain: relatie 2, lidmaatschap 1, deelname 1; parallel ties add up. */
    gewicht: z.number(),
    /** Number of records behind the tie (two memberships, a relation recorded twice, ...). */
    aantal: z.number().int(),
    /** Membership: roles at the organisation. */
    rollen: z.array(RolSchema).optional(),
    /** Relation: its kinds (`samenwerking`, ...). */
    relatiesoorten: z.array(z.string()).optional(),
  })
  .catchall(z.unknown());

export const NetwerkKnoopSchema = KnoopAttributenSchema.extend({ id: Sleutel });
export const NetwerkKantSchema = KantAttributenSchema.extend({ id: z.string(), bron: Sleutel, doel: Sleutel });

/** Nodes and edges as plain JSON for a map, with their attributes. */
export const NetwerkKaartSchema = z.object({
  knopen: z.array(NetwerkKnoopSchema),
  kanten: z.array(NetwerkKantSchema),
});

/** One indicator's value at one moment, as kept after each applied import or logged contact moment (the trend). */
export const IndicatorStandSchema = z.object({
  tijd: z.iso.datetime().meta({ description: 'Wanneer de waarde is berekend.', example: '2025-03-01T09:30:00.000Z' }),
  indicatorId: z.enum(INDICATOR_IDS).meta({ example: 'wederkerigheid' }),
  waarde: z.number(),
  status: StatusSchema,
  aanleiding: z.string().meta({
    description: 'Waarom berekend: import <id>, contactmoment, of een bundel daarvan.',
    example: 'contactmoment',
  }),
});
