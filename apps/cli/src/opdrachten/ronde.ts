/**
 * `netwerkregie ronde start|status|herinner`: a confirmation round from the command line. Start writes
 * the mail merge (`ronde.csv` and one `.eml` per organisation) into `--uit`, and sends the messages when
 * an SMTP server is given (`--smtp` or NETWERKREGIE_SMTP). The links exist only in those messages.
 */

import { existsSync, statSync } from 'node:fs';
import type { Domein } from '@netwerkregie/domain';
import { DOMEINEN } from '@netwerkregie/domain';
import {
  laatsteRonde,
  remindRonde,
  type SmtpInstellingen,
  sendRonde,
  startRonde,
  type Verzendlink,
  voortgangRonde,
} from '@netwerkregie/toepassing';
import { GebruikFout } from '../_fouten.js';
import { loadGemeente } from '../_gemeente.js';
import { GEMEENSCHAPPELIJK, hulpVan, opdracht, parseOpdracht } from '../_opties.js';
import { withStore } from '../_store.js';
import { type Io, tabel } from '../io.js';

const DEFINITIE = opdracht({
  gebruik: [
    'ronde start --gemeente <naam> --basis-url <url> --van <adres> (--uit <map> | --smtp <url>) [opties]',
    'ronde status [<ronde-id>] --gemeente <naam> [opties]',
    'ronde herinner [<ronde-id>] --gemeente <naam> --basis-url <url> --van <adres> (--uit <map> | --smtp <url>) [opties]',
  ],
  uitleg: `Een bevestigingsronde: elke formele partner (of die van een domein, wijk of bewaard segment) krijgt een persoonlijke
link waarmee de organisatie de eigen gegevens bevestigt of verbetert. start maakt de links en het bericht
per organisatie: een CSV voor samenvoegen (ronde.csv) en een .eml per organisatie in --uit, en verstuurt
ze met een SMTP-server als die is opgegeven. status toont per organisatie hoe ver ze is (standaard de
laatste ronde). herinner geeft wie na --na-dagen nog niet antwoordde een nieuwe link en stuurt die.`,
  opties: {
    ...GEMEENSCHAPPELIJK,
    'basis-url': {
      type: 'string',
      waarde: '<url>',
      omschrijving: 'start, herinner: waar de server bereikbaar is, zoals https://netwerk.almere.nl.',
    },
    van: { type: 'string', waarde: '<adres>', omschrijving: 'start, herinner: het afzendadres van de berichten.' },
    uit: { type: 'string', waarde: '<map>', omschrijving: 'start, herinner: map voor ronde.csv en de .eml-bestanden.' },
    smtp: {
      type: 'string',
      waarde: '<smtp://gebruiker:wachtwoord@host:poort>',
      omschrijving: 'start, herinner: verstuur via deze SMTP-server (smtps:// voor TLS vanaf het begin).',
      standaard: 'NETWERKREGIE_SMTP als die is gezet',
    },
    domein: {
      type: 'string',
      waarde: DOMEINEN.join('|'),
      omschrijving: 'start: alleen formele partners van dit domein.',
    },
    wijk: { type: 'string', waarde: '<wijk>', omschrijving: 'start: alleen formele partners in deze wijk.' },
    segment: {
      type: 'string',
      waarde: '<id|naam>',
      omschrijving: 'start: alleen de formele organisaties van de leden van dit bewaarde segment.',
    },
    dagen: {
      type: 'string',
      waarde: '<aantal>',
      omschrijving: 'start: hoeveel dagen een link werkt.',
      standaard: 'ronde.geldigDagen van de gemeente (30)',
    },
    'na-dagen': {
      type: 'string',
      waarde: '<aantal>',
      omschrijving: 'herinner: zoveel dagen na het laatste bericht.',
      standaard: 'ronde.herinnerNaDagen van de gemeente (14)',
    },
    json: { type: 'boolean', omschrijving: 'Schrijf de uitkomst als JSON.' },
  },
});

export const HULP = hulpVan(DEFINITIE);

/** `smtp://user:pass@host:587` or `smtps://host:465` as nodemailer's settings. */
export function parseSmtp(tekst: string): SmtpInstellingen {
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    throw new GebruikFout(`--smtp "${tekst.replace(/:[^:@/]*@/, ':***@')}" is geen adres; schrijf smtp://host:poort.`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new GebruikFout('--smtp begint met smtp:// of smtps://.');
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
  };
}

function geheelGetal(tekst: string | undefined, naam: string): number | undefined {
  if (tekst === undefined) return undefined;
  if (!/^\d{1,4}$/.test(tekst)) throw new GebruikFout(`--${naam} "${tekst}" is geen aantal dagen.`);
  return Number(tekst);
}

export async function ronde(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseOpdracht(args, DEFINITIE);
  const [actie, rondeId] = positionals;
  const gemeente = loadGemeente(values.gemeente, values.config);

  if (actie === 'status') {
    const v = await withStore(
      gemeente,
      values.db,
      async (store) => {
        const id = rondeId ?? (await laatsteRonde(store))?.id;
        if (!id) throw new GebruikFout('Er is nog geen bevestigingsronde gestart.', 'ronde.onbekend');
        return voortgangRonde(store, id);
      },
      { alleenLezen: true },
    );
    if (values.json) {
      io.stdout.write(`${JSON.stringify(v)}\n`);
      return 0;
    }
    const totalen = Object.entries(v.totalen)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ');
    io.stdout.write(
      `Ronde ${v.ronde.id}, gestart ${v.ronde.gestart.slice(0, 10)}, links geldig tot ${v.ronde.geldigTot}: ${totalen}.\n` +
        `${tabel([
          ['organisatie', 'status', 'verzonden', 'geopend', 'beantwoord', 'import'],
          ...v.organisaties.map((o) => [
            o.organisatie,
            o.status,
            o.verzonden?.slice(0, 10) ?? '-',
            o.geopend?.slice(0, 10) ?? '-',
            o.beantwoord?.slice(0, 10) ?? '-',
            o.importId ?? '-',
          ]),
        ])}\n`,
    );
    return 0;
  }

  if (actie !== 'start' && actie !== 'herinner') {
    throw new GebruikFout(
      'Kies start, status of herinner: netwerkregie ronde start|status|herinner --gemeente <naam>.',
    );
  }
  const basisUrl = values['basis-url'];
  if (!basisUrl || !/^https?:\/\/[^/\s]+/.test(basisUrl)) {
    throw new GebruikFout('Geef met --basis-url aan waar de server bereikbaar is, zoals https://netwerk.almere.nl.');
  }
  if (!values.van || !/^[^@\s]+@[^@\s]+$/.test(values.van)) {
    throw new GebruikFout('Geef met --van het afzendadres van de berichten.');
  }
  const smtpTekst = values.smtp ?? env.NETWERKREGIE_SMTP;
  const smtp = smtpTekst ? parseSmtp(smtpTekst) : undefined;
  const uit = values.uit;
  if (uit !== undefined && !(existsSync(uit) && statSync(uit).isDirectory())) {
    throw new GebruikFout(`De map "${uit}" bestaat niet.`);
  }
  if (!uit && !smtp) {
    throw new GebruikFout('Geef --uit <map> voor de berichten als bestanden, of --smtp om ze te versturen (of beide).');
  }
  const verzendOpties = { van: values.van, ...(uit ? { map: uit } : {}), ...(smtp ? { smtp } : {}) };

  const uitkomst = await withStore(gemeente, values.db, async (store) => {
    let id: string;
    let links: Verzendlink[];
    if (actie === 'start') {
      const domein = values.domein as Domein | undefined;
      if (domein !== undefined && !DOMEINEN.includes(domein)) {
        throw new GebruikFout(`Onbekend domein "${domein}"; kies uit ${DOMEINEN.join(', ')}.`);
      }
      const dagen = geheelGetal(values.dagen, 'dagen');
      const gestart = await startRonde(store, gemeente, {
        selectie: {
          ...(domein ? { domein } : {}),
          ...(values.wijk ? { wijk: values.wijk } : {}),
          ...(values.segment !== undefined ? { segment: values.segment } : {}),
        },
        ...(dagen !== undefined ? { geldigDagen: dagen } : {}),
        actor: 'cli',
      });
      id = gestart.ronde.id;
      links = gestart.links.map((l) => ({ ...l, url: `${basisUrl.replace(/\/$/, '')}/bevestigen/${l.token}` }));
    } else {
      const gevonden = rondeId ?? (await laatsteRonde(store))?.id;
      if (!gevonden) throw new GebruikFout('Er is nog geen bevestigingsronde gestart.', 'ronde.onbekend');
      id = gevonden;
      const naDagen = geheelGetal(values['na-dagen'], 'na-dagen');
      links = await remindRonde(store, gemeente, id, {
        basisUrl,
        ...(naDagen !== undefined ? { herinnerNaDagen: naDagen } : {}),
      });
    }
    const verzonden = await sendRonde(store, gemeente, links, {
      ...verzendOpties,
      ...(actie === 'herinner' ? { herinnering: true } : {}),
    });
    return { ronde: id, organisaties: links.length, ...verzonden };
  });

  if (values.json) {
    io.stdout.write(`${JSON.stringify(uitkomst)}\n`);
    return 0;
  }
  const wat = actie === 'start' ? 'Bevestigingsronde gestart' : 'Herinneringen';
  const regels = [
    `${wat} (${uitkomst.ronde}): ${uitkomst.organisaties} organisatie(s).`,
    ...(smtp ? [`Verstuurd: ${uitkomst.verzonden}.`] : []),
    ...(uit
      ? [`Bestanden in ${uit}: ${uitkomst.bestanden.length} (ronde.csv en een .eml per organisatie met een adres).`]
      : []),
    ...(uitkomst.onbestelbaar.length > 0 ? [`Onbestelbaar: ${uitkomst.onbestelbaar.join(', ')}.`] : []),
    ...(uitkomst.zonderAdres.length > 0
      ? [
          `Zonder contactpersoon met e-mailadres (bel of stuur de link uit ronde.csv): ${uitkomst.zonderAdres.join(', ')}.`,
        ]
      : []),
  ];
  io.stdout.write(`${regels.join('\n')}\n`);
  return 0;
}
