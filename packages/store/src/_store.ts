/** Binds the module functions to one context: the root store, or a transaction's store. */
import { endBulkmodus } from './_bulkmodus.js';
import { type Ctx, guard, transaction } from './_context.js';
import { vernauwt, zichtDb } from './_zicht.js';
import * as audit from './audit.js';
import * as beveiliging from './beveiliging.js';
import * as bulk from './bulk.js';
import * as contactmomenten from './contactmomenten.js';
import * as deelnames from './deelnames.js';
import { translateFout } from './fouten.js';
import * as historie from './historie.js';
import * as imports from './imports.js';
import * as indicatoren from './indicatoren.js';
import * as keten from './keten.js';
import * as koppeling from './koppeling.js';
import * as lidmaatschappen from './lidmaatschappen.js';
import * as momentopname from './momentopname.js';
import * as organisaties from './organisaties.js';
import * as overleggen from './overleggen.js';
import * as personen from './personen.js';
import * as personenlijst from './personenlijst.js';
import * as relaties from './relaties.js';
import * as rondes from './rondes.js';
import * as schrijvers from './schrijvers.js';
import * as segmenten from './segmenten.js';
import * as sleutels from './sleutels.js';
import * as trainingen from './trainingen.js';
import type { Store, Zicht } from './types.js';
import * as versie from './versie.js';
import * as verwijderen from './verwijderen.js';
import * as wissen from './wissen.js';
import * as zoeken from './zoeken.js';

// biome-ignore lint/suspicious/noExplicitAny: a table of functions whose first argument is the context
type MetCtx = (ctx: Ctx, ...args: any[]) => any;
/** The names of a module's exports that take the context first: the only ones that can be Store methods. */
type MetCtxNamen<M> = { [K in keyof M]: M[K] extends MetCtx ? K : never }[keyof M] & string;

/** A module's Store methods: which write (whole database) and which read (through the view). */
interface Keuze<M, S extends keyof M, L extends keyof M> {
  module: M;
  schrijft: readonly S[];
  leest: readonly L[];
}
function pick<M, const S extends MetCtxNamen<M>, const L extends MetCtxNamen<M>>(
  module: M,
  schrijft: readonly S[],
  leest: readonly L[],
): Keuze<M, S, L> {
  return { module, schrijft, leest };
}

/**
 * Every Store method, by the module that implements it, split into writers and readers. The Store type is
 * derived from this table (types.ts) through the modules' own types, so "go to definition" on a method
 * reaches its function and the editor shows that function's JSDoc.
 */
export const METHODEN = {
  audit: pick(audit, ['audit'], ['listAudit']),
  beveiliging: pick(beveiliging, ['beveiligingsgebeurtenis'], ['listBeveiligingsgebeurtenissen']),
  bulk: pick(bulk, ['insertBulk'], []),
  contactmomenten: pick(contactmomenten, ['upsertContactmoment'], ['contactmoment', 'listContactmomenten']),
  deelnames: pick(deelnames, ['upsertDeelname'], ['deelname', 'deelnamesVanOverleg', 'deelnamesVanPersoon']),
  historie: pick(historie, [], ['historie']),
  imports: pick(imports, ['saveImport', 'saveImportBestand'], ['importBestand', 'importRecord', 'listImports']),
  indicatoren: pick(indicatoren, ['saveIndicatorStanden'], ['listIndicatorStanden']),
  keten: pick(keten, [], ['verifyKeten']),
  koppeling: pick(
    koppeling,
    [],
    [
      'gevuldeSoorten',
      'organisatiesOpSleutels',
      'overleggenOpSleutels',
      'personenOpEmails',
      'personenOpNaamBinnenOrganisatie',
      'lidmaatschappenOpParen',
      'trainingenVanPersonen',
      'deelnamesVan',
      'contactmomentenOpDatum',
      'personenMetActiefLidmaatschap',
    ],
  ),
  lidmaatschappen: pick(
    lidmaatschappen,
    ['upsertLidmaatschap'],
    ['lidmaatschap', 'lidmaatschappenVanOrganisatie', 'lidmaatschappenVanPersoon'],
  ),
  momentopname: pick(momentopname, [], ['momentopname']),
  organisaties: pick(organisaties, ['upsertOrganisatie'], ['listOrganisaties', 'organisatie', 'organisatieOpNaam']),
  overleggen: pick(overleggen, ['upsertOverleg'], ['listOverleggen', 'overleg', 'overlegOpNaam']),
  personen: pick(personen, ['upsertPersoon'], ['persoon', 'persoonOpEmail', 'persoonOpNaam']),
  personenlijst: pick(personenlijst, [], ['listPersonen', 'persoonKaart']),
  relaties: pick(relaties, ['upsertRelatie'], ['relatie', 'relatiesVanPersoon']),
  rondes: pick(
    rondes,
    ['saveRonde', 'markUitnodiging', 'confirmOrganisaties', 'forgetBevestigingen'],
    [
      'ronde',
      'listRondes',
      'uitnodigingenVanRonde',
      'uitnodiging',
      'uitnodigingOpHash',
      'uitnodigingVanImport',
      'bevestigingen',
    ],
  ),
  schrijvers: pick(schrijvers, ['upsertEntiteit'], []),
  segmenten: pick(segmenten, ['upsertSegment'], ['listSegmenten', 'segment']),
  sleutels: pick(sleutels, ['saveSleutel', 'revokeSleutel'], ['listSleutels', 'sleutelOpHash']),
  trainingen: pick(trainingen, ['upsertTraining'], ['listTrainingen', 'training']),
  versie: pick(versie, ['saveTrendStanden'], ['versie', 'trendVersie']),
  verwijderen: pick(verwijderen, ['deleteEntiteit'], ['entiteit', 'verwijzingenNaar']),
  wissen: pick(wissen, ['erasePersoon'], ['personenZonderActiefLidmaatschapSinds']),
  zoeken: pick(zoeken, [], ['searchPersonen']),
};

/** A module function as a Store method: without the context, and always async (see createStore). */
type ZonderCtx<F> = F extends (ctx: Ctx, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
/** The methods of a module's chosen functions: a homomorphic map over the module, keeping declarations and JSDoc. */
type Gebonden<T> = { [K in keyof T]: ZonderCtx<T[K]> };
type Vereniging<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The methods of the whole table. */
export type Methoden = Vereniging<
  {
    [K in keyof typeof METHODEN]: (typeof METHODEN)[K] extends Keuze<infer M, infer S, infer L>
      ? Gebonden<Pick<M, S | L>>
      : never;
  }[keyof typeof METHODEN]
>;

/** Every function of the table bound to one context, as a method. */
function bind(
  module: Record<string, unknown>,
  namen: readonly string[],
  c: Ctx,
  uit: Record<string, unknown>,
  schrijver: Ctx,
): void {
  for (const naam of namen) {
    const f = module[naam] as MetCtx;
    // Two modules with a method of the same name: the second would silently win.
    if (Object.hasOwn(uit, naam)) throw new Error(`Storemethode ${naam} komt twee keer voor.`);
    // Async wrapper: a refused call (closed store, finished transaction) becomes a rejection.
    uit[naam] = async (...args: unknown[]) => {
      guard(c);
      try {
        // Any call but a bulk insert ends bulk mode first: it must find the indexes and derived rows.
        if (schrijver.tx?.bulk && naam !== 'insertBulk') await endBulkmodus(schrijver);
        return await f(c, ...args);
      } catch (e) {
        throw translateFout(e);
      }
    };
  }
}

/**
 * `ctx` is the whole database (writes are not narrowed, and an upsert must see the row it replaces);
 * every read goes through the view `zicht` (see _zicht.ts).
 */
export function createStore(ctx: Ctx, sluit: () => Promise<void>, zicht: Zicht = 'alles'): Store {
  const leesDb = ctx.tx ? ctx.db : ctx.gedeeld.lezer;
  const leesCtx: Ctx = { ...ctx, db: zichtDb(leesDb, zicht), zicht };
  const gebonden: Record<string, unknown> = {};
  for (const { module, schrijft, leest } of Object.values(METHODEN) as Array<
    Keuze<Record<string, unknown>, string, string>
  >) {
    bind(module, schrijft, ctx, gebonden, ctx);
    bind(module, leest, leesCtx, gebonden, ctx);
  }
  const store: Store = {
    ...(gebonden as Methoden),
    gemeente: ctx.gedeeld.gemeente,
    pad: ctx.gedeeld.pad,
    zicht,
    withZicht(nieuw: Zicht): Store {
      if (!vernauwt(nieuw, zicht)) {
        throw new RangeError(`Een store met zicht "${zicht}" kan niet breder kijken ("${nieuw}").`);
      }
      return nieuw === zicht ? store : createStore(ctx, sluit, nieuw);
    },
    close: sluit,
    async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      guard(ctx);
      return transaction(ctx, (c) => fn(c === ctx ? store : createStore(c, refuseClose, zicht)));
    },
  };
  return store;
}

async function refuseClose(): Promise<void> {
  throw new Error('Sluit de store buiten transaction(), niet met de store van de transactie.');
}
