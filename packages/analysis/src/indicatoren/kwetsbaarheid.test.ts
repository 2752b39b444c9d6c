import { createContext } from '@netwerkregie/analysis';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { kwetsbaarheid } from './kwetsbaarheid.js';

describe('kwetsbaarheid', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('buurthuis', 'jeugd-en-welzijn')
    .persoon('a1', 'politie')
    .persoon('a2', 'politie')
    .persoon('g1', 'ggz')
    .persoon('g2', 'ggz')
    .persoon('s1', 'school')
    .persoon('b1', 'buurthuis')
    .overleg('ov', { organisaties: ['school'], personen: ['a1'] })
    .relatie('persoon', 'a2', 'g1')
    .relatie('persoon', 'g1', 'g2') // colleagues: not a tie outside ggz
    .relatie('persoon', 's1', 'a1').m;

  it('finds partners hanging on one person and the cut points of the person network', () => {
    const i = kwetsbaarheid(m);
    // Person network: s1 - a1 - a2 - g1 - g2 (b1 alone): a1, a2 and g1 hold it together.
    expect(i.betreft).toEqual(['organisatie:ggz', 'persoon:a1', 'persoon:a2', 'persoon:g1']);
    expect(i.waarde).toBe(1 / 4);
    expect(i.status).toBe('aandacht');
    expect(i.details?.enkeleVerbinder).toEqual({ 'organisatie:ggz': 'persoon:g1' });
    expect(i.details?.knippersonen).toEqual(['persoon:a1', 'persoon:a2', 'persoon:g1']);
    expect(i.details?.redenen['organisatie:ggz']).toBe('Alle banden met het netwerk lopen via één persoon: G1.');
  });

  it("equals brute force on the person network's projection (random snapshots)", () => {
    const personen = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const orgs = ['o0', 'o1', 'o2', 'o3'];
    const overleggen = ['v0', 'v1'];
    const paar = <T>(xs: T[], ys: T[]) => fc.tuple(fc.constantFrom(...xs), fc.constantFrom(...ys));
    fc.assert(
      fc.property(
        fc.array(paar(personen, orgs), { maxLength: 12 }),
        fc.array(paar(personen, overleggen), { maxLength: 6 }),
        fc.array(paar(orgs, overleggen), { maxLength: 4 }),
        fc.array(paar(personen, personen), { maxLength: 6 }),
        (leden, persoonDeelnames, orgDeelnames, relaties) => {
          const b = new Bouwer();
          for (const o of orgs) b.organisatie(o, 'zorg');
          for (const p of personen) b.persoon(p);
          for (const [p, o] of leden) b.lid(p, o);
          for (const v of overleggen) {
            b.overleg(v, {
              personen: [...new Set(persoonDeelnames.filter(([, x]) => x === v).map(([p]) => p))],
              organisaties: [...new Set(orgDeelnames.filter(([, x]) => x === v).map(([o]) => o))],
            });
          }
          for (const [p, q] of relaties) if (p !== q) b.relatie('persoon', p, q);

          // The projection: persons adjacent when they share an organisation or meeting, or are related.
          const buren = new Map(personen.map((p) => [p, new Set<string>()]));
          const verbind = (p: string, q: string) => {
            if (p === q) return;
            buren.get(p)!.add(q);
            buren.get(q)!.add(p);
          };
          const groepen = [
            ...orgs.map((o) => leden.filter(([, x]) => x === o).map(([p]) => p)),
            ...overleggen.map((v) => persoonDeelnames.filter(([, x]) => x === v).map(([p]) => p)),
          ];
          for (const g of groepen) for (const p of g) for (const q of g) verbind(p, q);
          for (const [p, q] of relaties) verbind(p, q);
          const delen = (zonder: string | null) => {
            const gezien = new Set<string>();
            let n = 0;
            for (const s of personen) {
              if (s === zonder || gezien.has(s)) continue;
              n++;
              const stapel = [s];
              gezien.add(s);
              while (stapel.length)
                for (const w of buren.get(stapel.pop()!)!)
                  if (w !== zonder && !gezien.has(w)) gezien.add(w) && stapel.push(w);
            }
            return n;
          };
          const voor = delen(null);
          const verwacht = personen
            .filter((p) => delen(p) > voor - (buren.get(p)!.size === 0 ? 1 : 0))
            .map((p) => `persoon:${p}`);
          expect([...createContext(b.m).knippersonen].sort()).toEqual(verwacht.sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
