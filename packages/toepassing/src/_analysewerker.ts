/**
 * The analysis worker thread (see analysewerker.ts). It opens each store itself, from the same options
 * as the caller, and reads its snapshot there: a snapshot of 50,000 persons is hundreds of MB of objects,
 * which the main thread would otherwise build (2 s) and copy (structured clone) on every change. It keeps
 * the last few snapshots with their analysis context, per store, view and peildatum, for the store
 * version they were read at; a question for a newer version reads a new one.
 */
import { parentPort } from 'node:worker_threads';
import type { Gemeente } from '@netwerkregie/domain';
import { type OpenOpties, openStore, type Store, type Zicht } from '@netwerkregie/store';
import { type AnalyseVraag, Berekening, beantwoordVraag } from './_analysevragen.js';
import { analysePakket } from './trend.js';

export interface WerkerVraag {
  id: number;
  bron: OpenOpties;
  gemeente: Gemeente;
  zicht: Zicht;
  peildatum: string;
  versie: number;
  vraag: AnalyseVraag;
}

export type WerkerAntwoord =
  | { id: number; ok: true; body: unknown; onbekend: string[]; betrokkenen: string[]; ms: number }
  | { id: number; ok: false; naam: string; melding: string; code?: string };

/**
 * Series kept at once (over all stores and views): at 50,000 persons a snapshot with its graph is a few
 * hundred MB. Per store and view one series only, the latest peildatum's; within a series one snapshot,
 * the previous one dropped as soon as the next read starts (see berekeningVoor).
 */
const MOMENTOPNAMEN = 2;

const stores = new Map<string, Promise<Store>>();

/** One read of a snapshot, labelled with the store version it holds for (it was read at that version or later). */
interface Stap {
  versie: number;
  berekening: Promise<Berekening>;
  klaar: boolean;
  mislukt: boolean;
}
/** Per store, view and peildatum: the latest read (done or under way), and at most one queued after it. */
interface Reeks {
  huidig: Stap | null;
  volgende: Stap | null;
}
const reeksen = new Map<string, Reeks>();

function volg(stap: Stap): Stap {
  stap.berekening.then(
    () => {
      stap.klaar = true;
    },
    () => {
      stap.klaar = true;
      stap.mislukt = true;
    },
  );
  return stap;
}

function storeVoor(bron: OpenOpties): Promise<Store> {
  const sleutel = JSON.stringify(bron);
  let store = stores.get(sleutel);
  if (!store) {
    store = openStore({ ...bron, bestaand: true });
    stores.set(sleutel, store);
    store.catch(() => stores.delete(sleutel));
  }
  return store;
}

async function lees(v: WerkerVraag): Promise<Berekening> {
  const store = await storeVoor(v.bron);
  // The caller's view, exactly: a lezer's snapshot holds the formal network only.
  const gezien = v.zicht === store.zicht ? store : store.withZicht(v.zicht);
  return new Berekening(await gezien.momentopname(v.gemeente, v.peildatum));
}

/**
 * The snapshot for this question: one read at its version or later. While one is being read, a question
 * for a newer version waits for it and then for one more read, shared by every question that arrived
 * meanwhile: under a steady stream of writes at most two reads are under way, not one per write.
 */
function berekeningVoor(v: WerkerVraag): Promise<Berekening> {
  const bron = `${JSON.stringify([v.bron, v.zicht]).slice(0, -1)},`;
  const sleutel = JSON.stringify([v.bron, v.zicht, v.peildatum]);
  let r = reeksen.get(sleutel);
  // Most recently used last: the oldest series is the one dropped.
  if (r) reeksen.delete(sleutel);
  else {
    // Another peildatum of the same store and view goes: its snapshot would stay alive beside this one's.
    for (const k of reeksen.keys()) if (k.startsWith(bron)) reeksen.delete(k);
  }
  r ??= { huidig: null, volgende: null };
  reeksen.set(sleutel, r);
  while (reeksen.size > MOMENTOPNAMEN) reeksen.delete(reeksen.keys().next().value as string);
  const reeks = r;

  if (reeks.huidig && !reeks.huidig.mislukt && reeks.huidig.versie >= v.versie) return reeks.huidig.berekening;
  if (reeks.volgende) {
    // Not started yet: it reads after this question was asked, so it holds for this version too.
    reeks.volgende.versie = Math.max(reeks.volgende.versie, v.versie);
    return reeks.volgende.berekening;
  }
  const lopend = reeks.huidig && !reeks.huidig.klaar ? reeks.huidig.berekening : null;
  if (!lopend) {
    reeks.huidig = volg({ versie: v.versie, berekening: lees(v), klaar: false, mislukt: false });
    return reeks.huidig.berekening;
  }
  const stap: Stap = { versie: v.versie, berekening: Promise.resolve() as never, klaar: false, mislukt: false };
  stap.berekening = lopend
    .catch(() => undefined)
    .then(() => {
      reeks.huidig = stap;
      reeks.volgende = null;
      return lees(v);
    });
  reeks.volgende = volg(stap);
  return stap.berekening;
}

async function beantwoord(v: WerkerVraag): Promise<WerkerAntwoord> {
  try {
    // Loading the package is the worker's start, not part of what an answer costs.
    await analysePakket();
    const begin = performance.now();
    const b = await berekeningVoor(v);
    const { body, onbekend } = await beantwoordVraag(b, v.vraag);
    return { id: v.id, ok: true, body, onbekend, betrokkenen: b.betrokkenen, ms: performance.now() - begin };
  } catch (e) {
    const fout = e as Error & { code?: unknown };
    return {
      id: v.id,
      ok: false,
      naam: fout?.name ?? 'Error',
      melding: fout?.message ?? String(e),
      ...(typeof fout?.code === 'string' ? { code: fout.code } : {}),
    };
  }
}

parentPort?.on('message', (bericht: WerkerVraag | { sluit: true }) => {
  if ('sluit' in bericht) {
    void Promise.allSettled([...stores.values()].map(async (s) => (await s).close())).then(() => parentPort?.close());
    return;
  }
  void beantwoord(bericht).then((antwoord) => parentPort?.postMessage(antwoord));
});
