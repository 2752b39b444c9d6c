import { crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fout, maakZip, schrijf, tijdelijkeMap, verzamel } from '../_testhulp.js';
import { readXlsx } from './xlsx.js';

/** Workbooks as other tools than Excel write them, built part by part (issue 12). */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

let map: string;
let teller = 0;
beforeAll(() => {
  map = tijdelijkeMap();
});

interface Blad {
  naam: string;
  xml: string;
  state?: string;
}

/**
 * A package with its relationships: `werkboekpad` where the workbook part lives, `doel` how a
 * sheet's target is written (relative or absolute), `werkboekPr` the workbook properties.
 */
function pakket(
  bladen: readonly Blad[],
  opties: {
    werkboekpad?: string;
    absoluut?: boolean;
    werkboekPr?: string;
    gedeeld?: string;
    stijlen?: string;
    zonderPakketrelaties?: boolean;
    /** Deflate the parts (maakZip stores them); `kleinerDan` makes the headers claim that size for the sheets. */
    deflate?: boolean;
    kleinerDan?: number;
    /** Sizes in zip64 extra fields, as .NET's packaging writes them. */
    zip64?: boolean;
  } = {},
): string {
  const werkboekpad = opties.werkboekpad ?? 'xl/workbook.xml';
  const werkmap = werkboekpad.slice(0, werkboekpad.lastIndexOf('/') + 1);
  const doel = (deel: string) => (opties.absoluut ? `/${werkmap}${deel}` : deel);
  const relaties = [
    ...bladen.map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${doel(`worksheets/sheet${i + 1}.xml`)}"/>`,
    ),
    opties.gedeeld ? `<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="${doel('sharedStrings.xml')}"/>` : '',
    opties.stijlen ? `<Relationship Id="rIdT" Type="${R}/styles" Target="${doel('styles.xml')}"/>` : '',
  ].join('');
  const delen = [
    ...(opties.zonderPakketrelaties
      ? []
      : [
          {
            naam: '_rels/.rels',
            inhoud: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/${werkboekpad}"/></Relationships>`,
          },
        ]),
    {
      naam: werkboekpad,
      inhoud: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}">${opties.werkboekPr ?? ''}<sheets>${bladen
        .map(
          (b, i) =>
            `<sheet name="${b.naam}" sheetId="${i + 1}"${b.state ? ` state="${b.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    },
    {
      naam: `${werkmap}_rels/${werkboekpad.slice(werkmap.length)}.rels`,
      inhoud: `${XML}<Relationships xmlns="${PKG}">${relaties}</Relationships>`,
    },
    ...bladen.map((b, i) => ({ naam: `${werkmap}worksheets/sheet${i + 1}.xml`, inhoud: b.xml })),
    ...(opties.gedeeld ? [{ naam: `${werkmap}sharedStrings.xml`, inhoud: opties.gedeeld }] : []),
    ...(opties.stijlen ? [{ naam: `${werkmap}styles.xml`, inhoud: opties.stijlen }] : []),
  ];
  const zip = opties.deflate ? deflateZip(delen, opties.kleinerDan, opties.zip64) : maakZip(delen);
  return schrijf(map, `pakket-${teller++}.xlsx`, zip);
}

/** A zip of deflated entries; `opgegeven` is the size the headers of the worksheets claim, when given. */
function deflateZip(delen: readonly { naam: string; inhoud: string }[], opgegeven?: number, zip64 = false): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const { naam, inhoud } of delen) {
    const data = Buffer.from(inhoud, 'utf8');
    const gepakt = deflateRawSync(data);
    const naamBytes = Buffer.from(naam, 'utf8');
    const grootte = opgegeven !== undefined && naam.includes('worksheets/') ? opgegeven : data.length;
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(grootte), 4);
      extra.writeBigUInt64LE(BigInt(gepakt.length), 12);
    }
    const velden = (kop: Buffer, start: number) => {
      kop.writeUInt16LE(8, start);
      kop.writeUInt32LE(crc32(data), start + 6);
      kop.writeUInt32LE(zip64 ? 0xffffffff : gepakt.length, start + 10);
      kop.writeUInt32LE(zip64 ? 0xffffffff : grootte, start + 14);
      kop.writeUInt16LE(naamBytes.length, start + 18);
      kop.writeUInt16LE(extra.length, start + 20);
    };
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(45, 4);
    velden(kop, 8);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    velden(c, 10);
    c.writeUInt32LE(positie, 42);
    lokaal.push(kop, naamBytes, extra, gepakt);
    centraal.push(c, naamBytes, extra);
    positie += kop.length + naamBytes.length + extra.length + gepakt.length;
  }
  const centraalBuffer = Buffer.concat(centraal);
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(delen.length, 8);
  einde.writeUInt16LE(delen.length, 10);
  einde.writeUInt32LE(centraalBuffer.length, 12);
  einde.writeUInt32LE(positie, 16);
  return Buffer.concat([...lokaal, centraalBuffer, einde]);
}

const blad = (sheetData: string) => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;
const tekstcel = (ref: string, tekst: string) => `<c r="${ref}" t="inlineStr"><is><t>${tekst}</t></is></c>`;
/** Styles with cell style 1 in the built-in date format 14. */
const DATUMSTIJLEN = `${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

async function lees(pad: string, blad?: string): Promise<unknown[]> {
  const gebeurtenissen = await verzamel(readXlsx(pad, blad === undefined ? {} : { blad }));
  return gebeurtenissen.flatMap((g): unknown[] =>
    g.soort === 'blad'
      ? [g.reden ? `blad ${g.naam} (${g.reden})` : `blad ${g.naam}`]
      : g.soort === 'rij'
        ? [g.rij]
        : [],
  );
}

describe('leesXlsx on workbooks from other tools', () => {
  it('reads serials of a workbook in the 1904 date system (LibreOffice, old Mac Excel) as their own dates', async () => {
    // 2021-01-01 is serial 44197 in the 1900 system and 42735 in the 1904 system.
    const rij =
      '<row r="1"><c r="A1" s="1"><v>42735</v></c><c r="B1" s="1"><v>42735.5</v></c>' +
      '<c r="C1" s="1"><f>DATUM(2021;1;1)</f><v>42735</v></c><c r="D1"><v>42735</v></c></row>';
    const in1904 = [
      new Date(Date.UTC(2021, 0, 1)),
      new Date(Date.UTC(2021, 0, 1, 12)),
      new Date(Date.UTC(2021, 0, 1)),
      42735,
    ];
    // LibreOffice writes `true`, Excel `1`.
    for (const waarde of ['true', '1']) {
      const pad = pakket([{ naam: 'Lijst', xml: blad(rij) }], {
        werkboekPr: `<workbookPr date1904="${waarde}"/>`,
        stijlen: DATUMSTIJLEN,
      });
      expect(await lees(pad)).toEqual(['blad Lijst', { blad: 'Lijst', rij: 1, cellen: in1904 }]);
    }
    const pad1900 = pakket([{ naam: 'Lijst', xml: blad(rij) }], {
      werkboekPr: '<workbookPr date1904="false"/>',
      stijlen: DATUMSTIJLEN,
    });
    const op = new Date(Date.UTC(2016, 11, 31));
    expect(await lees(pad1900)).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: [op, new Date(Date.UTC(2016, 11, 31, 12)), op, 42735] },
    ]);
  });

  it('names sheets from their relationships when the targets are absolute (openpyxl, pandas)', async () => {
    const pad = pakket(
      [
        { naam: 'Uitleg', xml: blad(`<row r="1">${tekstcel('A1', 'Lees mij')}</row>`) },
        { naam: 'KA lijst', xml: blad(`<row r="2">${tekstcel('B2', 'Organisatie')}</row>`) },
      ],
      { absoluut: true },
    );
    expect(await lees(pad)).toEqual([
      'blad Uitleg',
      { blad: 'Uitleg', rij: 1, cellen: ['Lees mij'] },
      'blad KA lijst',
      { blad: 'KA lijst', rij: 2, cellen: [null, 'Organisatie'] },
    ]);
    expect(await lees(pad, 'KA lijst')).toEqual([
      'blad KA lijst',
      { blad: 'KA lijst', rij: 2, cellen: [null, 'Organisatie'] },
    ]);
  });

  it('reads prefixed SpreadsheetML (the .NET Open XML SDK) by namespace, not by prefix', async () => {
    const x = `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const gedeeld = `${XML}<x:sst xmlns:x="${MAIN}" count="1" uniqueCount="1"><x:si><x:t>Çelik</x:t></x:si></x:sst>`;
    // An element of another namespace that happens to be called `c` is not a cell.
    const vreemd = blad(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>echt</t></is></c><c xmlns="urn:ander" r="B1"><v>9</v></c></row>`,
    );
    const pad = pakket(
      [
        { naam: 'Lijst', xml: x },
        { naam: 'Ander', xml: vreemd },
      ],
      { gedeeld },
    );
    expect(await lees(pad)).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['Çelik', 12, 'inline'] },
      'blad Ander',
      { blad: 'Ander', rij: 1, cellen: ['echt'] },
    ]);
  });

  it('keeps every text node: CDATA, plain text before rich-text runs, whitespace; leaves out phonetic runs', async () => {
    const gedeeld =
      `${XML}<sst xmlns="${MAIN}" count="3" uniqueCount="3">` +
      '<si><t>Politie </t><r><rPr><b/></rPr><t>Almere</t></r><r><t xml:space="preserve"> Stad</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t xml:space="preserve">  Ruïs  </t></si>' +
      '</sst>';
    const xml = blad(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="inlineStr"><is><t><![CDATA[Jan & <Fictief>]]></t></is></c>' +
        '<c r="E1" t="inlineStr"><is><t>de </t><r><t><![CDATA[Vries]]></t></r></is></c></row>',
    );
    expect(await lees(pakket([{ naam: 'Lijst', xml }], { gedeeld }))).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['Politie Almere Stad', '東京', '  Ruïs  ', 'Jan & <Fictief>', 'de Vries'] },
    ]);
  });

  it('reads a cached error value of a formula as an empty cell with its error text', async () => {
    const xml = blad(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="C1" t="e"><f>VERT.ZOEKEN(A1;D:E;2;0)</f><v>#N/A</v></c><c r="D1" t="e"><v>#REF!</v></c></row>',
    );
    expect(await lees(pakket([{ naam: 'Lijst', xml }]))).toEqual([
      'blad Lijst',
      {
        blad: 'Lijst',
        rij: 1,
        cellen: ['x'],
        foutwaarden: [
          { index: 1, waarde: '#DIV/0!' },
          { index: 2, waarde: '#N/A' },
          { index: 3, waarde: '#REF!' },
        ],
      },
    ]);
  });

  it('reads ISO date cells (t="d"), booleans and formula text', async () => {
    const xml = blad(
      '<row r="1"><c r="A1" t="d"><v>2021-01-01</v></c><c r="B1" t="d"><v>2025-03-15T12:30:00</v></c>' +
        '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="str"><f>A2&amp;"x"</f><v>Ruïs_x000D_</v></c></row>',
    );
    expect(await lees(pakket([{ naam: 'Lijst', xml }]))).toEqual([
      'blad Lijst',
      {
        blad: 'Lijst',
        rij: 1,
        cellen: [new Date(Date.UTC(2021, 0, 1)), new Date(Date.UTC(2025, 2, 15, 12, 30)), true, false, 'Ruïs\r'],
      },
    ]);
  });

  it('places cells and rows without the optional r attribute by their order', async () => {
    const xml = blad(
      `<row>${tekstcel('', 'a').replace(' r=""', '')}<c t="inlineStr"><is><t>b</t></is></c></row>` +
        `<row r="4"><c t="inlineStr"><is><t>c</t></is></c>${tekstcel('C4', 'd')}<c><v>5</v></c></row>` +
        '<row><c><v>6</v></c></row>',
    );
    expect(await lees(pakket([{ naam: 'Lijst', xml }]))).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['a', 'b'] },
      { blad: 'Lijst', rij: 4, cellen: ['c', null, 'd', 5] },
      { blad: 'Lijst', rij: 5, cellen: [6] },
    ]);
  });

  it('finds a workbook part that is not at xl/workbook.xml through the package relationships', async () => {
    const pad = pakket([{ naam: 'Lijst', xml: blad(`<row r="1">${tekstcel('A1', 'elders')}</row>`) }], {
      werkboekpad: 'boek/werkmap.xml',
    });
    expect(await lees(pad)).toEqual(['blad Lijst', { blad: 'Lijst', rij: 1, cellen: ['elders'] }]);
    // Without package relationships (some hand-made files) the usual place is still found.
    const zonder = pakket([{ naam: 'Lijst', xml: blad(`<row r="1">${tekstcel('A1', 'gewoon')}</row>`) }], {
      zonderPakketrelaties: true,
    });
    expect(await lees(zonder)).toEqual(['blad Lijst', { blad: 'Lijst', rij: 1, cellen: ['gewoon'] }]);
  });

  it('reads sizes from zip64 extra fields, as .NET packaging writes them', async () => {
    const pad = pakket([{ naam: 'Lijst', xml: blad(`<row r="1">${tekstcel('A1', 'groot genoeg')}</row>`) }], {
      deflate: true,
      zip64: true,
    });
    expect(await lees(pad)).toEqual(['blad Lijst', { blad: 'Lijst', rij: 1, cellen: ['groot genoeg'] }]);
  });

  it('refuses a Word document (its officeDocument is no workbook) as no workbook', async () => {
    const docx = maakZip([
      {
        naam: '_rels/.rels',
        inhoud: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
      },
      {
        naam: 'word/document.xml',
        inhoud: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
      },
    ]);
    expect(await fout(() => lees(schrijf(map, 'brief.docx.xlsx', docx)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: 'Het bestand "brief.docx.xlsx" is een zip-archief, maar geen Excel-werkmap (xl/workbook.xml ontbreekt).',
    });
  });

  it('skips hidden and very hidden sheets, naming them, unless one is asked for', async () => {
    const pad = pakket([
      { naam: 'Lijst', xml: blad(`<row r="1">${tekstcel('A1', 'zichtbaar')}</row>`) },
      { naam: 'Oud', state: 'hidden', xml: blad(`<row r="1">${tekstcel('A1', 'verborgen')}</row>`) },
      { naam: 'Codes', state: 'veryHidden', xml: blad(`<row r="1">${tekstcel('A1', 'heel verborgen')}</row>`) },
    ]);
    expect(await lees(pad)).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['zichtbaar'] },
      'blad Oud (verborgen)',
      'blad Codes (verborgen)',
    ]);
    expect(await lees(pad, 'Codes')).toEqual(['blad Codes', { blad: 'Codes', rij: 1, cellen: ['heel verborgen'] }]);
  });

  it('calls a package damaged when a part its relationships name is missing or its XML is broken, naming the sheet', async () => {
    const melding = (naam: string, blad?: string) =>
      `De werkmap "${naam}" is beschadigd of onvolledig en kan niet worden gelezen${blad ? ` (blad "${blad}")` : ''}. Open en bewaar hem opnieuw in Excel, of lever hem aan als CSV.`;
    const zonderBlad = maakZip([
      {
        naam: 'xl/workbook.xml',
        inhoud: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      {
        naam: 'xl/_rels/workbook.xml.rels',
        inhoud: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
    ]);
    expect(await fout(() => lees(schrijf(map, 'zonder-blad.xlsx', zonderBlad)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding('zonder-blad.xlsx', 'Lijst'),
    });
    const kapot = pakket([
      { naam: 'Goed', xml: blad(`<row r="1">${tekstcel('A1', 'x')}</row>`) },
      { naam: 'Kapot', xml: blad('<row r="1"><c r="A1"><v>1</v></row>') },
    ]);
    expect(await fout(() => lees(kapot))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding(kapot.split('/').pop()!, 'Kapot'),
    });
    // Entity declarations are not expanded (no "billion laughs"): an unknown entity is damage.
    const entiteiten = pakket([
      {
        naam: 'Lijst',
        xml: `${XML}<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1">${tekstcel('A1', '&b;')}</row></sheetData></worksheet>`,
      },
    ]);
    expect(await fout(() => lees(entiteiten))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding(entiteiten.split('/').pop()!, 'Lijst'),
    });
    const werkboekKapot = maakZip([{ naam: 'xl/workbook.xml', inhoud: `${XML}<workbook xmlns="${MAIN}"><sheets>` }]);
    expect(await fout(() => lees(schrijf(map, 'werkboek-kapot.xlsx', werkboekKapot)))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: melding('werkboek-kapot.xlsx'),
    });
  });

  it('refuses a zip bomb before it fills the memory, and a part that unpacks larger than its header says', async () => {
    // 40 MiB of one repeated row packs to about 60 KB: far more than 200 times the bytes read.
    const rij = `<row>${tekstcel('', 'a').replace(' r=""', '')}</row>`;
    const bom = pakket([{ naam: 'Lijst', xml: blad(rij.repeat(Math.ceil((40 << 20) / rij.length))) }], {
      deflate: true,
    });
    expect(await fout(() => lees(bom))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: `De werkmap "${bom.split('/').pop()}" pakt uit tot veel meer gegevens dan een contactlijst kan bevatten (een zip-bom?) en wordt niet gelezen.`,
    });
    const gelogen = pakket([{ naam: 'Lijst', xml: blad(rij.repeat(1000)) }], { deflate: true, kleinerDan: 100 });
    expect(await fout(() => lees(gelogen))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: `De werkmap "${gelogen.split('/').pop()}" is beschadigd of onvolledig en kan niet worden gelezen (blad "Lijst"). Open en bewaar hem opnieuw in Excel, of lever hem aan als CSV.`,
    });
    // The same parts with honest headers read.
    const eerlijk = pakket([{ naam: 'Lijst', xml: blad(rij.repeat(3)) }], { deflate: true });
    expect(await lees(eerlijk)).toEqual([
      'blad Lijst',
      { blad: 'Lijst', rij: 1, cellen: ['a'] },
      { blad: 'Lijst', rij: 2, cellen: ['a'] },
      { blad: 'Lijst', rij: 3, cellen: ['a'] },
    ]);
  });
});
