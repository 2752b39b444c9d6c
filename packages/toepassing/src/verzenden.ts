/**
 * Sending a confirmation round: per organisation its link and a Dutch message, as a mail-merge CSV and
 * one `.eml` file each, and, when SMTP is configured, by e-mail (nodemailer). The message goes to the
 * organisation's contact person (radicalisation contact first). A recipient the SMTP server refuses
 * makes the invitation `onbestelbaar`, a dead link the worklist calls first. Reminders give the
 * unanswered a fresh link (the old one stops working).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gemeente, Rol } from '@netwerkregie/domain';
import { type Store, sleutelHash, uitnodigingStatus } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';
import { createToken, dagenNa } from './ronde.js';

/** An SMTP server: `smtp://user:pass@host:587` style settings, as nodemailer takes them. */
export interface SmtpInstellingen {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  auth?: { user: string; pass: string };
  /** Only for a test server on loopback with a self-signed certificate. */
  tlsNietControleren?: boolean;
}

/** One organisation's link to send. */
export interface Verzendlink {
  uitnodigingId: string;
  organisatieId: string;
  organisatie: string;
  url: string;
  verloopt: string;
}

export interface VerzendOpties {
  /** The sender address (`Van`), e.g. `netwerkregie@almere.example.org`. */
  van: string;
  /** Folder for `ronde.csv` and one `.eml` per organisation; absent: no files. */
  map?: string;
  smtp?: SmtpInstellingen;
  /** A reminder: another text, and recorded as `herinnerd` instead of `verzonden`. */
  herinnering?: boolean;
}

export interface VerzendUitkomst {
  /** Messages the SMTP server accepted. */
  verzonden: number;
  /** Organisations whose address the server refused: their links are dead. */
  onbestelbaar: string[];
  /** Organisations without a contact person with an e-mail address: call them, or post the link. */
  zonderAdres: string[];
  /** Files written (the CSV first). */
  bestanden: string[];
}

const VOORKEUR: readonly Rol[] = ['contactpersoon-radicalisering', 'aandachtfunctionaris'];

/** The organisation's contact person with an e-mail address: a radicalisation contact first, then an attention officer, then anyone. */
export async function ontvangerVan(
  store: Store,
  organisatieId: string,
): Promise<{ naam: string; email: string } | undefined> {
  const vandaag = new Date().toISOString().slice(0, 10);
  const leden = (await store.lidmaatschappenVanOrganisatie(organisatieId)).filter(
    (l) => l.einde === null || l.einde >= vandaag,
  );
  const gerangschikt = [...leden].sort((a, b) => rang(a.rollen) - rang(b.rollen) || (a.id < b.id ? -1 : 1));
  for (const l of gerangschikt) {
    const p = await store.persoon(l.persoonId);
    if (p?.email) return { naam: p.naam, email: p.email };
  }
  return undefined;
}

function rang(rollen: readonly Rol[]): number {
  const i = VOORKEUR.findIndex((r) => rollen.includes(r));
  return i < 0 ? VOORKEUR.length : i;
}

const nlDatum = (d: string) => `${Number(d.slice(8, 10))}-${Number(d.slice(5, 7))}-${d.slice(0, 4)}`;

/** The Dutch message of a link: subject and plain text. */
export function berichtVoor(
  gemeente: Gemeente,
  link: Pick<Verzendlink, 'organisatie' | 'url' | 'verloopt'>,
  opties: { aanhef?: string; herinnering?: boolean } = {},
): { onderwerp: string; tekst: string } {
  const onderwerp = `${opties.herinnering ? 'Herinnering: ' : ''}Kloppen de gegevens van ${link.organisatie} nog? (gemeente ${gemeente.naam})`;
  const laatste = dagenNa(link.verloopt, -1);
  const tekst = [
    `Beste ${opties.aanhef ?? 'contactpersoon'},`,
    '',
    opties.herinnering
      ? `Enige tijd geleden vroegen we u de gegevens van ${link.organisatie} na te kijken. We hebben nog geen antwoord ontvangen; daarom deze herinnering, met een nieuwe link (de vorige werkt niet meer).`
      : `De gemeente ${gemeente.naam} houdt een contactlijst bij van de partners in het preventienetwerk. Wilt u nakijken of de gegevens van ${link.organisatie} nog kloppen?`,
    '',
    'Via deze persoonlijke link ziet u wie van uw organisatie in de lijst staat. Klopt alles? Dan bevestigt u dat met één klik. Klopt iets niet? Dan past u het aan, meldt u iemand af die vertrokken is of voegt u een collega toe. Een medewerker van de gemeente kijkt uw wijzigingen na voordat ze in de lijst komen.',
    '',
    link.url,
    '',
    `De link werkt tot en met ${nlDatum(laatste)} en is alleen voor uw organisatie bedoeld; stuur hem niet door.`,
    '',
    'Met vriendelijke groet,',
    `De netwerkregisseur van de gemeente ${gemeente.naam}`,
  ].join('\n');
  return { onderwerp, tekst };
}

/** A CSV cell: quoted when needed; a leading =, +, -, @ gets a ' against formula injection (as the export does). */
function csvCel(waarde: string): string {
  const veilig = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replaceAll('"', '""')}"` : veilig;
}

export const MAILMERGE_KOPPEN = ['Organisatie', 'Naam', 'E-mail', 'Link', 'Geldig tot en met', 'Onderwerp', 'Bericht'];

/** The mail-merge CSV: `;`-separated UTF-8 with BOM, one row per organisation. */
export function mailMergeCsv(
  rijen: ReadonlyArray<{
    organisatie: string;
    naam: string;
    email: string;
    url: string;
    verloopt: string;
    onderwerp: string;
    tekst: string;
  }>,
): string {
  const regels = [
    MAILMERGE_KOPPEN.join(';'),
    ...rijen.map((r) =>
      [r.organisatie, r.naam, r.email, r.url, nlDatum(dagenNa(r.verloopt, -1)), r.onderwerp, r.tekst]
        .map(csvCel)
        .join(';'),
    ),
  ];
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}

/** A header word in RFC 2047 form when it is not plain ASCII. */
const kopwoord = (s: string) =>
  /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/** A message as an `.eml` file (RFC 5322, UTF-8 text in base64), to open and send in any mail program. */
export function emlBestand(bericht: {
  van: string;
  aan: string;
  aanNaam?: string;
  onderwerp: string;
  tekst: string;
  datum?: Date;
}): string {
  const body = Buffer.from(bericht.tekst.replace(/\n/g, '\r\n'), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    `From: ${bericht.van}`,
    `To: ${bericht.aanNaam ? `${kopwoord(bericht.aanNaam)} <${bericht.aan}>` : bericht.aan}`,
    `Subject: ${kopwoord(bericht.onderwerp)}`,
    `Date: ${(bericht.datum ?? new Date()).toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
    '',
    body,
    '',
  ].join('\r\n');
}

/** A file name from an organisation's name: letters, digits and dashes. */
const bestandsnaam = (naam: string, i: number) =>
  `${String(i + 1).padStart(3, '0')}-${naam
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}.eml`;

/** SMTP codes that say the recipient cannot be reached (5xx on RCPT); anything else is a failure of the server. */
const isOnbestelbaar = (fout: unknown) => {
  const code = (fout as { responseCode?: number; code?: string }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Sends (or writes) the messages of these links. Records per invitation `verzonden` (or `herinnerd`)
 * when a message was accepted or a file written, and `onbestelbaar` when the SMTP server refused the
 * address. An SMTP server that cannot be reached is a ToepassingFout `verzending.mislukt` after what was
 * already sent is recorded.
 */
export async function sendRonde(
  store: Store,
  gemeente: Gemeente,
  links: readonly Verzendlink[],
  opties: VerzendOpties,
): Promise<VerzendUitkomst> {
  const uitkomst: VerzendUitkomst = { verzonden: 0, onbestelbaar: [], zonderAdres: [], bestanden: [] };
  const berichten = [];
  for (const link of links) {
    const ontvanger = await ontvangerVan(store, link.organisatieId);
    if (!ontvanger) uitkomst.zonderAdres.push(link.organisatie);
    const bericht = berichtVoor(gemeente, link, {
      ...(ontvanger ? { aanhef: ontvanger.naam } : {}),
      ...(opties.herinnering ? { herinnering: true } : {}),
    });
    berichten.push({ link, ontvanger, ...bericht });
  }
  const moment = (): { verzonden: string } | { herinnerd: string } =>
    opties.herinnering ? { herinnerd: new Date().toISOString() } : { verzonden: new Date().toISOString() };

  if (opties.map) {
    const csv = join(opties.map, opties.herinnering ? 'herinnering.csv' : 'ronde.csv');
    await writeFile(
      csv,
      mailMergeCsv(
        berichten.map((b) => ({
          organisatie: b.link.organisatie,
          naam: b.ontvanger?.naam ?? '',
          email: b.ontvanger?.email ?? '',
          url: b.link.url,
          verloopt: b.link.verloopt,
          onderwerp: b.onderwerp,
          tekst: b.tekst,
        })),
      ),
    );
    uitkomst.bestanden.push(csv);
    for (const [i, b] of berichten.entries()) {
      if (!b.ontvanger) continue;
      const pad = join(opties.map, bestandsnaam(b.link.organisatie, i));
      await writeFile(
        pad,
        emlBestand({
          van: opties.van,
          aan: b.ontvanger.email,
          aanNaam: b.ontvanger.naam,
          onderwerp: b.onderwerp,
          tekst: b.tekst,
        }),
      );
      uitkomst.bestanden.push(pad);
    }
  }

  if (opties.smtp) {
    const { createTransport } = await import('nodemailer');
    const s = opties.smtp;
    const transport = createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure ?? false,
      ...(s.auth ? { auth: s.auth } : {}),
      ...(s.tlsNietControleren ? { tls: { rejectUnauthorized: false } } : {}),
    });
    try {
      for (const b of berichten) {
        if (!b.ontvanger) continue;
        try {
          await transport.sendMail({
            from: opties.van,
            to: { name: b.ontvanger.naam, address: b.ontvanger.email },
            subject: b.onderwerp,
            text: b.tekst,
          });
          await store.markUitnodiging(b.link.uitnodigingId, moment());
          uitkomst.verzonden++;
        } catch (fout) {
          if (!isOnbestelbaar(fout)) {
            throw new ToepassingFout(
              'verzending.mislukt',
              `De mailserver ${s.host}:${s.port} nam de berichten niet aan (${(fout as Error).message.slice(0, 200)}); ${uitkomst.verzonden} bericht(en) waren al verstuurd.`,
            );
          }
          await store.markUitnodiging(b.link.uitnodigingId, { onbestelbaar: new Date().toISOString() });
          uitkomst.onbestelbaar.push(b.link.organisatie);
        }
      }
    } finally {
      transport.close();
    }
  } else if (opties.map) {
    // Handed to the mail merge: the regisseur sends them.
    for (const b of berichten) if (b.ontvanger) await store.markUitnodiging(b.link.uitnodigingId, moment());
  }
  return uitkomst;
}

/**
 * Reminds the organisations of a round that have not answered, `herinnerNaDagen` (default the
 * gemeente's `ronde.herinnerNaDagen`) days after the last message: each gets a fresh link (the old
 * one stops working, the expiry stays). Bounced, revoked, expired and answered ones are left alone.
 * Returns the new links to send; throws `ronde.onbekend`.
 */
export async function remindRonde(
  store: Store,
  gemeente: Gemeente,
  rondeId: string,
  opties: { basisUrl: string; herinnerNaDagen?: number; nu?: Date },
): Promise<Verzendlink[]> {
  const dagen = opties.herinnerNaDagen ?? gemeente.ronde.herinnerNaDagen;
  const vandaag = (opties.nu ?? new Date()).toISOString().slice(0, 10);
  return store.transaction(async (tx) => {
    if (!(await tx.ronde(rondeId))) {
      throw new ToepassingFout('ronde.onbekend', `Bevestigingsronde ${rondeId} bestaat niet.`);
    }
    const namen = new Map((await tx.listOrganisaties({}, { limiet: 1000 })).items.map((o) => [o.id, o.naam] as const));
    const uit: Verzendlink[] = [];
    for (const u of await tx.uitnodigingenVanRonde(rondeId)) {
      const status = uitnodigingStatus(u, vandaag);
      if (status !== 'verzonden' && status !== 'geopend') continue;
      const laatst = u.herinnerd ?? u.verzonden;
      if (!laatst || dagenNa(laatst, dagen) > vandaag) continue;
      const token = createToken(gemeente.slug);
      await tx.markUitnodiging(u.id, { tokenHash: sleutelHash(token) });
      const naam = namen.get(u.organisatieId) ?? (await tx.organisatie(u.organisatieId))?.naam ?? u.organisatieId;
      uit.push({
        uitnodigingId: u.id,
        organisatieId: u.organisatieId,
        organisatie: naam,
        url: `${opties.basisUrl.replace(/\/$/, '')}/bevestigen/${token}`,
        verloopt: u.verloopt,
      });
    }
    return uit;
  });
}
