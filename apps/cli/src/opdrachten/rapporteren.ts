import { writeFile } from 'node:fs/promises';
import { analyse, renderMarkdown, renderXlsx } from '@netwerkregie/analysis';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import { type Io, tabel } from '../io.js';
import { GEMEENSCHAPPELIJK, hulpVan, parseOpdracht, opdracht } from '../_opties.js';
import { withStore } from '../_store.js';

const DEFINITIE = opdracht({
  gebruik: ['report --gemeente <naam> [opties]', 'worklist --gemeente <naam> [opties]'],
  uitleg: `report: de gezondheid van het netwerk (indicatoren met toelichting, betrokkenen, werklijst).
worklist: partners om deze week te benaderen, met redenen, en voorstellen voor introducties.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    peildatum: {
      type: 'string',
      waarde: 'jjjj-mm-dd',
      omschrijving: 'Het netwerk zoals het op die dag was.',
      standaard: 'vandaag',
    },
    format: { type: 'string', waarde: 'md|xlsx|json', omschrijving: 'De indeling van het rapport.', standaard: 'md' },
    out: {
      type: 'string',
      waarde: '<pad>',
      omschrijving: 'Schrijft het rapport naar dit bestand.',
      standaard: 'het scherm',
    },
    json: { type: 'boolean', omschrijving: 'worklist: schrijft JSON in plaats van een tabel.' },
  },
  posities: false,
});

export const HULP = hulpVan(DEFINITIE);

async function createRapport(args: string[]) {
  const { values } = parseOpdracht(args, DEFINITIE);
  const gemeente = loadGemeente(values.gemeente, values.config);
  const peildatum = values.peildatum;
  if (peildatum && !/^\d{4}-\d{2}-\d{2}$/.test(peildatum)) throw new GebruikFout('Peildatum in de vorm jjjj-mm-dd.');
  const rapport = await withStore(
    gemeente,
    values.db,
    async (store) => {
      await store.audit({ actor: 'cli', actie: 'analyseren', entiteit: 'netwerk', doel: 'netwerkanalyse' });
      return analyse(await store.momentopname(gemeente, peildatum));
    },
    { alleenLezen: true },
  );
  return { rapport, values };
}

export async function rapporteren(args: string[], io: Io): Promise<number> {
  const { rapport, values } = await createRapport(args);
  const formaat = values.format ?? 'md';
  if (!['md', 'xlsx', 'json'].includes(formaat)) throw new GebruikFout('Kies --format md, xlsx of json.');
  const uit = values.out;
  if (formaat === 'xlsx' && !uit) throw new GebruikFout('Een XLSX-rapport heeft --out <pad> nodig.');
  const inhoud =
    formaat === 'xlsx'
      ? await renderXlsx(rapport)
      : formaat === 'json'
        ? `${JSON.stringify(rapport, null, 2)}\n`
        : renderMarkdown(rapport);
  if (uit) {
    await writeFile(uit, inhoud);
    io.stdout.write(`Rapport geschreven naar ${uit}\n`);
  } else {
    io.stdout.write(inhoud as string);
  }
  return 0;
}

export async function werklijst(args: string[], io: Io): Promise<number> {
  const { rapport, values } = await createRapport(args);
  const lijst = rapport.werklijst;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(lijst)}\n`);
    return 0;
  }
  io.stdout.write(`Werklijst ${rapport.gemeente.naam}, peildatum ${lijst.peildatum}\n\n`);
  io.stdout.write(
    `${tabel([
      ['#', 'partner', 'domein', 'laatste contact', 'redenen'],
      ...lijst.partners.map((p, i) => [
        String(i + 1),
        p.naam,
        p.domein,
        p.laatsteContact ?? 'nooit',
        p.redenen.join('; '),
      ]),
    ])}\n`,
  );
  if (lijst.introducties.length > 0) {
    io.stdout.write('\nIntroducties:\n');
    for (const intro of lijst.introducties) io.stdout.write(`  ${intro.tekst}\n`);
  }
  return 0;
}
