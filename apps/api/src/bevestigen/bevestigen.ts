/**
 * The partner's page `/bevestigen/{token}`: no account, no API key. The token names its gemeente
 * (`bv_<gemeente>_…`) and one organisation; the page shows only that organisation's own entries and
 * takes its answer (see @netwerkregie/toepassing). An unknown, expired or revoked token gets a 404 page
 * that names no organisation; each address is throttled. The token is never logged, and the page asks
 * browsers not to send it on as a referrer.
 */
import { type Gemeente, privacyverklaring, TRAININGSOORTEN, type Trainingsoort } from '@netwerkregie/domain';
import {
  answerUitnodiging,
  gemeenteVanToken,
  openUitnodiging,
  type PartnerAntwoord,
  type PartnerOverzicht,
  ToepassingFout,
} from '@netwerkregie/toepassing';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { StoreRegister } from '../stores/index.js';
import { bedanktHtml, type FormWaarden, formulierHtml, onbekendHtml, standaardWaarden, teVeelHtml } from './_html.js';

export const BEVESTIG_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface BevestigOpties {
  gemeenten: ReadonlyMap<string, Gemeente>;
  stores: StoreRegister;
  adres: (c: Context) => string;
  /** Requests per address per minute (default 60) and unknown links per address per minute (default 10). */
  verzoekenPerMinuut?: number;
  onbekendPerMinuut?: number;
}

/** Per address and minute: requests and unknown links. Counted per instance, like the API's own limits. */
class Rem {
  readonly #tellers = new Map<string, { minuut: number; verzoeken: number; onbekend: number }>();
  constructor(
    private readonly verzoeken: number,
    private readonly onbekend: number,
  ) {}
  #teller(adres: string) {
    const minuut = Math.floor(Date.now() / 60_000);
    let t = this.#tellers.get(adres);
    if (!t || t.minuut !== minuut) {
      if (this.#tellers.size > 10_000) this.#tellers.clear();
      t = { minuut, verzoeken: 0, onbekend: 0 };
      this.#tellers.set(adres, t);
    }
    return t;
  }
  /** Counts a request; true when the address must wait. */
  afgeremd(adres: string): boolean {
    const t = this.#teller(adres);
    t.verzoeken++;
    return t.verzoeken > this.verzoeken || t.onbekend >= this.onbekend;
  }
  mislukt(adres: string): void {
    this.#teller(adres).onbekend++;
  }
}

type Veldnaam = 'naam' | 'functie' | 'rollen' | 'email' | 'telefoon';
const VELDNAMEN: readonly Veldnaam[] = ['naam', 'functie', 'rollen', 'email', 'telefoon'];

/** The form's fields as the partner sent them, for the answer and for showing them back. */
function leesFormulier(o: PartnerOverzicht, form: Record<string, string | File | (string | File)[]>): FormWaarden {
  const tekst = (naam: string): string => {
    const w = form[naam];
    return typeof w === 'string' ? w.slice(0, 1000) : '';
  };
  const waarden = standaardWaarden(o);
  waarden.personen = o.personen.map((p, i) => {
    const velden = Object.fromEntries(VELDNAMEN.map((v) => [v, tekst(`p${i}.${v}`)])) as Record<Veldnaam, string>;
    const trainingen = Object.fromEntries(
      TRAININGSOORTEN.map((soort) => [soort, tekst(`p${i}.training.${soort}`)]),
    ) as Record<Trainingsoort, string>;
    return {
      id: tekst(`p${i}.id`) || p.persoonId,
      oordeel: tekst(`p${i}.oordeel`) === 'vertrokken' ? 'vertrokken' : 'klopt',
      ...velden,
      trainingen,
    };
  });
  waarden.overleggen = tekst('organisatie.overleggen');
  waarden.nieuw = waarden.nieuw.map(
    (_, j) => Object.fromEntries(VELDNAMEN.map((v) => [v, tekst(`n${j}.${v}`)])) as Record<Veldnaam, string>,
  );
  return waarden;
}

/** The form as an answer: a person whose fields differ from the stored ones is a correction. */
function naarAntwoord(o: PartnerOverzicht, w: FormWaarden): PartnerAntwoord {
  const bestaand = w.personen.map((p, i) => {
    const s = standaardWaarden(o).personen[i];
    const anders =
      s !== undefined &&
      (VELDNAMEN.some((v) => p[v].trim() !== s[v]) ||
        TRAININGSOORTEN.some((soort) => p.trainingen[soort].trim() !== s.trainingen[soort]));
    return {
      persoonId: p.id,
      oordeel: p.oordeel === 'vertrokken' ? ('vertrokken' as const) : anders ? ('wijzig' as const) : ('klopt' as const),
      ...Object.fromEntries(VELDNAMEN.map((v) => [v, p[v]])),
      trainingen: p.trainingen,
    };
  });
  const nieuw = w.nieuw.map((p) => ({ oordeel: 'nieuw' as const, ...p }));
  return { personen: [...bestaand, ...nieuw], overleggen: w.overleggen };
}

export function bevestigRoutes(opties: BevestigOpties): Hono {
  const app = new Hono();
  const rem = new Rem(opties.verzoekenPerMinuut ?? 60, opties.onbekendPerMinuut ?? 10);

  const kop = (c: Context) => {
    c.header('Content-Security-Policy', BEVESTIG_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
  };
  const onbekend = (c: Context) => {
    rem.mislukt(opties.adres(c));
    return c.html(onbekendHtml(), 404);
  };

  /** The gemeente and store of a token, the page's overview, or a refusal page. */
  const open = async (c: Context) => {
    kop(c);
    if (rem.afgeremd(opties.adres(c))) {
      c.header('Retry-After', '60');
      return { antwoord: c.html(teVeelHtml(), 429) };
    }
    const token = c.req.param('token') ?? '';
    const gemeente = opties.gemeenten.get(gemeenteVanToken(token) ?? '');
    if (!gemeente) return { antwoord: onbekend(c) };
    const store = await opties.stores.get(gemeente);
    try {
      const overzicht = await openUitnodiging(store, gemeente, token);
      return { gemeente, store, token, overzicht };
    } catch (fout) {
      if (fout instanceof ToepassingFout && fout.code === 'uitnodiging.ongeldig') return { antwoord: onbekend(c) };
      throw fout;
    }
  };

  app.get('/bevestigen/:token', async (c) => {
    const r = await open(c);
    if ('antwoord' in r) return r.antwoord;
    if (r.overzicht.beantwoord) return c.html(bedanktHtml('al-beantwoord'), 200);
    return c.html(formulierHtml(r.overzicht, privacyverklaring(r.gemeente), standaardWaarden(r.overzicht)), 200);
  });

  app.post(
    '/bevestigen/:token',
    bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.html(onbekendHtml(), 413) }),
    async (c) => {
      const r = await open(c);
      if ('antwoord' in r) return r.antwoord;
      if (r.overzicht.beantwoord) return c.html(bedanktHtml('al-beantwoord'), 409);
      const waarden = leesFormulier(r.overzicht, await c.req.parseBody());
      try {
        const uitkomst = await answerUitnodiging(r.store, r.gemeente, r.token, naarAntwoord(r.overzicht, waarden));
        if (uitkomst.soort === 'ongeldig') {
          return c.html(formulierHtml(r.overzicht, privacyverklaring(r.gemeente), waarden, uitkomst.problemen), 400);
        }
        return c.html(bedanktHtml(uitkomst.soort), 200);
      } catch (fout) {
        if (fout instanceof ToepassingFout && fout.code === 'uitnodiging.beantwoord') {
          return c.html(bedanktHtml('al-beantwoord'), 409);
        }
        throw fout;
      }
    },
  );
  return app;
}
