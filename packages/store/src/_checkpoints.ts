/**
 * WAL checkpoints on a thread of their own, for a server. SQLite runs its automatic checkpoint inside the
 * commit that crosses 1,000 WAL pages, on the writing connection: it copies the WAL into the file and
 * fsyncs both, and with better-sqlite3 that holds the event loop for every request in flight (measured:
 * 20 ms to 0.8 s per such commit on a shared disk; docs/BENCHMARKS.md, issue 15). A store opened with
 * `checkpointsApart` turns that off on its writer (`wal_autocheckpoint = 0`) and registers its file here:
 * one worker thread per process, with a connection of its own per file, runs a PASSIVE checkpoint every
 * second (it never waits for, nor blocks, the writer or the readers). Should readers keep it from
 * finishing until the WAL passes `WAL_GRENS_PAGINAS`, it runs a TRUNCATE instead, which waits for them,
 * so the WAL cannot grow without bound. A TRUNCATE holds the writers' lock while it runs (the server's
 * writer then waits, busy_timeout): rare by design, a bound, not the normal path.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** 40 MB of 4 kB pages: ten times SQLite's own threshold. */
export const WAL_GRENS_PAGINAS = 10_000;
const INTERVAL_MS = 1000;

/** What one round did for one file: SQLite's `wal_checkpoint` answer, and whether it had to truncate. */
export interface CheckpointUitkomst {
  busy: number;
  log: number;
  checkpointed: number;
  afgekapt: boolean;
}

// The worker is plain CommonJS given as text: the store is bundled into one file, and a second entry
// would have to be found beside it from source (tests) and from dist alike.
const WERKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const open = new Map();
function ronde(pad, grens) {
  const db = open.get(pad);
  if (!db) return null;
  let [r] = db.pragma('wal_checkpoint(PASSIVE)');
  let afgekapt = false;
  if (r.log >= grens && r.checkpointed < r.log) {
    // Readers kept the WAL from being written back: wait for them (busy_timeout) and empty it.
    [r] = db.pragma('wal_checkpoint(TRUNCATE)');
    afgekapt = true;
  }
  return { busy: r.busy, log: r.log, checkpointed: r.checkpointed, afgekapt };
}
setInterval(() => {
  for (const pad of open.keys()) {
    try { ronde(pad, workerData.grens); } catch {}
  }
}, workerData.interval);
parentPort.on('message', (m) => {
  let antwoord = null;
  try {
    if (m.soort === 'erbij') {
      const db = new Database(m.pad, { fileMustExist: true, timeout: 5000 });
      db.pragma('busy_timeout = 5000');
      open.set(m.pad, db);
    } else if (m.soort === 'eraf') {
      open.get(m.pad)?.close();
      open.delete(m.pad);
    } else if (m.soort === 'ronde') {
      antwoord = ronde(m.pad, m.grens ?? workerData.grens);
    }
    parentPort.postMessage({ id: m.id, antwoord });
  } catch (e) {
    parentPort.postMessage({ id: m.id, fout: String(e && e.message || e) });
  }
});
`;

interface Staat {
  worker: Worker;
  /** Registrations per file (a file may be open twice in one process). */
  paden: Map<string, number>;
  wachtend: Map<number, { klaar: (a: unknown) => void; fout: (e: Error) => void }>;
  volgende: number;
}
let staat: Staat | null = null;

function werker(): Staat {
  if (staat) return staat;
  const worker = new Worker(WERKER, {
    eval: true,
    workerData: {
      sqlite: createRequire(import.meta.url).resolve('better-sqlite3'),
      grens: WAL_GRENS_PAGINAS,
      interval: INTERVAL_MS,
    },
  });
  // It never keeps the process alive: what it has not written back, the store's close (TRUNCATE) does.
  worker.unref();
  const s: Staat = { worker, paden: new Map(), wachtend: new Map(), volgende: 0 };
  worker.on('message', (m: { id: number; antwoord?: unknown; fout?: string }) => {
    const w = s.wachtend.get(m.id);
    s.wachtend.delete(m.id);
    if (m.fout !== undefined) w?.fout(new Error(`checkpoints: ${m.fout}`));
    else w?.klaar(m.antwoord);
  });
  const stop = (fout: Error) => {
    if (staat === s) staat = null;
    for (const w of s.wachtend.values()) w.fout(fout);
    s.wachtend.clear();
  };
  worker.on('error', stop);
  worker.on('exit', () => stop(new Error('checkpoints: de werker is gestopt')));
  staat = s;
  return s;
}

function vraag<T>(s: Staat, bericht: Record<string, unknown>): Promise<T> {
  const id = s.volgende++;
  return new Promise<T>((klaar, fout) => {
    s.wachtend.set(id, { klaar: klaar as (a: unknown) => void, fout });
    s.worker.postMessage({ ...bericht, id });
  });
}

/** Checkpoints `pad` from the worker from now on; resolves once its connection is open. */
export async function registreer(pad: string): Promise<void> {
  const s = werker();
  const n = s.paden.get(pad) ?? 0;
  s.paden.set(pad, n + 1);
  if (n === 0) await vraag(s, { soort: 'erbij', pad });
}

/** Stops checkpointing `pad` (its connection closed); the last file stops the worker. */
export async function afmelden(pad: string): Promise<void> {
  const s = staat;
  const n = s?.paden.get(pad);
  if (!s || n === undefined) return;
  if (n > 1) {
    s.paden.set(pad, n - 1);
    return;
  }
  s.paden.delete(pad);
  await vraag(s, { soort: 'eraf', pad });
  if (s.paden.size === 0 && staat === s) {
    staat = null;
    await s.worker.terminate();
  }
}

/** One round for `pad` now, as the timer would run it (tests; `grens` in pages). Null when not registered. */
export function checkpointRonde(pad: string, grens?: number): Promise<CheckpointUitkomst | null> {
  const s = staat;
  if (!s?.paden.has(pad)) return Promise.resolve(null);
  return vraag(s, { soort: 'ronde', pad, grens });
}

/** Whether the worker thread runs (tests: it stops with the last store). */
export const checkpointWerkerActief = (): boolean => staat !== null;
