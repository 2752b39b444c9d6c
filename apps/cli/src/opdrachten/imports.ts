import { loadGemeente } from '../_gemeente.js';
import { type Io, tabel } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['imports --gemeente <naam> [opties]'],
  uitleg: 'Toont eerdere imports met hun aantallen.',
  opties: { ...GEMEENSCHAPPELIJK, json: { type: 'boolean', omschrijving: 'Schrijft JSON in plaats van een tabel.' } },
});

export const HULP = hulpVan(DEFINITIE);

interface Tellingen {
  rijen?: number;
  afgewezen?: number;
  organisaties?: { toegevoegd: number; gewijzigd: number };
  personen?: { toegevoegd: number; gewijzigd: number };
}

export async function imports(args: string[], io: Io): Promise<number> {
  const { values } = parseOpdracht(args, DEFINITIE);
  const gemeente = loadGemeente(values.gemeente, values.config);
  return withStore(
    gemeente,
    values.db,
    async (store) => {
      const lijst = await store.listImports({ limiet: 1000, sortering: '-tijd' });
      if (values.json) {
        io.stdout.write(`${JSON.stringify(lijst.items)}\n`);
        return 0;
      }
      if (lijst.items.length === 0) {
        io.stdout.write('Nog geen imports.\n');
        return 0;
      }
      io.stdout.write(
        `${tabel([
          ['tijd', 'id', 'bestand', 'status', 'rijen', 'afgewezen', 'org. +/~', 'pers. +/~'],
          ...lijst.items.map((i) => {
            const s = i.samenvatting as Tellingen;
            return [
              i.tijd,
              i.id,
              i.bestand,
              i.status,
              String(s.rijen ?? ''),
              String(s.afgewezen ?? ''),
              `${s.organisaties?.toegevoegd ?? 0}/${s.organisaties?.gewijzigd ?? 0}`,
              `${s.personen?.toegevoegd ?? 0}/${s.personen?.gewijzigd ?? 0}`,
            ];
          }),
        ])}\n`,
      );
      return 0;
    },
    { alleenLezen: true },
  );
}
