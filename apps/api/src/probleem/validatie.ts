/**
 * Checks path, query, headers and JSON body of a request against its route's schemas in one go, so
 * a 400 lists every problem together (the generated validators would stop at the first part that fails).
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { type ZodType, z } from 'zod';
import { type OngeldigeParameter, Probleem } from './probleem.js';

const nl = z.locales.nl().localeError;

function naam(plaats: string, pad: PropertyKey[]): string {
  if (pad.length === 0) return plaats;
  return pad.reduce<string>(
    (tekst, deel, i) =>
      typeof deel === 'number' ? `${tekst}[${deel}]` : i === 0 ? String(deel) : `${tekst}.${String(deel)}`,
    '',
  );
}

function check(schema: unknown, waarde: unknown, plaats: string, fouten: OngeldigeParameter[]): void {
  const uitkomst = (schema as ZodType).safeParse(waarde, { error: nl });
  if (uitkomst.success) return;
  for (const issue of uitkomst.error.issues) fouten.push({ name: naam(plaats, issue.path), reason: issue.message });
}

const isJson = (type: string | undefined) => !!type && /^application\/([a-z.+-]*\+)?json\b/i.test(type);

/** Middleware for one route; it runs after the role check and before the route's own (typed) validators. */
export function validate(request: RouteConfig['request']): MiddlewareHandler {
  const querySchema = request?.query as ZodType | undefined;
  const bekendeKeys = querySchema instanceof z.ZodObject ? new Set(Object.keys(querySchema.shape)) : new Set<string>();
  const jsonSchema = (request?.body?.content?.['application/json'] as { schema?: unknown } | undefined)?.schema;
  return async (c, next) => {
    const fouten: OngeldigeParameter[] = [];
    if (request?.params) check(request.params, c.req.param(), 'path', fouten);
    const queries = c.req.queries();
    for (const key of Object.keys(queries)) {
      if (!bekendeKeys.has(key)) fouten.push({ name: key, reason: 'Onbekende parameter.' });
    }
    if (querySchema) {
      const query = Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
      check(querySchema, query, 'query', fouten);
    }
    if (request?.headers) check(request.headers, c.req.header(), 'header', fouten);
    if (jsonSchema) {
      const type = c.req.header('content-type');
      if (isJson(type)) {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          fouten.push({ name: 'body', reason: 'De body is geen geldige JSON.' });
        }
        if (body !== undefined) {
          // As with the query: a field the operation does not know is refused, not silently dropped (a
          // misspelt selection would otherwise start a round for every partner).
          if (jsonSchema instanceof z.ZodObject && body !== null && typeof body === 'object' && !Array.isArray(body)) {
            for (const key of Object.keys(body)) {
              if (!(key in jsonSchema.shape)) fouten.push({ name: key, reason: 'Onbekend veld.' });
            }
          }
          check(jsonSchema, body, 'body', fouten);
        }
      } else if (request?.body?.required && !type) {
        fouten.push({ name: 'body', reason: 'De body ontbreekt; stuur JSON met Content-Type application/json.' });
      }
    }
    if (fouten.length > 0) {
      throw new Probleem(
        400,
        `Het verzoek bevat ${fouten.length === 1 ? 'een fout' : `${fouten.length} fouten`}; zie invalidParams.`,
        {
          code: 'invoer.ongeldig',
          invalidParams: fouten,
        },
      );
    }
    await next();
  };
}

/** Formats a failed zod result from the generated validators (multipart forms) the same way. */
export function validatieProbleem(issues: readonly z.core.$ZodIssue[], plaats: string): Probleem {
  const fouten = issues.map((i) => ({ name: naam(plaats, i.path), reason: i.message }));
  return new Probleem(400, 'Het verzoek bevat fouten; zie invalidParams.', {
    code: 'invoer.ongeldig',
    invalidParams: fouten,
  });
}
