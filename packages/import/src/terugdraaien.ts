import { type Entiteit, type HistorieRegel, type Store, VERWIJDERVOLGORDE } from '@netwerkregie/store';

export interface Weigering {
  entiteit: Entiteit;
  id: string;
  veld: string;
  /** Dutch: which later change blocks this one. */
  reden: string;
}

export interface TerugdraaiUitkomst {
  importId: string;
  verwijderd: number;
  hersteld: number;
  geweigerd: Weigering[];
}

/** Thrown when an import cannot be reverted at all (unknown, never applied, already reverted). */
export class TerugdraaiFout extends Error {
  constructor(
    readonly code: 'import.onbekend' | 'import.niet-toegepast' | 'import.al-teruggedraaid',
    melding: string,
  ) {
    super(melding);
    this.name = 'TerugdraaiFout';
  }
}

/**
 * Reverts an applied import (DESIGN.md, "terugdraaien"): its additions removed, its updates
 * restored from history, in one transaction. A field a later change touched is refused, naming
 * that change; an addition that later data hangs on is refused too.
 */
export async function revertImport(store: Store, importId: string, actor: string): Promise<TerugdraaiUitkomst> {
  return store.transaction(async (tx) => {
    const record = await tx.importRecord(importId);
    if (!record) throw new TerugdraaiFout('import.onbekend', `Import ${importId} bestaat niet.`);
    if (record.status === 'teruggedraaid') {
      throw new TerugdraaiFout('import.al-teruggedraaid', `Import ${importId} is al teruggedraaid.`);
    }
    if (record.status !== 'toegepast') {
      throw new TerugdraaiFout('import.niet-toegepast', `Import ${importId} is nooit toegepast.`);
    }
    const bron = { actor: `${actor} (terugdraaiing ${importId})`, importId: null };
    const uitkomst: TerugdraaiUitkomst = { importId, verwijderd: 0, hersteld: 0, geweigerd: [] };
    const regels = await tx.historie({ importId });
    const toevoegingen = regels.filter((r) => r.veld === '*' && r.voor === null);
    const teVerwijderen = new Set(toevoegingen.map((r) => `${r.entiteit}:${r.entiteitId}`));

    for (const r of regels) {
      if (r.veld === '*') continue;
      const later = (await tx.historie({ entiteit: r.entiteit, entiteitId: r.entiteitId, naId: r.id })).find(
        (l) => l.importId !== importId && (l.veld === r.veld || l.veld === '*'),
      );
      if (later) {
        uitkomst.geweigerd.push({ entiteit: r.entiteit, id: r.entiteitId, veld: r.veld, reden: beschrijf(later) });
        continue;
      }
      const huidig = await tx.entiteit(r.entiteit, r.entiteitId);
      if (!huidig) continue;
      await tx.upsertEntiteit(r.entiteit, { ...huidig, [r.veld]: r.voor }, bron);
      uitkomst.hersteld++;
    }

    // Children before parents (the store's descriptors decide), so no reference is left dangling.
    for (const soort of VERWIJDERVOLGORDE) {
      for (const r of toevoegingen.filter((t) => t.entiteit === soort)) {
        const later = (await tx.historie({ entiteit: r.entiteit, entiteitId: r.entiteitId, naId: r.id })).find(
          (l) => l.importId !== importId,
        );
        if (later) {
          uitkomst.geweigerd.push({ entiteit: r.entiteit, id: r.entiteitId, veld: '*', reden: beschrijf(later) });
          teVerwijderen.delete(`${r.entiteit}:${r.entiteitId}`);
          continue;
        }
        const afhankelijk = await tx.verwijzingenNaar(r.entiteit, r.entiteitId);
        const blijvend = afhankelijk.filter((a) => !teVerwijderen.has(`${a.entiteit}:${a.id}`));
        if (blijvend.length > 0) {
          const eerste = blijvend[0]!;
          uitkomst.geweigerd.push({
            entiteit: r.entiteit,
            id: r.entiteitId,
            veld: '*',
            reden: `Gegevens die blijven staan verwijzen ernaar (${eerste.entiteit} ${eerste.id}).`,
          });
          teVerwijderen.delete(`${r.entiteit}:${r.entiteitId}`);
          continue;
        }
        await tx.deleteEntiteit(r.entiteit, r.entiteitId, bron);
        uitkomst.verwijderd++;
      }
    }

    const nu = new Date().toISOString();
    await tx.saveImport({ ...record, status: 'teruggedraaid', teruggedraaidOp: nu });
    return uitkomst;
  });
}

function beschrijf(later: HistorieRegel): string {
  const door = later.importId ? `import ${later.importId}` : later.actor;
  return `Na deze import gewijzigd door ${door} op ${later.tijd} (${later.veld === '*' ? 'geheel' : later.veld}).`;
}
