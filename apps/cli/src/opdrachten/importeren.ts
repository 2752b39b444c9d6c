import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BestandsFout, type BladInfo, type ImportSamenvatting, writeFoutenrapport } from '@netwerkregie/import';
import { importWithTrend, reden, saveTrendOrLater, type Waarschuwing } from '@netwerkregie/toepassing';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import { GEMEENSCHAPPELIJK, hulpVan, opdracht, parseOpdracht } from '../_opties.js';
import { withStore } from '../_store.js';
import { type Io, tabel, voortgangsbalk } from '../io.js';

const DEFINITIE = opdracht({
  gebruik: ['import <bestand> --gemeente <naam> [opties]'],
  uitleg: `Importeert een contactlijst (CSV of XLSX). Exitstatus 0: alle rijen aanvaard; 1: rijen afgewezen
(of, met --strict, niets toegepast); 2: het bestand of de opdracht is onbruikbaar (niets geschreven).
Mislukt na de import het foutenrapport of het bewaren van de trend, dan blijft de import toegepast en
staat dat als waarschuwing in de samenvatting (in JSON: waarschuwingen). Bij meer dan 2000 personen
berekent de server (serve, start) het punt van de trend: bij het starten, of binnen een minuut.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    'dry-run': { type: 'boolean', omschrijving: 'Toont wat de import zou doen; schrijft niets.' },
    mode: {
      type: 'string',
      waarde: 'aanvullend|volledig',
      omschrijving: 'Volledig: wie niet meer in de lijst staat, verliest zijn lidmaatschap.',
      standaard: 'aanvullend',
    },
    sheet: { type: 'string', waarde: '<naam>', omschrijving: 'Alleen dit blad van een werkmap.' },
    strict: { type: 'boolean', omschrijving: 'Past niets toe als er een rij wordt afgewezen.' },
    report: {
      type: 'string',
      waarde: '<pad>',
      omschrijving: 'Schrijft een foutenrapport: de lijst met de meldingen erbij.',
    },
    json: { type: 'boolean', omschrijving: 'Schrijft de samenvatting als JSON.' },
  },
});

export const HULP = hulpVan(DEFINITIE);

const MAX_GETOOND = 20;

export async function importeren(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  const json = values.json === true;
  try {
    const pad = positionals[0];
    if (!pad || positionals.length > 1)
      throw new GebruikFout('Geef precies een bestand op: netwerkregie import <bestand> --gemeente <naam>.');
    if (!existsSync(pad)) throw new GebruikFout(`Het bestand ${pad} bestaat niet.`, 'bestand.onbekend');
    const modus = values.mode ?? 'aanvullend';
    if (modus !== 'aanvullend' && modus !== 'volledig') {
      throw new GebruikFout(`Onbekende modus "${modus}"; kies aanvullend of volledig.`);
    }
    if (values.report) checkRapportmap(values.report);
    const gemeente = loadGemeente(values.gemeente, values.config);
    const balk = voortgangsbalk(io, 'Lezen');
    const proefrun = values['dry-run'] === true;
    const bladen: BladInfo[] = [];
    const waarschuwingen: Waarschuwing[] = [];
    const samenvatting = await withStore(
      gemeente,
      values.db,
      async (store) => {
        // Plan and apply (packages/toepassing); the trend at once only for a small network. A large
        // one's analysis would be a large part of a big import's time (issue 18): the import moved the
        // store version, so the server keeps that point in its analysis worker (on start, or within a minute).
        const uitkomst = await importWithTrend(store, {
          trend: saveTrendOrLater,
          pad,
          gemeente,
          modus,
          actor: 'cli',
          proefrun,
          strikt: values.strict === true,
          ...(values.sheet ? { blad: values.sheet } : {}),
          bijVoortgang: balk.show,
          bijBlad: (blad) => bladen.push(blad),
        });
        waarschuwingen.push(...uitkomst.waarschuwingen);
        return uitkomst.samenvatting;
      },
      { alleenLezen: proefrun, magNieuw: true },
    );
    balk.done();
    let rapport: string | undefined;
    if (values.report) {
      try {
        // The report decides the file's kind as the import did, and marks cells by its header rows.
        await writeFoutenrapport({
          invoer: pad,
          meldingen: samenvatting.meldingen,
          uit: values.report,
          bladen,
        });
        rapport = values.report;
      } catch (fout) {
        const toestand = samenvatting.toegepast ? 'De import is wel toegepast' : 'Er is niets geschreven';
        waarschuwingen.push({
          code: 'rapport.mislukt',
          melding: `Het foutenrapport kon niet worden geschreven naar ${values.report} (${reden(fout)}). ${toestand}.`,
        });
      }
    }
    io.stdout.write(
      json
        ? `${JSON.stringify(waarschuwingen.length > 0 ? { ...samenvatting, waarschuwingen } : samenvatting)}\n`
        : `${describe(samenvatting, rapport, waarschuwingen)}\n`,
    );
    return samenvatting.afgewezen > 0 ? 1 : 0;
  } catch (fout) {
    if (fout instanceof BestandsFout || fout instanceof GebruikFout) {
      const code = fout instanceof BestandsFout ? fout.code : fout.code;
      const melding = fout instanceof BestandsFout ? fout.melding : fout.message;
      if (json) io.stdout.write(`${JSON.stringify({ fout: { code, melding } })}\n`);
      else io.stderr.write(`Fout: ${melding}\n`);
      return 2;
    }
    throw fout;
  }
}

const OVERSLAGREDENEN: Readonly<Record<ImportSamenvatting['overgeslagenBladen'][number]['reden'], string>> = {
  'geen-kop': 'geen kopregel',
  verborgen: 'verborgen blad',
};

/** The report's folder must exist before anything is imported: a typo there is a usage error (exit 2). */
function checkRapportmap(uit: string): void {
  const map = dirname(resolve(uit));
  if (!existsSync(map) || !statSync(map).isDirectory()) {
    throw new GebruikFout(`De map ${map} voor het foutenrapport bestaat niet.`, 'rapport.map-onbekend');
  }
}

/** The short Dutch summary a steward reads at the end. */
export function describe(
  s: ImportSamenvatting,
  rapport?: string,
  waarschuwingen: readonly Waarschuwing[] = [],
): string {
  const status = s.proefrun ? 'proefrun, niets geschreven' : s.toegepast ? 'toegepast' : 'niets toegepast (--strict)';
  const regels = [
    `Import ${s.id} van ${s.bestand} (${s.modus}, ${status})`,
    '',
    tabel([
      ['', 'toegevoegd', 'gewijzigd', 'ongewijzigd', 'ontbrekend'],
      ['organisaties', ...getallen(s.organisaties), '-'],
      ['personen', ...getallen(s.personen), String(s.personen.ontbrekend)],
    ]),
    '',
    `Rijen gelezen: ${s.rijen}, afgewezen: ${s.afgewezen}, samengevoegd (dubbel): ${s.dubbel}`,
  ];
  if (s.onbekendeKolommen.length > 0) regels.push(`Onbekende kolommen, genegeerd: ${s.onbekendeKolommen.join(', ')}`);
  if (s.overgeslagenBladen.length > 0)
    regels.push(
      `Overgeslagen bladen: ${s.overgeslagenBladen.map((b) => `${b.blad} (${OVERSLAGREDENEN[b.reden]})`).join(', ')}`,
    );
  if (s.meldingen.length > 0) {
    regels.push('', `Meldingen (${s.meldingen.length}):`);
    for (const m of s.meldingen.slice(0, MAX_GETOOND)) {
      const plek = m.blad ? `${m.blad} rij ${m.rij}` : `rij ${m.rij}`;
      regels.push(`  ${plek}  ${m.kolom}  ${m.code}  ${m.ernst}: ${m.melding}`);
    }
    if (s.meldingen.length > MAX_GETOOND) {
      regels.push(`  … en ${s.meldingen.length - MAX_GETOOND} meer; zie --report <pad> of --json.`);
    }
  }
  if (rapport) regels.push('', `Foutenrapport geschreven naar ${rapport}`);
  if (waarschuwingen.length > 0) regels.push('', ...waarschuwingen.map((w) => `Waarschuwing: ${w.melding}`));
  return regels.join('\n');
}

function getallen(a: { toegevoegd: number; gewijzigd: number; ongewijzigd: number }): string[] {
  return [String(a.toegevoegd), String(a.gewijzigd), String(a.ongewijzigd)];
}
