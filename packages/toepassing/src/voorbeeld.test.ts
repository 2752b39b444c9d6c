/** The sample loaded as if it were made today, so a demo shows the sample's own mix of statuses. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '@netwerkregie/analysis';
import { findGemeente } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { loadVoorbeeld, peildatumVan } from './voorbeeld.js';

const gemeente = findGemeente('almere')!;
const pad = fileURLToPath(new URL('../../../fixtures/almere/contactlijst.csv', import.meta.url));

async function indicatorenNa(
  laad: (store: Awaited<ReturnType<typeof openStore>>) => Promise<unknown>,
  peildatum?: string,
) {
  const store = await openStore({ gemeente: 'almere', pad: ':memory:' });
  try {
    await laad(store);
    const rapport = analyse(await store.momentopname(gemeente, peildatum));
    return rapport.indicatoren.map((i) => ({
      id: i.id,
      waarde: i.waarde,
      status: i.status,
      betreft: i.betreft.length,
    }));
  } finally {
    await store.close();
  }
}

describe('the sample loaded relative to today', () => {
  it('reads the sample peildatum from verwacht.json', () => {
    expect(peildatumVan(pad)).toBe('2025-03-01');
    expect(peildatumVan(join(tmpdir(), 'nergens', 'lijst.csv'))).toBeUndefined();
  });

  it('shifted to a later day, the indicators on that day equal the sample on its own peildatum', async () => {
    const eigen = await indicatorenNa((s) => importSheet(s, { pad, gemeente, actor: 'test' }), '2025-03-01');
    const verschoven = await indicatorenNa(
      (s) => loadVoorbeeld(s, { pad, gemeente, actor: 'test' }, '2026-12-07'),
      '2026-12-07',
    );
    expect(verschoven).toEqual(eigen);
    // A mix, not all red (the figures of examples/netwerkscan.mjs).
    expect(Object.fromEntries(verschoven.map((i) => [i.id, i.status]))).toEqual({
      'contactpersoon-radicalisering': 'aandacht',
      'veiligheid-zorg': 'aandacht',
      'informeel-formeel': 'zorgelijk',
      wederkerigheid: 'aandacht',
      kwetsbaarheid: 'goed',
      training: 'aandacht',
      wijkdekking: 'goed',
      overlegdruk: 'aandacht',
      silos: 'goed',
      regisseurkandidaten: 'goed',
      // The import itself confirms every organisation it names (bevestigdOp today).
      actualiteit: 'goed',
    });
  });

  it('moves every contact moment and training by the same number of days', async () => {
    const store = await openStore({ gemeente: 'almere', pad: ':memory:' });
    try {
      await loadVoorbeeld(store, { pad, gemeente, actor: 'test' }, '2025-03-11');
      const m = await store.momentopname(gemeente, '2025-03-11');
      const contacten = m.contactmomenten.map((c) => c.datum).sort();
      const trainingen = m.trainingen.flatMap((t) => (t.datum ? [t.datum] : [])).sort();
      // Unshifted, the sample's last contact is 2025-02-28 and its first training 2015-04-20.
      expect([contacten.at(-1), trainingen[0]]).toEqual(['2025-03-10', '2015-04-30']);
    } finally {
      await store.close();
    }
  });
});
