import { describe, expect, it } from 'vitest';
import { leesXml, RELATIES_NS } from './_xml.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Every event the reader gives, the document cut into pieces of `stuk` characters. */
async function gebeurtenissen(xml: string, stuk = xml.length): Promise<string[]> {
  const uit: string[] = [];
  async function* stukken() {
    for (let i = 0; i < xml.length; i += stuk) yield xml.slice(i, i + stuk);
  }
  await leesXml(stukken(), {
    open: (e) => uit.push(`open ${e.uri}|${e.naam} r=${e.attribuut('r')} id=${e.attribuut('id', RELATIES_NS)}`),
    sluit: (e) => uit.push(`sluit ${e.naam}`),
    tekst: (t) => uit.push(`tekst ${JSON.stringify(t)}`),
  });
  // Text may arrive in more than one piece; joined, it is the same.
  return uit.reduce<string[]>((samen, regel) => {
    const vorige = samen[samen.length - 1];
    if (vorige?.startsWith('tekst ') && regel.startsWith('tekst ')) {
      samen[samen.length - 1] = `tekst ${JSON.stringify(JSON.parse(vorige.slice(6)) + JSON.parse(regel.slice(6)))}`;
    } else samen.push(regel);
    return samen;
  }, []);
}

describe('the XML reader of the XLSX parts', () => {
  const document =
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- Excel -->' +
    `<x:sheet xmlns:x="${MAIN}" xmlns:r='${R}'><x:c r="A&amp;1" r:id="rId&#49;"\t/>` +
    `<c xmlns="urn:ander" r=' B\t1 '><v>a &lt;b&gt; &#233;&#x1F600;\r\nc</v><![CDATA[<&amp;>]]></c></x:sheet>`;
  const verwacht = [
    `open ${MAIN}|sheet r=undefined id=undefined`,
    `open ${MAIN}|c r=A&1 id=rId1`,
    'sluit c',
    'open urn:ander|c r= B 1  id=undefined',
    'open urn:ander|v r=undefined id=undefined',
    `tekst ${JSON.stringify('a <b> é😀\nc')}`,
    'sluit v',
    `tekst ${JSON.stringify('<&amp;>')}`,
    'sluit c',
    'sluit sheet',
  ];

  it('resolves namespaces by URI, entities, CDATA, line ends and attribute whitespace, whatever the pieces', async () => {
    expect(await gebeurtenissen(document)).toEqual(verwacht);
    for (const stuk of [1, 2, 3, 7, 64]) expect([stuk, await gebeurtenissen(document, stuk)]).toEqual([stuk, verwacht]);
  });

  it('refuses what is not well-formed, and any DTD', async () => {
    for (const kapot of [
      '<a><b></a>',
      '<a>',
      '<a></a><b/>',
      '<a></a>tekst',
      '<x:a/>',
      '<a>&b;</a>',
      '<a>&#0;</a>',
      '<a b="1" b="2"/>',
      '<a b=1/>',
      '<a b="<"/>',
      '<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>',
      '<a><!-- open',
      '',
    ]) {
      expect([kapot, await gebeurtenissen(kapot).catch((fout: Error) => fout.constructor.name)]).toEqual([
        kapot,
        'XmlFout',
      ]);
    }
  });
});
