import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { almere, arnhem, fout, maakCfb, schrijf, schrijfWerkmap, tijdelijkeMap, verzamel } from '../_testhulp.js';
import { readSheet } from './bestand.js';

let map: string;
beforeAll(() => {
  map = tijdelijkeMap();
});

const zonderVoortgang = <T extends { soort: string }>(lijst: T[]) => lijst.filter((g) => g.soort !== 'voortgang');

describe('leesBestand', () => {
  it('reads a Windows-1252 CSV with a title row into mapped rows', async () => {
    const tekst =
      'Contactlijst Arnhem;;\r\nSamenwerkingspartner;Naam medewerker;Tel. werk;Opmerkingen\r\nWijkteam Zuid;José Fictief;026 123 4567;\r\n';
    const pad = schrijf(map, 'arnhem.csv', iconv.encode(tekst, 'win1252'));
    const uit = zonderVoortgang(await verzamel(readSheet({ pad }, { gemeente: arnhem })));
    const blad = {
      naam: null,
      kopRij: 2,
      kolommen: [
        { veld: 'organisatie', kop: 'Samenwerkingspartner', index: 0 },
        { veld: 'naam', kop: 'Naam medewerker', index: 1 },
        { veld: 'telefoon', kop: 'Tel. werk', index: 2 },
      ],
      onbekendeKolommen: ['Opmerkingen'],
    };
    expect(uit).toEqual([
      { soort: 'blad', blad },
      {
        soort: 'rij',
        rij: {
          blad,
          rij: 3,
          waarden: { organisatie: 'Wijkteam Zuid', naam: 'José Fictief', telefoon: '026 123 4567' },
        },
      },
    ]);
  });

  it('reads a header-only file as zero rows', async () => {
    const csv = schrijf(map, 'kop.csv', '\uFEFFOrganisatie;Naam;E-mail\r\n');
    expect(
      zonderVoortgang(await verzamel(readSheet({ pad: csv }, { gemeente: almere }))).map((g) => g.soort),
    ).toEqual(['blad']);
    const xlsx = await schrijfWerkmap(map, 'kop.xlsx', (wb) => {
      wb.addWorksheet('Lijst').addRow(['Organisatie', 'Naam', 'E-mail']);
    });
    expect(
      zonderVoortgang(await verzamel(readSheet({ pad: xlsx }, { gemeente: almere }))).map((g) => g.soort),
    ).toEqual(['blad']);
  });

  it('imports every sheet with a header in workbook order, names the others, and reads one sheet on request', async () => {
    const pad = await schrijfWerkmap(map, 'domeinen.xlsx', (wb) => {
      wb.addWorksheet('Uitleg').getCell('A1').value = 'Per domein een blad.';
      const zorg = wb.addWorksheet('Zorg');
      zorg.addRow(['Organisatie', 'Naam', 'Functie']);
      zorg.addRow(['GGZ Centraal', 'Piet Fictief', 'Arts']);
      const veiligheid = wb.addWorksheet('Veiligheid');
      veiligheid.addRow(['Instelling', 'Contactpersoon', 'E-mail']);
      veiligheid.addRow(['Politie', 'Jan Fictief', 'jan@example.org']);
    });
    const samenvatting = (lijst: Awaited<ReturnType<typeof verzamel>>) =>
      zonderVoortgang(lijst as { soort: string }[]).map((g) => {
        const x = g as { soort: string; blad?: unknown; rij?: { rij: number; blad: { naam: string } } };
        return x.soort === 'rij'
          ? `rij ${x.rij!.blad.naam}:${x.rij!.rij}`
          : x.soort === 'blad'
            ? `blad ${(x.blad as { naam: string }).naam}`
            : `overgeslagen ${x.blad}`;
      });
    expect(samenvatting(await verzamel(readSheet({ pad }, { gemeente: almere })))).toEqual([
      'overgeslagen Uitleg',
      'blad Zorg',
      'rij Zorg:2',
      'blad Veiligheid',
      'rij Veiligheid:2',
    ]);
    expect(samenvatting(await verzamel(readSheet({ pad }, { gemeente: almere, blad: 'Veiligheid' })))).toEqual([
      'blad Veiligheid',
      'rij Veiligheid:2',
    ]);
    expect(await fout(() => verzamel(readSheet({ pad }, { gemeente: almere, blad: 'Uitleg' })))).toMatchObject({
      code: 'bestand.geen-kop',
      melding:
        'Er is geen koprij gevonden in blad "Uitleg" van "domeinen.xlsx": geen rij noemt ten minste drie bekende kolommen (zoals Organisatie, Naam, E-mail) binnen de eerste 50 gevulde rijen.',
    });
    expect(await fout(() => verzamel(readSheet({ pad }, { gemeente: almere, blad: 'Onderwijs' })))).toMatchObject({
      code: 'blad.onbekend',
      melding: 'De werkmap "domeinen.xlsx" heeft geen blad "Onderwijs"; wel "Uitleg", "Zorg", "Veiligheid".',
    });
  });

  it('refuses duplicate headers in a workbook, naming both', async () => {
    const pad = await schrijfWerkmap(map, 'dubbel.xlsx', (wb) => {
      wb.addWorksheet('Lijst').addRow(['Organisatie', 'Naam', 'E-mail', 'Naam contactpersoon']);
    });
    expect(await fout(() => verzamel(readSheet({ pad }, { gemeente: almere })))).toMatchObject({
      code: 'kop.dubbel',
      melding:
        'De kolommen "Naam" (B) en "Naam contactpersoon" (D) in blad "Lijst", rij 1 betekenen allebei de naam. Verwijder of hernoem er een.',
    });
  });

  it('refuses what is no sheet at all: empty, PDF, binary, encrypted, old .xls, a sheet option on CSV', async () => {
    const lees = (naam: string, inhoud: string | Buffer, blad?: string) =>
      fout(() =>
        verzamel(readSheet({ pad: schrijf(map, naam, inhoud) }, { gemeente: almere, ...(blad ? { blad } : {}) })),
      );
    expect(await lees('leeg.xlsx', '')).toMatchObject({
      code: 'bestand.leeg',
      melding: 'Het bestand "leeg.xlsx" is leeg (0 bytes).',
    });
    expect(await lees('rapport.xlsx', '%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n')).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: 'Het bestand "rapport.xlsx" is een PDF-document, geen Excel-werkmap of CSV-bestand.',
    });
    expect(
      await lees('foto.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toMatchObject({
      code: 'bestand.onleesbaar',
      melding:
        'Het bestand "foto.xlsx" is geen Excel-werkmap (.xlsx): het is geen zip-archief. Is het beschadigd, of heeft het de verkeerde extensie?',
    });
    expect(await lees('geheim.xlsx', maakCfb(['EncryptionInfo', 'EncryptedPackage']))).toMatchObject({
      code: 'bestand.versleuteld',
      melding:
        'De werkmap "geheim.xlsx" is beveiligd met een wachtwoord. Haal de beveiliging eraf in Excel (Bestand > Info > Werkmap beveiligen) en importeer opnieuw.',
    });
    expect(await lees('oud.xls', maakCfb(['Workbook']))).toMatchObject({
      code: 'bestand.onleesbaar',
      melding: 'Het bestand "oud.xls" is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV UTF-8.',
    });
    expect(await lees('lijst.csv', 'Organisatie;Naam;E-mail\n', 'Zorg')).toMatchObject({
      code: 'blad.onbekend',
      melding: '"lijst.csv" is een CSV-bestand en heeft geen bladen; blad "Zorg" bestaat dus niet.',
    });
    expect(await fout(() => verzamel(readSheet({ pad: `${map}/weg.csv` }, { gemeente: almere })))).toMatchObject({
      code: 'bestand.niet-gevonden',
    });
  });

  it('reads a workbook named .csv as a workbook, and takes the name the user knows', async () => {
    const pad = await schrijfWerkmap(map, 'upload-123', (wb) => {
      wb.addWorksheet('Lijst').addRow(['Organisatie', 'Naam', 'E-mail']);
    });
    expect(zonderVoortgang(await verzamel(readSheet({ pad, naam: 'lijst.csv' }, { gemeente: almere })))).toHaveLength(
      1,
    );
    expect(
      await fout(() => verzamel(readSheet({ pad, naam: 'lijst.xlsx' }, { gemeente: almere, blad: 'Zorg' }))),
    ).toMatchObject({
      melding: 'De werkmap "lijst.xlsx" heeft geen blad "Zorg"; wel "Lijst".',
    });
  });
});
