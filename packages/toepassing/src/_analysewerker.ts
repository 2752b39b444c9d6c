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

/** Snapshots kept at once: at 50,000 persons each is a few hundred MB, so RSS stays flat. */
const MOMENTOPNAMEN = 2;

const stores = new Map<string, Promise<Store>>();
const berekeningen = new Map<string, { versie: number; berekening: Promise<Berekening> }>();

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

function berekeningVoor(v: WerkerVraag): Promise<Berekening> {
  const sleutel = JSON.stringify([v.bron, v.zicht, v.peildatum]);
  const bekend = berekeningen.get(sleutel);
  // A snapshot read at this version or later answers for it.
  if (bekend && bekend.versie >= v.versie) {
    berekeningen.delete(sleutel);
    berekeningen.set(sleutel, bekend);
    return bekend.berekening;
  }
  berekeningen.delete(sleutel);
  const berekening = (async () => {
    const store = await storeVoor(v.bron);
    // The caller's view, exactly: a lezer's snapshot holds the formal network only.
    const gezien = v.zicht === store.zicht ? store : store.withZicht(v.zicht);
    return new Berekening(await gezien.momentopname(v.gemeente, v.peildatum));
  })();
  const nieuw = { versie: v.versie, berekening };
  berekeningen.set(sleutel, nieuw);
  berekening.catch(() => {
    if (berekeningen.get(sleutel) === nieuw) berekeningen.delete(sleutel);
  });
  while (berekeningen.size > MOMENTOPNAMEN) berekeningen.delete(berekeningen.keys().next().value as string);
  return berekening;
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
