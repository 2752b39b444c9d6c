/** Errors as `application/problem+json` (RFC 9457): one shape for every refusal the API gives. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface OngeldigeParameter {
  /** Where the problem is: a query key, a path parameter, a header, or a body field as `veld.sub[0]`. */
  name: string;
  reason: string;
}

export interface ProbleemVelden {
  /** A stable machine-readable code, such as `import.al-toegepast`. */
  code?: string;
  invalidParams?: OngeldigeParameter[];
  /** Extra response headers (`WWW-Authenticate`, `Allow`, `Retry-After`). */
  headers?: Record<string, string>;
}

export const TITELS: Readonly<Record<number, string>> = {
  400: 'Ongeldige invoer',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** Thrown by middleware and handlers; the app's error handler turns it into a problem response. */
export class Probleem extends Error {
  readonly title: string;
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly velden: ProbleemVelden = {},
  ) {
    super(detail);
    this.name = 'Probleem';
    this.title = TITELS[status] ?? 'Fout';
  }
}

/** The problem document and its response. `instance` is the request path (never the query: it may hold search words). */
export function probleemAntwoord(p: Probleem, instance?: string): Response {
  const { headers = {}, ...extra } = p.velden;
  const body = { type: 'about:blank', title: p.title, status: p.status, detail: p.detail, instance, ...extra };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}
