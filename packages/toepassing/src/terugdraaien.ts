import type { TerugdraaiUitkomst } from '@netwerkregie/import';
import type { Store } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { importPakket } from './importeren.js';

/**
 * Reverts an applied import in one transaction (additions removed, updates restored from history;
 * fields a later change touched are refused and listed). Throws ToepassingFout `import.onbekend`,
 * `import.niet-toegepast` or `import.al-teruggedraaid` when it cannot be reverted at all.
 */
export async function revertImport(store: Store, importId: string, actor: string): Promise<TerugdraaiUitkomst> {
  const { revertImport, TerugdraaiFout } = await importPakket();
  try {
    return await revertImport(store, importId, actor);
  } catch (fout) {
    if (fout instanceof TerugdraaiFout) throw new ToepassingFout(fout.code, fout.message);
    throw fout;
  }
}
