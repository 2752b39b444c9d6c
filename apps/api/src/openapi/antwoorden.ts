/** Response objects for routes: every 2xx documents `API-Version`, every 4xx/5xx is problem+json. */
import { z } from '@hono/zod-openapi';
import { TITELS } from '../probleem/index.js';
import { ProbleemSchema } from './schemas.js';

export const API_VERSIE = '1.0.0';

export const versieKop = {
  'API-Version': {
    description: 'De volledige versie van de API.',
    schema: { type: 'string' as const, example: API_VERSIE },
  },
};

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: versieKop, content: { 'application/json': { schema } } };
}

export function bestand(mediaTypes: readonly string[], description: string) {
  const schema = z.string().openapi({ format: 'binary' });
  return {
    description,
    headers: {
      ...versieKop,
      'Content-Disposition': { description: 'Bestandsnaam van de download.', schema: { type: 'string' as const } },
    },
    content: Object.fromEntries(mediaTypes.map((t) => [t, { schema }])),
  };
}

export function leeg(description: string) {
  return { description, headers: versieKop };
}

const UITLEG: Readonly<Record<number, string>> = {
  400: 'Ongeldige invoer; invalidParams noemt alle fouten samen.',
  401: 'Geen, een onbekende of een ingetrokken API-sleutel.',
  403: 'De sleutel hoort bij een andere gemeente of heeft een te lage rol.',
  404: 'Niet gevonden.',
  409: 'Kan niet in de huidige toestand.',
  413: 'Het verzoek is groter dan toegestaan.',
  415: 'Mediatype niet ondersteund.',
  429: 'Te veel verzoeken met deze sleutel; zie Retry-After.',
  500: 'Interne fout, zonder details.',
};

function probleem(status: number) {
  return {
    description: UITLEG[status] ?? TITELS[status] ?? 'Fout.',
    content: { 'application/problem+json': { schema: ProbleemSchema } },
  };
}

/** Problem responses for the given statuses. */
export function fouten(...statussen: number[]) {
  return Object.fromEntries(statussen.map((s) => [s, probleem(s)]));
}

/** What every gemeente route can answer besides its own responses. */
export const standaardFouten = fouten(400, 401, 403, 404, 429, 500);
