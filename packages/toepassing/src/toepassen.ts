import type { Gemeente } from '@netwerkregie/domain';
import type { ImportRecord, Store } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { importPakket, reden, type Waarschuwing } from './importeren.js';
import { saveTrend } from './trend.js';

export interface ImportplanOpties {
  /** The uploaded file's bytes: read by the plan and kept, so any instance can apply the plan later. */
  inhoud: Uint8Array;
  /** The name the steward knows the file by (the upload's original name). */
  bestandsnaam: string;
  modus: 'aanvullend' | 'volledig';
  blad?: string | undefined;
  /** Who planned it (an API key id). */
  actor: string;
  /** Called while the file is read: bytes read so far of the whole (for a progress indication). */
  bijVoortgang?: (gelezenBytes: number, totaalBytes: number) => void;
}

/**
 * Plans an import without applying it (a dry run) and keeps the plan's record, status `gepland`,
 * with the file, so it can be applied later (applyPlannedImport). Throws the import package's
 * BestandsFout for a file that cannot be read; nothing is kept then.
 */
export async function saveImportplan(
  store: Store,
  gemeente: Gemeente,
  opties: ImportplanOpties,
): Promise<ImportRecord> {
  const { planImport } = await importPakket();
  const { inhoud, bestandsnaam, modus, blad } = opties;
  const plan = await planImport(store, {
    bytes: inhoud,
    naam: bestandsnaam,
    gemeente,
    modus,
    ...(blad ? { blad } : {}),
    ...(opties.bijVoortgang ? { bijVoortgang: opties.bijVoortgang } : {}),
  });
  // Only the summary is kept: applying plans the file again (applyPlannedImport), so its writes go now.
  plan.operaties.close();
  const record: ImportRecord = {
    id: plan.samenvatting.id,
    bestand: bestandsnaam,
    sha256: plan.samenvatting.sha256,
    actor: opties.actor,
    modus,
    status: 'gepland',
    // The header rows the plan found, for the error report (never guessed again).
    samenvatting: { ...plan.samenvatting, blad: blad ?? null, bladen: plan.bladen },
    tijd: new Date().toISOString(),
    toegepastOp: null,
    teruggedraaidOp: null,
    afgewezenOp: null,
    afwijzingsreden: null,
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
  /** The kept file of the planned import (its bytes). */
  inhoud: Uint8Array;
  /** Apply nothing when any row is rejected. */
  strikt?: boolean;
  /** Who applies it (an API key id): kept in history. */
  actor: string;
  /** How the trend is kept after the change; default saveTrend. A server passes saveTrendBatched. */
  trend?: (store: Store, gemeente: Gemeente, aanleiding: string) => Promise<void>;
  /** How long a plan may be applied after it was made, in ms; older is `import.verlopen`. Default: no limit. */
  geldigMs?: number;
}

/** A planned import (status `gepland`) made longer than `geldigMs` ago: it may no longer be applied. */
export function isVerlopen(record: Pick<ImportRecord, 'status' | 'tijd'>, geldigMs: number, nu = Date.now()): boolean {
  return record.status === 'gepland' && nu - Date.parse(record.tijd) > geldigMs;
}

/** "7 dagen", "1 dag", "3 uur", "2 minuten", for messages. */
export function duurTekst(ms: number): string {
  const [eenheid, enkel, meer] =
    ms >= 86_400_000
      ? [86_400_000, 'dag', 'dagen']
      : ms >= 3_600_000
        ? [3_600_000, 'uur', 'uur']
        : [60_000, 'minuut', 'minuten'];
  const n = Math.max(1, Math.round(ms / eenheid));
  return `${n} ${n === 1 ? enkel : meer}`;
}

/**
 * Applies an import that was planned earlier (status `gepland`): re-plans it from its kept file
 * inside one transaction, applies it and marks the record toegepast, then keeps the trend. The
 * status is checked inside the transaction, so two processes applying at once serialise and one
 * is refused. Throws ToepassingFout `import.onbekend`, `import.al-toegepast`,
 * `import.al-teruggedraaid`, `import.al-afgewezen`, `import.verlopen` (older than `geldigMs`) or
 * `import.afgewezen-rijen` (strict, rows rejected); nothing is written then.
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
    if (opties.geldigMs !== undefined && isVerlopen(actueel, opties.geldigMs)) {
      throw new ToepassingFout(
        'import.verlopen',
        `Dit plan is verlopen: het is ouder dan ${duurTekst(opties.geldigMs)}. Lees het bestand opnieuw in om een nieuw plan te maken.`,
      );
    }
    const blad = (actueel.samenvatting as { blad?: string | null } | null)?.blad ?? null;
    const plan = await planImport(tx, {
      bytes: opties.inhoud,
      naam: actueel.bestand,
      gemeente,
      modus: actueel.modus,
      ...(blad ? { blad } : {}),
    });
    if (opties.strikt && plan.samenvatting.afgewezen > 0) {
      plan.operaties.close();
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
      samenvatting: { ...uitkomst, blad, bladen: plan.bladen },
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

/** The longest reason a rejection keeps: a short note about the plan, never about a person. */
export const AFWIJZINGSREDEN_MAX = 200;

/**
 * Rejects a planned import (a partner's correction in particular): it is marked `afgewezen` with the time
 * and the optional short reason, can no longer be applied, and the invitation whose answer it was shows
 * `afgewezen` in its round. Nothing of the list changes. A plan past its validity may be rejected too.
 * Throws `import.onbekend`, `import.niet-gepland` (applied, reverted or rejected already) or
 * `invoer.ongeldig` (a reason longer than AFWIJZINGSREDEN_MAX); nothing is written then.
 */
export async function rejectImport(
  store: Store,
  importId: string,
  opties: { reden?: string | undefined; nu?: Date } = {},
): Promise<ImportRecord> {
  const reden = opties.reden?.trim() || null;
  if (reden !== null && reden.length > AFWIJZINGSREDEN_MAX) {
    throw new ToepassingFout(
      'invoer.ongeldig',
      `Een reden is hoogstens ${AFWIJZINGSREDEN_MAX} tekens, niet ${reden.length}.`,
    );
  }
  return store.transaction(async (tx) => {
    const actueel = await tx.importRecord(importId);
    if (!actueel) throw new ToepassingFout('import.onbekend', `Import ${importId} bestaat niet.`);
    if (actueel.status !== 'gepland') {
      throw new ToepassingFout(
        'import.niet-gepland',
        `Deze import is al ${actueel.status}; alleen een geplande import kan worden afgewezen.`,
      );
    }
    const nu = (opties.nu ?? new Date()).toISOString();
    const afgewezen: ImportRecord = { ...actueel, status: 'afgewezen', afgewezenOp: nu, afwijzingsreden: reden };
    await tx.saveImport(afgewezen);
    const uitnodiging = await tx.uitnodigingVanImport(importId);
    if (uitnodiging) await tx.markUitnodiging(uitnodiging.id, { afgewezen: nu });
    return afgewezen;
  });
}
