/** Binds the module functions to one context: the root store, or a transaction's store. */
import { bewaak, type Ctx, transactie } from './_context.js';
import { vernauwt, zichtDb } from './_zicht.js';
import { audit, listAudit } from './audit.js';
import { beveiligingsgebeurtenis, listBeveiligingsgebeurtenissen } from './beveiliging.js';
import { voegToeInBulk } from './bulk.js';
import { contactmoment, listContactmomenten, upsertContactmoment } from './contactmomenten.js';
import { deelname, deelnamesVanOverleg, upsertDeelname } from './deelnames.js';
import { vertaalFout } from './fouten.js';
import { historie } from './historie.js';
import { bewaarImport, bewaarImportBestand, importBestand, importRecord, listImports } from './imports.js';
import { bewaarIndicatorStanden, listIndicatorStanden } from './indicatoren.js';
import { controleerKeten } from './keten.js';
import {
  lidmaatschap,
  lidmaatschappenVanOrganisatie,
  lidmaatschappenVanPersoon,
  upsertLidmaatschap,
} from './lidmaatschappen.js';
import { momentopname } from './momentopname.js';
import { listOrganisaties, organisatie, organisatieOpNaam, upsertOrganisatie } from './organisaties.js';
import { listOverleggen, overleg, overlegOpNaam, upsertOverleg } from './overleggen.js';
import { persoon, persoonOpEmail, persoonOpNaam, upsertPersoon } from './personen.js';
import { listPersonen, persoonKaart } from './personenlijst.js';
import { relatie, upsertRelatie } from './relaties.js';
import { upsertEntiteit } from './schrijvers.js';
import { bewaarSleutel, listSleutels, sleutelOpHash, trekSleutelIn } from './sleutels.js';
import { listTrainingen, training, upsertTraining } from './trainingen.js';
import type { Store, Zicht } from './types.js';
import { entiteit, verwijder, verwijzingenNaar } from './verwijderen.js';
import { personenZonderActiefLidmaatschapSinds, wisPersoon } from './wissen.js';
import { zoekPersonen } from './zoeken.js';

// biome-ignore lint/suspicious/noExplicitAny: a table of functions whose first argument is the context
type MetCtx = (ctx: Ctx, ...args: any[]) => any;
/** A module function as a Store method: without the context, and always async (see maakStore). */
type ZonderCtx<F> = F extends (ctx: Ctx, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
/** The methods of a function table; a homomorphic map, so each method keeps its function's declaration and JSDoc. */
export type Gebonden<T> = { [K in keyof T]: ZonderCtx<T[K]> };

/** Functions that write: they get the whole database, unnarrowed (an upsert must see the row it replaces). */
export const SCHRIJVERS = {
  upsertOrganisatie,
  upsertPersoon,
  upsertLidmaatschap,
  upsertOverleg,
  upsertDeelname,
  upsertRelatie,
  upsertContactmoment,
  upsertTraining,
  upsertEntiteit,
  voegToeInBulk,
  verwijder,
  audit,
  beveiligingsgebeurtenis,
  bewaarImport,
  bewaarImportBestand,
  bewaarIndicatorStanden,
  bewaarSleutel,
  trekSleutelIn,
  wisPersoon,
} satisfies Record<string, MetCtx>;

/** Functions that read: outside a transaction through the read-only connection, always through the view. */
export const LEZERS = {
  organisatie,
  persoon,
  overleg,
  lidmaatschap,
  deelname,
  relatie,
  contactmoment,
  training,
  entiteit,
  verwijzingenNaar,
  organisatieOpNaam,
  overlegOpNaam,
  persoonOpEmail,
  persoonOpNaam,
  persoonKaart,
  lidmaatschappenVanPersoon,
  lidmaatschappenVanOrganisatie,
  listOrganisaties,
  listPersonen,
  zoekPersonen,
  listOverleggen,
  deelnamesVanOverleg,
  listContactmomenten,
  listTrainingen,
  momentopname,
  historie,
  listAudit,
  listBeveiligingsgebeurtenissen,
  controleerKeten,
  importRecord,
  listImports,
  importBestand,
  listIndicatorStanden,
  sleutelOpHash,
  listSleutels,
  personenZonderActiefLidmaatschapSinds,
} satisfies Record<string, MetCtx>;

// A name in both tables does not compile: which context it gets would depend on the order of binding.
const _gescheiden: [keyof typeof SCHRIJVERS & keyof typeof LEZERS] extends [never] ? true : never = true;
void _gescheiden;

/** Every function of the table bound to one context, as a method. */
function bind(tabel: Record<string, MetCtx>, c: Ctx, uit: Record<string, unknown>): void {
  for (const [naam, f] of Object.entries(tabel)) {
    // Async wrapper: a refused call (closed store, finished transaction) becomes a rejection.
    uit[naam] = async (...args: unknown[]) => {
      bewaak(c);
      try {
        return await f(c, ...args);
      } catch (e) {
        throw vertaalFout(e);
      }
    };
  }
}

/**
 * `ctx` is the whole database (writes are not narrowed, and an upsert must see the row it replaces);
 * every read goes through the view `zicht` (see _zicht.ts).
 */
export function maakStore(ctx: Ctx, sluit: () => Promise<void>, zicht: Zicht = 'alles'): Store {
  const leesDb = ctx.tx ? ctx.db : ctx.gedeeld.lezer;
  const leesCtx: Ctx = { ...ctx, db: zichtDb(leesDb, zicht), zicht };
  const gebonden: Record<string, unknown> = {};
  bind(SCHRIJVERS, ctx, gebonden);
  bind(LEZERS, leesCtx, gebonden);
  const store: Store = {
    ...(gebonden as Gebonden<typeof SCHRIJVERS> & Gebonden<typeof LEZERS>),
    gemeente: ctx.gedeeld.gemeente,
    pad: ctx.gedeeld.pad,
    zicht,
    metZicht(nieuw: Zicht): Store {
      if (!vernauwt(nieuw, zicht)) {
        throw new RangeError(`Een store met zicht "${zicht}" kan niet breder kijken ("${nieuw}").`);
      }
      return nieuw === zicht ? store : maakStore(ctx, sluit, nieuw);
    },
    close: sluit,
    async transactie<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      bewaak(ctx);
      return transactie(ctx, (c) => fn(c === ctx ? store : maakStore(c, weigerSluiten, zicht)));
    },
  };
  return store;
}

async function weigerSluiten(): Promise<void> {
  throw new Error('Sluit de store buiten transactie(), niet met de store van de transactie.');
}
