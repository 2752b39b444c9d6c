import type { Gemeente } from '@netwerkregie/domain';
import type { ImportRecord, Store } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { importPakket, reden, type Waarschuwing } from './importeren.js';
import { saveTrend } from './trend.js';

export interface ImportplanOpties {
  /** The uploaded file, on disk, and its bytes (kept, so any instance can apply the plan later). */
  pad: string;
  inhoud: Uint8Array;
  /** The name the steward knows the file by (the upload's original name). */
  bestandsnaam: string;
  modus: 'aanvullend' | 'volledig';
  blad?: string | undefined;
  /** Who planned it (an API key id). */
  actor: string;
}

/**
 * Plans an import without applying it (a dry run) and keeps the plan's record, status `gepland`,
 * with the file, so it can be applied later (pasGeplandeImportToe). Throws the import package's
 * BestandsFout for a file that cannot be read; nothing is kept then.
 */
export async function saveImportplan(
  store: Store,
  gemeente: Gemeente,
  opties: ImportplanOpties,
): Promise<ImportRecord> {
  const { planImport } = await importPakket();
  const { pad, bestandsnaam, modus, blad } = opties;
  const plan = await planImport(store, { pad, bestandsnaam, gemeente, modus, ...(blad ? { blad } : {}) });
  const record: ImportRecord = {
    id: plan.samenvatting.id,
    bestand: bestandsnaam,
    sha256: plan.samenvatting.sha256,
    actor: opties.actor,
    modus,
    status: 'gepland',
    samenvatting: { ...plan.samenvatting, blad: blad ?? null },
    tijd: new Date().toISOString(),
    toegepastOp: null,
    teruggedraaidOp: null,
  };
  await store.transaction(async (tx) => {
    await tx.saveImport(record);
    await tx.saveImportBestand(record.id, opties.inhoud);
  });
  return record;
}

export interface GeplandeImportOpties {
  /** The planned import's id: the applied one keeps it, so history, record and links stay one resource. */
  importId: string;
  /** The kept file of the planned import, on disk. */
  pad: string;
  /** Apply nothing when any row is rejected. */
  strikt?: boolean;
  /** Who applies it (an API key id): kept in history. */
  actor: string;
  /** How the trend is kept after the change; default bewaarTrend. A server passes bewaarTrendGebundeld. */
  trend?: (store: Store, gemeente: Gemeente, aanleiding: string) => Promise<void>;
}

/**
 * Applies an import that was planned earlier (status `gepland`): re-plans it from its kept file
 * inside one transaction, applies it and marks the record toegepast, then keeps the trend. The
 * status is checked inside the transaction, so two processes applying at once serialise and one
 * is refused. Throws ToepassingFout `import.onbekend`, `import.al-toegepast`,
 * `import.al-teruggedraaid` or `import.afgewezen-rijen` (strict, rows rejected); nothing is written then.
 */
export async function applyPlannedImport(
  store: Store,
  gemeente: Gemeente,
  opties: GeplandeImportOpties,
): Promise<{ record: ImportRecord; waarschuwingen: Waarschuwing[] }> {
  const { applyPlan, planImport } = await importPakket();
  const { importId: id } = opties;
  const record = await store.transaction(async (tx) => {
    const actueel = await tx.importRecord(id);
    if (!actueel) throw new ToepassingFout('import.onbekend', `Import ${id} bestaat niet.`);
    if (actueel.status !== 'gepland') {
      throw new ToepassingFout(`import.al-${actueel.status}`, `Deze import is al ${actueel.status}.`);
    }
    const blad = (actueel.samenvatting as { blad?: string | null } | null)?.blad ?? null;
    const plan = await planImport(tx, {
      pad: opties.pad,
      bestandsnaam: actueel.bestand,
      gemeente,
      modus: actueel.modus,
      ...(blad ? { blad } : {}),
    });
    if (opties.strikt && plan.samenvatting.afgewezen > 0) {
      throw new ToepassingFout(
        'import.afgewezen-rijen',
        `Niets toegepast: ${plan.samenvatting.afgewezen} rij(en) afgewezen en strikt gevraagd.`,
      );
    }
    plan.samenvatting.id = id;
    const uitkomst = await applyPlan(tx, plan, opties.actor);
    const bijgewerkt: ImportRecord = {
      ...actueel,
      status: 'toegepast',
      toegepastOp: new Date().toISOString(),
      samenvatting: { ...uitkomst, blad },
    };
    await tx.saveImport(bijgewerkt);
    return bijgewerkt;
  });
  // Committed: from here on a failure is a warning, never a thrown error.
  const waarschuwingen: Waarschuwing[] = [];
  await (opties.trend ?? saveTrend)(store, gemeente, `import ${id}`).catch((fout: unknown) => {
    waarschuwingen.push({
      code: 'trend.mislukt',
      melding: `De import is toegepast, maar de indicatoren voor de trend zijn niet bewaard (${reden(fout)}).`,
    });
  });
  return { record, waarschuwingen };
}
