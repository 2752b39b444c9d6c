import { beforeAll, describe, expect, it } from 'vitest';
import { fout, handgemaakteWerkmap, maakZip, schrijf, schrijfWerkmap, tijdelijkeMap, verzamel } from '../_testhulp.js';
import { readXlsx } from './xlsx.js';

let map: string;
beforeAll(() => {
  map = tijdelijkeMap();
});

/** Sheet markers and rows, without progress. */
async function lees(pad: string, blad?: string): Promise<unknown[]> {
  const gebeurtenissen = await verzamel(readXlsx(pad, blad === undefined ? {} : { blad }));
  return gebeurtenissen.flatMap((g): unknown[] =>
    g.soort === 'blad' ? [`blad ${g.naam}`] : g.soort === 'rij' ? [g.rij] : [],
  );
}

describe('leesXlsx', () => {
  it('reads title rows, a merged title, dates, formulas, rich text, hyperlinks, numbers and error values', async () => {
    const pad = await schrijfWerkmap(map, 'cellen.xlsx', (wb) => {
      const ws = wb.addWorksheet('Contacten');
      ws.mergeCells('A1:F1');
      ws.getCell('A1').value = 'Contactlijst Almere';
      ws.getRow(3).values = ['Organisatie', 'Naam', 'E-mail', 'Telefoon', 'Getraind', 'Laatste contact'];
      ws.getRow(4).values = [
        { richText: [{ text: 'Politie ' }, { font: { bold: true }, text: 'Almere' }] },
        'Jan Fictief',
        { text: 'jan@example.org', hyperlink: 'mailto:jan@example.org' },
        612345678,
        new Date(Date.UTC(2016, 1, 3)),
        { formula: 'DATE(2026,10,1)', result: 46296 },
      ];
      ws.getCell('E4').numFmt = 'd-m-yyyy';
      ws.getCell('F4').numFmt = 'dd-mm-yyyy';
      ws.getRow(5).values = ['GGZ', { formula: 'UPPER("piet")', result: 'PIET' }, { error: '#N/A' }, null, 42403, true];
    });
    expect(await lees(pad)).toEqual([
      'blad Contacten',
      { blad: 'Contacten', rij: 1, cellen: ['Contactlijst Almere'] },
      {
        blad: 'Contacten',
        rij: 3,
        cellen: ['Organisatie', 'Naam', 'E-mail', 'Telefoon', 'Getraind', 'Laatste contact'],
      },
      {
        blad: 'Contacten',
        rij: 4,
        cellen: [
          'Politie Almere',
          'Jan Fictief',
          'jan@example.org',
          612345678,
          new Date(Date.UTC(2016, 1, 3)),
          new Date(Date.UTC(2026, 9, 1)),
        ],
      },
      {
        blad: 'Contacten',
        rij: 5,
        cellen: ['GGZ', 'PIET', null, null, 42403, true],
        foutwaarden: [{ index: 2, waarde: '#N/A' }],
      },
    ]);
  });

  it('reads every sheet in workbook order, each behind its marker, also an empty one', async () => {
    const pad = await schrijfWerkmap(map, 'bladen.xlsx', (wb) => {
      wb.addWorksheet('Uitleg').getCell('A1').value = 'Vul per domein een blad in.';
      wb.addWorksheet('Leeg');
      wb.addWorksheet('Zorg').addRow(['Organisatie', 'Naam', 'Functie']);
    });
    expect(await lees(pad)).toEqual([
      'blad Uitleg',
      { blad: 'Uitleg', rij: 1, cellen: ['Vul per domein een blad in.'] },
      'blad Leeg',
      'blad Zorg',
      { blad: 'Zorg', rij: 1, cellen: ['Organisatie', 'Naam', 'Functie'] },
    ]);
    expect(await lees(pad, 'Zorg')).toEqual([
      'blad Zorg',
      { blad: 'Zorg', rij: 1, cellen: ['Organisatie', 'Naam', 'Functie'] },
    ]);
  });

  it('keeps workbook order when the zip holds the sheets in another order', async () => {
    const werkmap = handgemaakteWerkmap(
      [
        { naam: 'Eerste', bestand: 2, rijen: [['a1'], ['a2']] },
        { naam: 'Tweede', bestand: 1, rijen: [['b1']] },
        { naam: 'Derde', bestand: 3, rijen: [['c1']] },
      ],
      [
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet3.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ],
    );
    expect(await lees(schrijf(map, 'volgorde.xlsx', werkmap))).toEqual([
      'blad Eerste',
      { blad: 'Eerste', rij: 1, cellen: ['a1'] },
      { blad: 'Eerste', rij: 2, cellen: ['a2'] },
      'blad Tweede',
      { blad: 'Tweede', rij: 1, cellen: ['b1'] },
      'blad Derde',
      { blad: 'Derde', rij: 1, cellen: ['c1'] },
    ]);
  });

  it('loses no sheet when the consumer yields to the event loop (exceljs drops buffered zip entries)', async () => {
    const groot = Array.from({ length: 3000 }, (_, i) => [`Organisatie ${i}`, `Persoon ${i}`]);
    const bladen = [
      { naam: 'Eerste', bestand: 1, rijen: groot },
      { naam: 'Tweede', bestand: 2, rijen: [['b1']] },
      { naam: 'Derde', bestand: 3, rijen: [['c1']] },
    ];
    const excelvolgorde = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/sharedStrings.xml',
    ];
    for (const [naam, werkmap] of [
      ['direct.xlsx', handgemaakteWerkmap(bladen)],
      ['excel.xlsx', handgemaakteWerkmap(bladen, excelvolgorde)],
    ] as const) {
      const perBlad: Record<string, number> = {};
      let teller = 0;
      for await (const g of readXlsx(schrijf(map, naam, werkmap))) {
        if (g.soort !== 'rij') continue;
        perBlad[g.rij.blad!] = (perBlad[g.rij.blad!] ?? 0) + 1;
        if (++teller % 100 === 0) await new Promise((klaar) => setTimeout(klaar, 1));
      }
      expect(perBlad).toEqual({ Eerste: 3000, Tweede: 1, Derde: 1 });
    }
  });

  it('strips the leading quote of formula-injection protection in text cells', async () => {
    const pad = await schrijfWerkmap(map, 'quote.xlsx', (wb) => {
      wb.addWorksheet('Lijst').addRow(["'=SOM(A1)", "'gewoon", '+31612345678']);
    });
    expect(await lees(pad)).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['=SOM(A1)', "'gewoon", '+31612345678'] },
    ]);
  });

  it('refuses an unknown sheet, naming the sheets there are', async () => {
    const pad = await schrijfWerkmap(map, 'twee.xlsx', (wb) => {
      wb.addWorksheet('Zorg').addRow(['x']);
      wb.addWorksheet('Veiligheid').addRow(['y']);
    });
    expect(await fout(() => lees(pad, 'Onderwijs'))).toMatchObject({
      code: 'blad.onbekend',
      melding: 'De werkmap "twee.xlsx" heeft geen blad "Onderwijs"; wel "Zorg", "Veiligheid".',
    });
  });

  it('refuses more than 200 columns and a cell above 32,767 characters', async () => {
    const breed = await schrijfWerkmap(map, 'breed.xlsx', (wb) => {
      wb.addWorksheet('Lijst').addRow(Array.from({ length: 5000 }, (_, i) => `Kolom ${i}`));
    });
    expect(await fout(() => lees(breed))).toMatchObject({
      code: 'bestand.te-breed',
      melding: 'Het bestand is te breed: blad "Lijst", rij 1 heeft 5.000 kolommen; het maximum is 200.',
    });
    const groot = await schrijfWerkmap(map, 'groot.xlsx', (wb) => {
      const ws = wb.addWorksheet('Lijst');
      ws.addRow(['Organisatie', 'Naam', 'Notitie']);
      ws.addRow(['Politie', 'Jan', 'x'.repeat(1 << 20)]);
    });
    expect(await fout(() => lees(groot))).toMatchObject({
      code: 'cel.te-groot',
      melding:
        'De cel in blad "Lijst", rij 2, kolom C bevat 1.048.576 tekens; het maximum is 32.767 (de grens van Excel).',
    });
  });

  it('turns truncated and corrupt zips into bestand.onleesbaar, never a crash', async () => {
    const pad = await schrijfWerkmap(map, 'heel.xlsx', (wb) => {
      const ws = wb.addWorksheet('Lijst');
      for (let i = 0; i < 200; i++) ws.addRow([`Organisatie ${i}`, `Persoon ${i}`, `p${i}@example.org`]);
    });
    const heel = (await import('node:fs')).readFileSync(pad);
    const melding = (naam: string) =>
      `De werkmap "${naam}" is beschadigd of onvolledig en kan niet worden gelezen. Open en bewaar hem opnieuw in Excel, of lever hem aan als CSV.`;
    for (const deel of [0.2, 0.5, 0.9]) {
      const afgekapt = schrijf(map, `afgekapt-${deel}.xlsx`, heel.subarray(0, Math.floor(heel.length * deel)));
      expect(await fout(() => lees(afgekapt))).toMatchObject({
        code: 'bestand.onleesbaar',
        melding: melding(`afgekapt-${deel}.xlsx`),
      });
    }
    // A local header that claims more bytes than there are: the parser waits for them, then fails.
    const te = maakZip([{ naam: 'xl/workbook.xml', inhoud: '<workbook/>' }]);
    te.writeUInt32LE(1_000_000, 18);
    expect(await fout(() => lees(schrijf(map, 'te-lang.xlsx', te)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding('te-lang.xlsx'),
    });
    const kapot = Buffer.from(heel);
    for (let i = 200; i < kapot.length - 200; i += 41) kapot[i] = kapot[i]! ^ 0x5a;
    expect(await fout(() => lees(schrijf(map, 'kapot.xlsx', kapot)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding('kapot.xlsx'),
    });
  });

  it('refuses a zip that is no workbook, and a workbook without worksheets', async () => {
    const docx = maakZip([{ naam: 'word/document.xml', inhoud: '<w:document/>' }]);
    expect(await fout(() => lees(schrijf(map, 'brief.xlsx', docx)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: 'Het bestand "brief.xlsx" is een zip-archief, maar geen Excel-werkmap (xl/workbook.xml ontbreekt).',
    });
    expect(await fout(() => lees(schrijf(map, 'leeg.xlsx', handgemaakteWerkmap([]))))).toMatchObject({
      code: 'bestand.leeg',
      melding: 'De werkmap "leeg.xlsx" heeft geen werkbladen.',
    });
  });
});
