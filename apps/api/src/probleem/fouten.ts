/** The one place where errors become HTTP answers. Nothing internal (stack, SQL, message) ever reaches the client. */

import { ToepassingFout, type ToepassingFoutcode } from '@netwerkregie/toepassing';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Probleem, probleemAntwoord } from './probleem.js';

export interface FoutOpties {
  /** Where internal errors are reported; default `console.error`. Gets no request data, keys or personal data. */
  log?: (regel: string) => void;
}

const BEKENDE_HTTP: Readonly<Record<number, string>> = {
  400: 'Het verzoek kon niet worden gelezen.',
  401: 'Geef een geldige API-sleutel mee.',
  404: 'Deze bron bestaat niet.',
  413: 'Het verzoek is groter dan toegestaan.',
  415: 'Dit mediatype wordt hier niet ondersteund; zie het OpenAPI-document.',
};

export function foutAfhandelaar(opties: FoutOpties = {}): ErrorHandler {
  const log = opties.log ?? ((regel: string) => console.error(regel));
  return (err, c) => {
    if (err instanceof Probleem) return probleemAntwoord(err, c.req.path);
    if (err instanceof ToepassingFout) return probleemAntwoord(toepassingProbleem(err), c.req.path);
    const opslag = opslagProbleem(err);
    if (opslag) return probleemAntwoord(opslag, c.req.path);
    if (err instanceof HTTPException && err.status < 500) {
      const status = err.status as ContentfulStatusCode;
      return probleemAntwoord(new Probleem(status, BEKENDE_HTTP[status] ?? 'Het verzoek werd geweigerd.'), c.req.path);
    }
    // The message may hold data (a value, a name); the stack's frames do not.
    const frames = (err.stack ?? '').split('\n').slice(1, 6).join('\n');
    log(`Interne fout (${err.name}) bij ${c.req.method} ${c.req.routePath}\n${frames}`);
    return probleemAntwoord(
      new Probleem(
        500,
        'Er ging aan onze kant iets mis. Probeer het later opnieuw of neem contact op met de beheerder.',
      ),
    );
  };
}

/** The HTTP status of each of the operations' errors (packages/toepassing); the code goes along unchanged. */
const TOEPASSING_STATUS: Readonly<Record<ToepassingFoutcode, ContentfulStatusCode>> = {
  'database.ongeldig': 503,
  'database.onbekend': 503,
  'database.fout': 503,
  'invoer.ongeldig': 400,
  // A reference to nothing is bad input too: the fields are named in invalidParams.
  'verwijzing.onbekend': 400,
  'persoon.onbekend': 404,
  'import.onbekend': 404,
  'import.niet-toegepast': 409,
  'import.al-toegepast': 409,
  'import.al-teruggedraaid': 409,
  'import.al-afgewezen': 409,
  'import.niet-gepland': 409,
  'import.afgewezen-rijen': 409,
  'ronde.leeg': 409,
  'ronde.onbekend': 404,
  // The partner's page answers these itself (a Dutch page naming no organisation); over the API: 404 and 409.
  'uitnodiging.ongeldig': 404,
  'uitnodiging.beantwoord': 409,
  'verzending.mislukt': 503,
  'import.verlopen': 409,
  'segment.onbekend': 404,
};

function toepassingProbleem(fout: ToepassingFout): Probleem {
  if (fout.code === 'verwijzing.onbekend') {
    return new Probleem(400, fout.melding, {
      code: 'invoer.ongeldig',
      invalidParams: fout.velden.map((v) => ({ name: v.veld, reason: v.reden })),
    });
  }
  // A 404 keeps the plain answer it had before (no code), like every other missing resource.
  if (fout.code === 'persoon.onbekend') return new Probleem(404, fout.melding);
  return new Probleem(TOEPASSING_STATUS[fout.code], fout.melding, { code: fout.code });
}

/**
 * The store's failures a client can act on (OpslagFout, by name: the API may see another copy of the
 * class): the database busy with an import or unreachable is 503 with Retry-After; a taken or
 * dangling value is 409.
 */
function opslagProbleem(err: Error): Probleem | null {
  if (err.name !== 'OpslagFout') return null;
  const code = (err as Error & { code?: string }).code;
  if (code === 'bezet') {
    return new Probleem(503, 'De database is bezet met een import; probeer het over enkele seconden opnieuw.', {
      code: 'opslag.bezet',
      headers: { 'Retry-After': '5' },
    });
  }
  if (code === 'onbereikbaar') {
    return new Probleem(503, 'De database is tijdelijk niet bereikbaar; probeer het later opnieuw.', {
      code: 'opslag.onbereikbaar',
      headers: { 'Retry-After': '30' },
    });
  }
  if (code === 'uniek') {
    return new Probleem(409, 'Dit bestaat al: de waarde is uniek en al in gebruik.', { code: 'opslag.uniek' });
  }
  if (code === 'verwijzing') {
    return new Probleem(409, 'Dit verwijst naar iets dat niet bestaat of nog in gebruik is.', {
      code: 'opslag.verwijzing',
    });
  }
  return null;
}

export const nietGevonden: NotFoundHandler = (c) =>
  probleemAntwoord(new Probleem(404, 'Deze bron bestaat niet.'), c.req.path);
