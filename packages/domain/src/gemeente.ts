import { z } from 'zod';
import { DOMEINEN, NETWERKEN, ROLLEN, TRAININGSOORTEN } from './vocabulaires.js';

/** The fields a sheet column can map to (IMPORT.md). */
export const VELDEN = [
  'organisatie',
  'domein',
  'netwerk',
  'soort',
  'wijken',
  'naam',
  'voornaam',
  'tussenvoegsel',
  'achternaam',
  'functie',
  'rollen',
  'email',
  'telefoon',
  'getraind',
  /** The kind of the training in `getraind` (basistraining when absent). */
  'trainingsoort',
  'overleggen',
  'laatsteContact',
  /** The day a person left the organisation: ends the membership. */
  'vertrokken',
  /** The id of a person the store has at this organisation: matches by id, so the e-mail can change. */
  'persoonId',
] as const;
export type Veld = (typeof VELDEN)[number];

/**
 * A threshold pair. The order tells the direction: when `aandacht <= zorgelijk` a higher value
 * is worse (a share of organisations without a contact person); otherwise a lower value is worse
 * (a share of safety partners who know a care partner).
 */
export const DrempelSchema = z
  .object({ aandacht: z.number(), zorgelijk: z.number() })
  .refine((d) => d.aandacht !== d.zorgelijk, { error: 'aandacht en zorgelijk moeten verschillen.' });
export type Drempel = z.infer<typeof DrempelSchema>;

export const DrempelsSchema = z.object({
  /** Days without a contact moment after which a partner counts as out of touch. */
  contactTermijnDagen: z.number().int().positive().default(90),
  /** K: an organisation in more than this many meeting structures carries a heavy load. */
  maxOverleggen: z.number().int().positive().default(4),
  /** Share of one domain above which a community is a silo. */
  siloAandeel: z.number().gt(0).lte(1).default(0.9),
  /** Smallest community that can be called a silo. */
  siloMinimum: z.number().int().positive().default(5),
  /** Months after which an organisation's data counts as old when no trusted source confirmed it (actualiteit). */
  bevestigingTermijnMaanden: z.number().int().positive().default(12),
  indicatoren: z
    .object({
      'contactpersoon-radicalisering': DrempelSchema.default({ aandacht: 0.1, zorgelijk: 0.25 }),
      'veiligheid-zorg': DrempelSchema.default({ aandacht: 0.8, zorgelijk: 0.5 }),
      'informeel-formeel': DrempelSchema.default({ aandacht: 0.1, zorgelijk: 0.25 }),
      wederkerigheid: DrempelSchema.default({ aandacht: 0.2, zorgelijk: 0.4 }),
      kwetsbaarheid: DrempelSchema.default({ aandacht: 0.2, zorgelijk: 0.4 }),
      training: DrempelSchema.default({ aandacht: 0.8, zorgelijk: 0.5 }),
      wijkdekking: DrempelSchema.default({ aandacht: 1, zorgelijk: 4 }),
      overlegdruk: DrempelSchema.default({ aandacht: 1, zorgelijk: 5 }),
      silos: DrempelSchema.default({ aandacht: 1, zorgelijk: 3 }),
      actualiteit: DrempelSchema.default({ aandacht: 0.2, zorgelijk: 0.5 }),
    })
    .prefault({}),
});
export type Drempels = z.infer<typeof DrempelsSchema>;

/** One entry of the gemeente's register of processing activities (AVG art. 30, Logboek Dataverwerkingen). */
export const VerwerkingsactiviteitSchema = z.object({
  /** The activity's id in the gemeente's own register; logged with every processing. */
  id: z.string().trim().min(1).max(100),
  naam: z.string().trim().min(1).max(200),
  /** Purpose (doel) of the processing. */
  doel: z.string().trim().min(1).max(500),
  /** Legal ground (grondslag), such as AVG art. 6 lid 1 onder e. */
  grondslag: z.string().trim().min(1).max(500),
});
export type Verwerkingsactiviteit = z.infer<typeof VerwerkingsactiviteitSchema>;

/** The kinds of processing the software does; each call is logged under one of them. */
export const VERWERKINGEN = ['netwerkbeheer', 'netwerkanalyse', 'avg-rechten', 'controle'] as const;
export type Verwerking = (typeof VERWERKINGEN)[number];

const GRONDSLAG_TAAK =
  'AVG art. 6 lid 1 onder e: taak van algemeen belang van de gemeente (preventie en openbare orde)';

/** Defaults; a gemeente overrides them with its own register's ids and texts. */
const STANDAARD_VERWERKINGEN: Readonly<Record<Verwerking, Verwerkingsactiviteit>> = {
  netwerkbeheer: {
    id: 'netwerkbeheer',
    naam: 'Beheer van de contactlijst van het preventienetwerk',
    doel: 'Contactgegevens van professionals en sleutelfiguren actueel houden en raadplegen om hen te kunnen bereiken.',
    grondslag: GRONDSLAG_TAAK,
  },
  netwerkanalyse: {
    id: 'netwerkanalyse',
    naam: 'Analyse van de gezondheid van het netwerk',
    doel: 'Zien welke partners uit beeld raken, waar organisaties een contactpersoon missen en waar domeinen elkaar niet kennen.',
    grondslag: GRONDSLAG_TAAK,
  },
  'avg-rechten': {
    id: 'avg-rechten',
    naam: 'Afhandelen van verzoeken van betrokkenen',
    doel: 'Inzage en wissen op verzoek van de betrokkene.',
    grondslag: 'AVG art. 6 lid 1 onder c: wettelijke verplichting (AVG art. 15 en 17)',
  },
  controle: {
    id: 'controle',
    naam: 'Controle op het gebruik',
    doel: 'Nagaan wie persoonsgegevens verwerkte en of de beveiliging werkt.',
    grondslag: 'AVG art. 6 lid 1 onder c: wettelijke verplichting (AVG art. 5 lid 2 en 32)',
  },
};

const verwerking = (soort: Verwerking) => VerwerkingsactiviteitSchema.default(STANDAARD_VERWERKINGEN[soort]);

const synoniemen = <T extends readonly [string, ...string[]]>(waarden: T) =>
  z.record(z.string(), z.enum(waarden)).default({});

export const GemeenteSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'Slug: kleine letters, cijfers en streepjes, zoals "almere".' }),
    naam: z.string().trim().min(1, { error: 'Naam van de gemeente ontbreekt.' }),
    wijken: z.array(z.string().trim().min(1)).min(1, { error: 'Noem ten minste een wijk.' }),
    /** Months after the last membership ended before a person is purged (AVG storage limitation). */
    bewaartermijnMaanden: z.number().int().positive().default(24),
    /** Months after a person's last training before a refresher day (terugkomdag, §4) is due. */
    terugkomdagTermijnMaanden: z.number().int().positive().default(24),
    drempels: DrempelsSchema.prefault({}),
    /** The gemeente's own words for vocabulary values, on top of IMPORT.md's synonyms. */
    synoniemen: z
      .object({
        domein: synoniemen(DOMEINEN),
        netwerk: synoniemen(NETWERKEN),
        rollen: synoniemen(ROLLEN),
        /** The gemeente's names for its trainings ("Terugkombijeenkomst" -> terugkomdag). */
        trainingsoort: synoniemen(TRAININGSOORTEN),
        /** Other names of a district (an old name, an abbreviation) to the district's name. */
        wijken: z.record(z.string(), z.string()).default({}),
      })
      .prefault({}),
    /** The gemeente's own sheet headers, mapped to fields, on top of IMPORT.md's headers. */
    kolommen: z.record(z.string(), z.enum(VELDEN)).default({}),
    /** Confirmation rounds: how long a partner's link works, and after how many days the unanswered are reminded. */
    ronde: z
      .object({
        geldigDagen: z.number().int().positive().max(365).default(30),
        herinnerNaDagen: z.number().int().positive().default(14),
      })
      .prefault({}),
    /**
     * What the partner's confirmation page says about privacy, in plain Dutch: what is kept, why and for how
     * long. Absent: `privacyverklaring(gemeente)` writes one from the retention period.
     */
    privacyverklaring: z.string().trim().min(1).max(4000).optional(),
    /** The register of processing activities, one per kind of processing; defaults keep older configurations valid. */
    verwerkingsactiviteiten: z
      .object({
        netwerkbeheer: verwerking('netwerkbeheer'),
        netwerkanalyse: verwerking('netwerkanalyse'),
        'avg-rechten': verwerking('avg-rechten'),
        controle: verwerking('controle'),
      })
      .prefault({}),
  })
  .superRefine((g, ctx) => {
    for (const [naam, wijk] of Object.entries(g.synoniemen.wijken)) {
      if (!g.wijken.includes(wijk)) {
        ctx.addIssue({
          code: 'custom',
          path: ['synoniemen', 'wijken', naam],
          message: `"${wijk}" is geen wijk van ${g.naam}.`,
        });
      }
    }
  });
export type Gemeente = z.infer<typeof GemeenteSchema>;
export type GemeenteInvoer = z.input<typeof GemeenteSchema>;

/** The privacy statement the partner's page shows: the gemeente's own, else one in plain Dutch from its configuration. */
export function privacyverklaring(g: Gemeente): string {
  if (g.privacyverklaring) return g.privacyverklaring;
  return (
    `De gemeente ${g.naam} houdt een contactlijst bij van de partners in het preventienetwerk. ` +
    'Van u bewaren we alleen zakelijke contactgegevens: uw naam, uw functie en rol bij uw organisatie, uw ' +
    'zakelijke e-mailadres en telefoonnummer, de trainingen die u volgde en de overleggen waaraan uw organisatie ' +
    'deelneemt. We gebruiken die gegevens om u te kunnen bereiken en om te zien of het netwerk goed werkt. ' +
    'Er staat niets in over inwoners, jongeren of casussen. ' +
    `Als u niet meer bij de organisatie werkt, bewaren we uw gegevens nog ${g.bewaartermijnMaanden} maanden en wissen ` +
    'we ze daarna. Wat u hier invult, ziet eerst een medewerker van de gemeente voordat het in de lijst komt. ' +
    'U kunt de gemeente altijd vragen welke gegevens over u bewaard zijn, en vragen ze te verbeteren of te wissen.'
  );
}
