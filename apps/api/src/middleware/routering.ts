/**
 * Answers what the router cannot: a trailing slash is 404 (never a redirect), a known path with
 * another method is 405 with `Allow`, an unknown path 404. Runs before authentication, so these
 * answers do not depend on the key.
 */
import type { MiddlewareHandler } from 'hono';
import { Probleem } from '../probleem/index.js';

export interface RouteInfo {
  path: string;
  method: string;
}

interface Patroon {
  regex: RegExp;
  methoden: Set<string>;
  delen: number;
}

/** A path's number of segments: a pattern's `[^/]+` matches one, so only patterns of as many can match. */
const delen = (pad: string): number => pad.split('/').length;

/** The patterns by their number of segments: a request tests only those of its own length. */
function compileer(routes: readonly RouteInfo[]): Map<number, Patroon[]> {
  const perPad = new Map<string, Set<string>>();
  for (const r of routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const methoden = perPad.get(r.path) ?? new Set<string>();
    methoden.add(r.method.toUpperCase());
    if (r.method.toUpperCase() === 'GET') methoden.add('HEAD');
    perPad.set(r.path, methoden);
  }
  const patronen = [...perPad].map(([pad, methoden]) => {
    const bron = pad
      .split('/')
      .map((deel) => (deel.startsWith(':') ? '[^/]+' : deel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { regex: new RegExp(`^${bron}$`), methoden, delen: delen(pad) };
  });
  const perLengte = new Map<number, Patroon[]>();
  for (const p of patronen) perLengte.set(p.delen, [...(perLengte.get(p.delen) ?? []), p]);
  return perLengte;
}

export interface RouteringOpties {
  /** The app's routes, read on the first request (all routes are registered by then). */
  routes: () => readonly RouteInfo[];
  /** Paths that answer OPTIONS themselves (CORS preflight). */
  optionsPaden?: readonly string[];
}

export function routering(opties: RouteringOpties): MiddlewareHandler {
  let patronen: Map<number, Patroon[]> | undefined;
  return async (c, next) => {
    // Mounted under a prefix (`parent.route('/api', app)`), this middleware's own path carries it.
    const prefix = c.req.routePath.replace(/\/?\*$/, '');
    const pad = c.req.path.slice(prefix.length) || '/';
    if (pad.length > 1 && pad.endsWith('/'))
      throw new Probleem(404, 'Deze bron bestaat niet; laat de slash aan het eind weg.');
    patronen ??= compileer(opties.routes());
    const methode = c.req.method.toUpperCase();
    const passend = (patronen.get(delen(pad)) ?? []).filter((p) => p.regex.test(pad));
    if (passend.length === 0) throw new Probleem(404, 'Deze bron bestaat niet.');
    if (methode === 'OPTIONS' && opties.optionsPaden?.includes(pad)) return next();
    if (passend.some((p) => p.methoden.has(methode))) return next();
    const toegestaan = [...new Set(passend.flatMap((p) => [...p.methoden]))].sort();
    throw new Probleem(405, `Methode ${methode} wordt hier niet ondersteund; gebruik ${toegestaan.join(', ')}.`, {
      headers: { Allow: toegestaan.join(', ') },
    });
  };
}
