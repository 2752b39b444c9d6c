import { analyse, renderMarkdown, renderXlsx } from '@netwerkregie/analysis';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Bouwer, voorbeeld } from '../_testbouwer.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(analyse(voorbeeld()));

  it('writes a Dutch report with an overview, the indicators, the worklist and the figures', () => {
    expect(md.startsWith('# Netwerkanalyse Testdorp\n\nPeildatum: 01-03-2026.\n')).toBe(true);
    expect(md).toContain(
      '| Contactpersoon radicalisering per organisatie | 60% | aandacht vanaf 10%, zorgelijk vanaf 25% | zorgelijk |',
    );
    expect(md).toContain(
      '| Veiligheid en zorg kennen elkaar | 50% | aandacht bij 80% of minder, zorgelijk bij 50% of minder | zorgelijk |',
    );
    expect(md).toContain('| Kandidaten voor netwerkregisseur | 0 | geen (informatief) | aandacht |');
    expect(md).toContain(
      '| Boa | organisatie | veiligheid | Veiligheidspartner zonder band met een zorgpartner. | organisatie:boa |',
    );
    expect(md).toContain('1. **Boa** (veiligheid, score 5)\n   - Nog nooit contact vastgelegd.');
    expect(md).toContain('- Piet kan veiligheidspartner Boa voorstellen aan zorgpartner Ggz.');
    expect(md).toContain('- Samenhangende delen: 4, het grootste met 10 knopen.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes names so that they cannot break a table or add markup', () => {
    const m = new Bouwer().organisatie('raar', 'zorg', { naam: 'Zorg | *Vet* <b>' }).m;
    expect(renderMarkdown(analyse(m))).toContain('| Zorg \\| \\*Vet\\* \\<b\\> | organisatie | zorg |');
  });
});

describe('renderXlsx', () => {
  const formule = '=HYPERLINK("http://example.org","klik")';
  const m = new Bouwer().organisatie('politie', 'veiligheid', { naam: formule }).organisatie('ggz', 'zorg').m;

  it('writes a sheet per indicator with every offender named, all cells text', async () => {
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await renderXlsx(analyse(m))) as unknown as ExcelJS.Buffer);
    expect(boek.worksheets.map((w) => w.name)).toEqual([
      'Overzicht',
      'contactpersoon-radicalisering',
      'veiligheid-zorg',
      'informeel-formeel',
      'wederkerigheid',
      'kwetsbaarheid',
      'training',
      'wijkdekking',
      'overlegdruk',
      'silos',
      'actualiteit',
      'regisseurkandidaten',
      'Werklijst',
      'Introducties',
      'Terugkomdagen',
      'Metrieken',
    ]);
    let cellen = 0;
    for (const blad of boek.worksheets) {
      blad.eachRow((rij) => {
        rij.eachCell((cel) => {
          cellen++;
          expect(cel.type).toBe(ExcelJS.ValueType.String);
          expect(cel.formula).toBeUndefined();
        });
      });
    }
    expect(cellen).toBeGreaterThan(100);
    const blad = boek.getWorksheet('contactpersoon-radicalisering')!;
    const rijen = blad.getSheetValues().filter(Boolean) as unknown[][];
    expect(rijen).toContainEqual([
      undefined,
      formule,
      'organisatie',
      'veiligheid',
      'Geen contactpersoon radicalisering.',
      'organisatie:politie',
    ]);
    expect(rijen).toContainEqual([
      undefined,
      'Ggz',
      'organisatie',
      'zorg',
      'Geen contactpersoon radicalisering.',
      'organisatie:ggz',
    ]);
  });
});
