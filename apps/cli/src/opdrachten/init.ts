import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DrempelsSchema, parseGemeente } from '@netwerkregie/domain';
import { GebruikFout } from '../_fouten.js';
import { zonderCommentaar } from '../_gemeente.js';
import type { Io } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';

const DEFINITIE = opdracht({
  gebruik: ['init <gemeente> --naam <Naam> --wijken "<wijk>, <wijk>, ..." [opties]'],
  uitleg: `Maakt de configuratie van een nieuwe gemeente, met toelichting: wijken, kolomnamen van haar
spreadsheets, drempels van de indicatoren en bewaartermijn. Elke opdracht vindt hem daarna vanzelf.`,
  opties: {
    naam: {
      type: 'string',
      waarde: '<Naam>',
      omschrijving: 'De naam van de gemeente zoals mensen hem schrijven (verplicht).',
    },
    wijken: { type: 'string', waarde: '"<wijk>, <wijk>"', omschrijving: 'De wijken, komma-gescheiden (verplicht).' },
    uit: {
      type: 'string',
      waarde: '<bestand>',
      omschrijving: 'Waar de configuratie komt.',
      standaard: 'gemeenten/<gemeente>.json',
    },
    help: GEMEENSCHAPPELIJK.help,
  },
});

export const HULP = hulpVan(DEFINITIE);

export async function init(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  const slug = positionals[0];
  if (!slug) throw new GebruikFout('Noem de gemeente: netwerkregie init <gemeente> --naam <Naam> --wijken "..."');
  if (!values.naam || !values.wijken) throw new GebruikFout('Geef --naam en --wijken (komma-gescheiden) op.');
  const wijken = values.wijken
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  const uit = values.uit ?? join('gemeenten', `${slug}.json`);
  if (existsSync(uit)) throw new GebruikFout(`${uit} bestaat al; verwijder het eerst of kies een ander pad met --uit.`);
  const tekst = sjabloon(slug, values.naam, wijken);
  parseGemeente(JSON.parse(zonderCommentaar(tekst)));
  mkdirSync(dirname(uit), { recursive: true });
  writeFileSync(uit, tekst);
  io.stdout.write(`Configuratie van ${values.naam} geschreven naar ${uit}. Pas de toelichting aan waar nodig.\n`);
  return 0;
}

function sjabloon(slug: string, naam: string, wijken: string[]): string {
  const d = DrempelsSchema.parse({});
  const drempels = Object.entries(d.indicatoren)
    .map(([id, t]) => `      "${id}": { "aandacht": ${t.aandacht}, "zorgelijk": ${t.zorgelijk} }`)
    .join(',\n');
  return `// Configuratie van de gemeente ${naam} voor Netwerkregie. Regels die met // beginnen zijn toelichting.
{
  "slug": ${JSON.stringify(slug)},
  "naam": ${JSON.stringify(naam)},
  // De wijken of stadsdelen; een cel "heel de stad" betekent ze allemaal.
  "wijken": ${JSON.stringify(wijken)},
  // Maanden na het einde van iemands laatste lidmaatschap waarna de persoon wordt gewist (AVG).
  "bewaartermijnMaanden": 24,
  "drempels": {
    // Dagen zonder contactmoment waarna een partner als 'uit beeld' telt.
    "contactTermijnDagen": ${d.contactTermijnDagen},
    // Een organisatie in meer overleggen dan dit draagt een zware overleglast.
    "maxOverleggen": ${d.maxOverleggen},
    // Een gemeenschap (Louvain) waarvan minstens dit aandeel tot een domein hoort, en minstens
    // siloMinimum leden telt, is een silo.
    "siloAandeel": ${d.siloAandeel},
    "siloMinimum": ${d.siloMinimum},
    // Per indicator de grenzen voor 'aandacht' en 'zorgelijk'. Is aandacht kleiner dan zorgelijk,
    // dan is een hogere waarde slechter; anders een lagere.
    "indicatoren": {
${drempels}
    }
  },
  // Eigen woorden van de gemeente, bovenop de synoniemen van het importcontract.
  // Bijvoorbeeld: "domein": { "Wijkteam": "jeugd-en-welzijn" }, "wijken": { "Centrum": "${wijken[0] ?? ''}" }
  "synoniemen": { "domein": {}, "netwerk": {}, "rollen": {}, "trainingsoort": {}, "wijken": {} },
  // Eigen kolomkoppen van de spreadsheets van de gemeente, naar het veld dat ze bedoelen.
  // Velden: organisatie, domein, netwerk, soort, wijken, naam, voornaam, tussenvoegsel, achternaam,
  // functie, rollen, email, telefoon, getraind, trainingsoort, overleggen, laatsteContact.
  // Bijvoorbeeld: "Naam medewerker": "naam", "Werkgebied": "wijken"
  "kolommen": {}
}
`;
}
