/** Schemas of what the API answers, with Dutch descriptions: the source of the OpenAPI document. */
import { z } from '@hono/zod-openapi';
import {
  AANLEIDINGEN,
  DOMEINEN,
  INITIATIEVEN,
  KANALEN,
  NETWERKEN,
  ROLLEN,
  TRAININGSOORTEN,
} from '@netwerkregie/domain';

export const DatumVeld = z
  .string()
  .openapi({ format: 'date', example: '2024-03-01', description: 'Datum (jjjj-mm-dd).' });
export const TijdVeld = z.string().openapi({
  format: 'date-time',
  example: '2024-03-01T09:30:00.000Z',
  description: 'Tijdstip in UTC (ISO 8601 met tijdzone).',
});
const Id = z.string().openapi({ example: '5f0c6c7e-3b1a-4d2e-9a51-0c2f4e8b7d10' });

export const ProbleemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank', description: 'Soort probleem (RFC 9457).' }),
    title: z
      .string()
      .openapi({ example: 'Ongeldige invoer', description: 'Korte, vaste omschrijving van de soort fout.' }),
    status: z.number().int().openapi({ example: 400, description: 'De HTTP-statuscode.' }),
    detail: z
      .string()
      .openapi({ example: 'Het verzoek bevat 2 fouten; zie invalidParams.', description: 'Uitleg voor dit geval.' }),
    instance: z.string().optional().openapi({ description: 'Het pad van het verzoek.' }),
    code: z.string().optional().openapi({ example: 'invoer.ongeldig', description: 'Vaste code van de fout.' }),
    invalidParams: z
      .array(
        z.object({
          name: z.string().openapi({ example: 'paginaGrootte', description: 'Parameter of veld.' }),
          reason: z
            .string()
            .openapi({ example: 'Te groot: verwacht dat getal <=200 is', description: 'Wat er mis is.' }),
        }),
      )
      .optional()
      .openapi({ description: 'Alle invoerfouten samen (bij 400).' }),
  })
  .openapi('Probleem', { description: 'Foutmelding volgens RFC 9457 (application/problem+json).' });

const Link = z.object({ href: z.string().openapi({ example: '/v1/gemeenten/almere/organisaties?pagina=2' }) });
export const LinksSchema = z
  .object({ self: Link, first: Link, last: Link, prev: Link.optional(), next: Link.optional() })
  .openapi('Paginalinks', { description: 'Links naar deze, de eerste, de laatste, de vorige en de volgende pagina.' });

/** A page of a list: the items, the total, and links to other pages. */
export function lijstSchema<T extends z.ZodType>(item: T, naam: string, omschrijving: string) {
  return z
    .object({
      resultaten: z.array(item),
      totaal: z.number().int().openapi({ example: 120, description: 'Aantal resultaten over alle pagina’s.' }),
      totaalIsOndergrens: z.literal(true).optional().openapi({
        description:
          'Alleen aanwezig (true) als `totaal` een ondergrens is: personen zoeken en gefilterde personenlijsten tellen tot 1.000 (of tot het einde van de gevraagde pagina, als die verder ligt); er zijn er meer. `aantalPaginas` en de link `last` zijn dan ook ondergrenzen, en er is altijd een link `next`.',
      }),
      pagina: z.number().int().openapi({ example: 1 }),
      paginaGrootte: z.number().int().openapi({ example: 50 }),
      aantalPaginas: z.number().int().openapi({ example: 3 }),
      _links: LinksSchema,
    })
    .openapi(naam, { description: omschrijving });
}

export const DomeinVeld = z.enum(DOMEINEN).openapi({ description: 'Domein van de organisatie.' });
export const NetwerkVeld = z.enum(NETWERKEN).openapi({ description: 'Formeel (professionals) of informeel netwerk.' });

export const OrganisatieSchema = z
  .object({
    id: Id,
    naam: z.string().openapi({ example: 'Wijkteam Voorbeeldstad Noord' }),
    domein: DomeinVeld,
    netwerk: NetwerkVeld,
    soort: z
      .string()
      .nullable()
      .openapi({ example: 'sociaal wijkteam', description: 'Soort organisatie, vrije tekst.' }),
    wijken: z
      .array(z.string())
      .openapi({ example: ['Almere Haven'], description: 'Wijken waarin de organisatie werkt.' }),
  })
  .openapi('Organisatie', { description: 'Een partnerorganisatie in het netwerk.' });

export const KaartLidmaatschapSchema = z
  .object({
    id: Id,
    persoonId: Id,
    organisatieId: Id,
    organisatieNaam: z.string(),
    domein: DomeinVeld,
    netwerk: NetwerkVeld,
    functie: z.string().nullable(),
    rollen: z.array(z.enum(ROLLEN)),
    begin: DatumVeld.nullable(),
    einde: DatumVeld.nullable(),
  })
  .openapi('KaartLidmaatschap', {
    description: 'Een lidmaatschap op de kaart van een persoon: met naam, domein en netwerk van de organisatie.',
  });

/**
 * A person as the API answers it, the store's `PersoonKaart`: contact details plus memberships. Named
 * PersoonKaart in the document, so `Persoon` never means two things (the domain's `PersoonSchema` validates input).
 */
export const PersoonKaartSchema = z
  .object({
    id: Id,
    naam: z.string().openapi({ example: 'Fenna de Vries' }),
    email: z.string().nullable().openapi({ format: 'email', example: 'fenna@example.org' }),
    telefoon: z.string().nullable().openapi({ example: '+31612345678', description: 'Telefoonnummer in E.164.' }),
    getraind: z.boolean().openapi({ description: 'Heeft een training gevolgd.' }),
    lidmaatschappen: z.array(KaartLidmaatschapSchema),
  })
  .openapi('PersoonKaart', { description: 'Een contactpersoon met zijn of haar lidmaatschappen.' });

export const OverlegSchema = z
  .object({
    id: Id,
    naam: z.string().openapi({ example: 'Casusoverleg radicalisering' }),
    soort: z.string().nullable(),
  })
  .openapi('Overleg', { description: 'Een overlegstructuur.' });

export const DeelnameSchema = z
  .object({ id: Id, overlegId: Id, organisatieId: Id.nullable(), persoonId: Id.nullable() })
  .openapi('Deelname', { description: 'Deelname van een organisatie of een persoon aan een overleg.' });

export const ContactmomentSchema = z
  .object({
    id: Id,
    organisatieId: Id,
    persoonId: Id.nullable(),
    datum: DatumVeld,
    kanaal: z.enum(KANALEN),
    aanleiding: z.enum(AANLEIDINGEN),
    initiatief: z.enum(INITIATIEVEN),
  })
  .openapi('Contactmoment', { description: 'Contact tussen gemeente en partner.' });

export const TrainingSchema = z
  .object({ id: Id, persoonId: Id, soort: z.enum(TRAININGSOORTEN), datum: DatumVeld.nullable() })
  .openapi('Training', {
    description: 'Een gevolgde training; datum leeg als alleen bekend is dat iemand getraind is.',
  });

export const AuditRegelSchema = z
  .object({
    id: z.number().int(),
    actor: z.string().openapi({ description: 'Id van de API-sleutel of gebruiker.' }),
    actie: z.string().openapi({ example: 'lezen' }),
    entiteit: z.string().openapi({ example: 'persoon' }),
    entiteitId: z.string().nullable(),
    doel: z.string().openapi({ example: 'raadplegen contactlijst' }),
    route: z.string().nullable(),
    tijd: TijdVeld,
    traceId: z.string().optional().openapi({
      description: 'W3C trace-id van het verzoek (Logboek Dataverwerkingen: trace_id).',
      example: '4bf92f3577b34da6a3ce929d0e0e4736',
    }),
    verwerking: z.string().optional().openapi({
      description: 'Id van de verwerkingsactiviteit uit het register van de gemeente.',
      example: 'netwerkbeheer',
    }),
  })
  .openapi('AuditRegel', { description: 'Wie wanneer met welk doel persoonsgegevens las of wijzigde.' });

export const BeveiligingsGebeurtenisSchema = z
  .object({
    id: z.number().int(),
    soort: z.string().openapi({ example: 'authenticatie.mislukt' }),
    status: z.number().int().openapi({ example: 401 }),
    adres: z.string().openapi({ description: 'Bronadres van het verzoek.', example: '192.0.2.7' }),
    actor: z.string().nullable().openapi({ description: 'Id van de sleutel bij een geweigerd verzoek (403).' }),
    route: z.string().openapi({ example: 'GET /v1/gemeenten/almere/personen' }),
    traceId: z.string().nullable(),
    tijd: TijdVeld,
  })
  .openapi('BeveiligingsGebeurtenis', {
    description: 'Een mislukte of geweigerde aanmelding (BIO 1.3), zonder sleutelmateriaal.',
  });

export const HistorieRegelSchema = z
  .object({
    id: z.number().int(),
    entiteit: z.string(),
    entiteitId: z.string(),
    veld: z.string().openapi({ description: 'Gewijzigd veld; * voor toevoegen of verwijderen.' }),
    voor: z.unknown().openapi({ description: 'Waarde ervoor.' }),
    na: z.unknown().openapi({ description: 'Waarde erna.' }),
    importId: z.string().nullable(),
    actor: z.string(),
    tijd: TijdVeld,
  })
  .openapi('HistorieRegel', { description: 'Een wijziging van een veld.' });
