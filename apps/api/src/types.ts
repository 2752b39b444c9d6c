import type { Gemeente } from '@netwerkregie/domain';
import type { OpenOpties, SleutelRol, Store } from '@netwerkregie/store';
import type { Context } from 'hono';
import type { Verzendopdracht } from './bevestigingsrondes/index.js';
import type { StoreOpener } from './stores/index.js';

export interface Limieten {
  /** Requests per API key per minute, counted per instance (in process). Default 600. */
  verzoekenPerMinuut?: number;
  /** Largest upload in bytes (checked on Content-Length and while reading). Default 10 MiB. */
  uploadBytes?: number;
  /** Largest body of any other request (JSON) in bytes. Default 1 MiB. */
  bodyBytes?: number;
  /** Failed authentications (401) per source address per minute before 429. Default 20. */
  mislukteAanmeldingenPerMinuut?: number;
  /** How long a planned import may be applied, in ms; older plans show as `verlopen` and are refused (409). Default 7 days. */
  importplanGeldigMs?: number;
}

export interface Contact {
  name: string;
  url: string;
  email: string;
}

export interface ApiConfig {
  /** The gemeenten this instance serves; each has its own database file. */
  gemeenten: Gemeente[];
  /** Folder of `<slug>.db` files; default `data`. Ignored when `openStore` is given. */
  dataMap?: string;
  /** Opens a gemeente's store (for embedding and tests); default a file in `dataMap`. */
  openStore?: StoreOpener;
  /**
   * How a gemeente's store is opened, as options (a file or a PostgreSQL URL); used instead of `openStore`
   * when given, and lets the analysis worker open the same store (PostgreSQL needs its password).
   */
  openOpties?: (gemeente: Gemeente) => OpenOpties;
  /** How often (ms) a running server looks for a trend that fell behind (an import by the command line); default 60,000. */
  trendControleMs?: number;
  limieten?: Limieten;
  /** `info.contact` of the OpenAPI document. */
  contact?: Contact;
  /** Where internal errors are reported; default `console.error`. */
  log?: (regel: string) => void;
  /** The request's source address for security events and throttling; default the TCP peer. */
  adres?: (c: Context) => string;
  /** Sends a started confirmation round's messages (e.g. `smtpVerzender`); absent: the links are only in the answer. */
  verzend?: (opdracht: Verzendopdracht) => Promise<number>;
}

/** Who is calling: the key's id (the actor in audit and history) and its role. */
export interface Toegang {
  sleutelId: string;
  rol: SleutelRol;
}

/** Hono environment of the gemeente routes. */
export interface Omgeving {
  Variables: {
    gemeente: Gemeente;
    store: Store;
    toegang: Toegang;
    /** The id of what a call created, for its audit row (set by the handler). */
    auditId?: string;
    /** W3C trace id of the request (middleware `trace`). */
    traceId: string;
    /** Ids of the persons a call returned or changed, for the processing log (set by the handler). */
    betrokkenen?: readonly string[];
    /** The same, shared by many calls and recorded once as a set (an analysis' snapshot; see the store's audit). */
    betrokkenenset?: readonly string[];
  };
}
