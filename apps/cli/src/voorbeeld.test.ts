/** `start` loads the sample as if it were made today, so the demo shows the sample's own mix of statuses. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '@netwerkregie/analysis';
import { findGemeente } from '@netwerkregie/domain';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { startCli, stopCli } from './_testserver.js';

const gemeente = findGemeente('almere')!;

describe('netwerkregie start', () => {
  it('loads the Almere sample so that wederkerigheid today is the sample own figure, not all red', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'nr-start-')), 'almere.db');
    const { proces } = await startCli(['start', '--db', db, '--port', '0']);
    expect(await stopCli(proces)).toBe(0);
    const store = await openStore({ gemeente: 'almere', pad: db });
    try {
      const rapport = analyse(await store.momentopname(gemeente));
      const wederkerigheid = rapport.indicatoren.find((i) => i.id === 'wederkerigheid')!;
      expect([wederkerigheid.status, wederkerigheid.betreft.length]).toEqual(['aandacht', 28]);
    } finally {
      await store.close();
    }
  });
});
