import type { Readable } from 'node:stream';
import type { Bestandssoort } from './soort.js';

/**
 * What the import reads: a path, or a file on disk, bytes in memory, or a stream (a Node
 * `Readable` or a web `ReadableStream`, such as an upload as it arrives), with the name the steward
 * knows it by (a path's base name when absent). `soort` overrides the kind the name suggests (the
 * first bytes still decide: a zip is a workbook). `maxBytes` refuses a larger input with
 * `bestand.te-groot`: a stream is counted while it is read, never held whole first.
 */
export type Invoer =
  | string
  | { pad: string; naam?: string; soort?: Bestandssoort; maxBytes?: number }
  | { bytes: Uint8Array; naam: string; soort?: Bestandssoort; maxBytes?: number }
  | {
      stroom: Readable | ReadableStream<Uint8Array>;
      naam: string;
      soort?: Bestandssoort;
      maxBytes?: number;
      /** The stream's length when known (a Content-Length), for progress; else progress counts up from 0. */
      grootte?: number;
    };

/** An input in its object form: a bare string is a path. */
export function alsObject(invoer: Invoer): Exclude<Invoer, string> {
  return typeof invoer === 'string' ? { pad: invoer } : invoer;
}
