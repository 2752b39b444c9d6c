/** Sending a round: a real SMTP server on loopback (smtp-server), real files, the Almere fixture. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ontvangerVan,
  openUitnodiging,
  remindRonde,
  sendRonde,
  startRonde,
  ToepassingFout,
  voortgangRonde,
} from '@netwerkregie/toepassing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, createFixture, type Fixture } from './_testhulp.js';

interface Ontvangen {
  aan: string[];
  bericht: string;
}

let fx: Fixture;
let server: SMTPServer;
let poort: number;
const ontvangen: Ontvangen[] = [];
/** The address the server refuses (550): a contact person who left without a forwarding address. */
let geweigerd = '';

beforeAll(async () => {
  fx = await createFixture();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(adres, _sessie, klaar) {
      if (adres.address === geweigerd) {
        const fout = Object.assign(new Error('Onbekende ontvanger'), { responseCode: 550 });
        klaar(fout);
        return;
      }
      klaar();
    },
    onData(stroom, sessie, klaar) {
      const delen: Buffer[] = [];
      stroom.on('data', (d: Buffer) => delen.push(d));
      stroom.on('end', () => {
        ontvangen.push({
          aan: sessie.envelope.rcptTo.map((r) => r.address),
          bericht: Buffer.concat(delen).toString('utf8'),
        });
        klaar();
      });
    },
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', () => klaar()));
  poort = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((klaar) => server.close(() => klaar()));
  await fx.opruimen();
});

/** The plain text of a received message (nodemailer writes quoted-printable or base64). */
function tekstVan(bericht: string): string {
  const [kop, ...rest] = bericht.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/Content-Transfer-Encoding: base64/i.test(kop ?? '')) return Buffer.from(body, 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(kop ?? '')) {
    const zacht = body.replace(/=\r\n/g, '');
    return Buffer.from(
      zacht.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

describe('sending a round', () => {
  it('mails each organisation’s contact person its own link, marks refused addresses as bounced, and writes the mail merge', async () => {
    const store = fx.stores.almere;
    const { ronde, links } = await startRonde(store, ALMERE, { selectie: { domein: 'zorg' }, actor: 'test' });
    const ggd = links.find((l) => l.organisatie === 'GGD Almere')!;
    // Its preferred contact (by role; ties by membership id, which the import draws at random) gets the link:
    // her address is the one the server refuses.
    const ontvanger = (await ontvangerVan(store, ggd.organisatieId))!;
    geweigerd = ontvanger.email;
    const map = await mkdtemp(join(tmpdir(), 'ronde-'));
    const metUrl = links.map((l) => ({ ...l, url: `https://netwerk.almere.example.org/bevestigen/${l.token}` }));
    const uitkomst = await sendRonde(store, ALMERE, metUrl, {
      van: 'netwerkregie@almere.example.org',
      map,
      smtp: { host: '127.0.0.1', port: poort },
    });
    // One of its two aandachtfunctionarissen (it has no radicalisation contact person).
    expect(['Joëlle Timmer', 'Annelies Schouten']).toContain(ontvanger.naam);
    expect(uitkomst.onbestelbaar).toEqual(['GGD Almere']);
    expect(uitkomst.verzonden).toBe(links.length - 1 - uitkomst.zonderAdres.length);
    expect(ontvangen).toHaveLength(uitkomst.verzonden);
    const eerste = links.find(
      (l) => l.organisatie !== 'GGD Almere' && ontvangen.some((o) => tekstVan(o.bericht).includes(l.token)),
    )!;
    const bericht = ontvangen.find((o) => tekstVan(o.bericht).includes(eerste.token))!;
    const tekst = tekstVan(bericht.bericht);
    expect(tekst).toContain(`Wilt u nakijken of de gegevens van ${eerste.organisatie} nog kloppen?`);
    expect(tekst).toContain(`https://netwerk.almere.example.org/bevestigen/${eerste.token}`);
    // Each message holds only its own link.
    for (const ander of links.filter((l) => l !== eerste)) expect(tekst).not.toContain(ander.token);
    expect(bericht.bericht).toMatch(/^From: netwerkregie@almere\.example\.org/m);

    const v = await voortgangRonde(store, ronde.id);
    expect(v.organisaties.find((o) => o.organisatieId === ggd.organisatieId)?.status).toBe('onbestelbaar');
    expect(v.totalen.verzonden).toBe(uitkomst.verzonden);
    expect((await store.bevestigingen()).find((b) => b.organisatieId === ggd.organisatieId)?.dodeLink).toBe(true);

    const csv = await readFile(join(map, 'ronde.csv'), 'utf8');
    const regels = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(regels[0]).toBe('Organisatie;Naam;E-mail;Link;Geldig tot en met;Onderwerp;Bericht');
    expect(csv).toContain(
      `GGD Almere;${ontvanger.naam};${ontvanger.email};https://netwerk.almere.example.org/bevestigen/${ggd.token};`,
    );
    const emls = (await readdir(map)).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBe(links.length - uitkomst.zonderAdres.length);
    const eml = await readFile(join(map, emls.find((f) => f.includes('GGD-Almere'))!), 'utf8');
    // The name as an encoded word when it is not ASCII (Joëlle), plain otherwise.
    const naamKop = /^[\x20-\x7e]*$/.test(ontvanger.naam) ? ontvanger.naam : '=?UTF-8?B?';
    expect(eml).toContain(`To: ${naamKop}`);
    expect(eml).toMatch(new RegExp(`^To: .*<${ontvanger.email.replace(/\./g, '\\.')}>\r?$`, 'm'));
    expect(eml).toContain('Subject: Kloppen de gegevens van GGD Almere nog? (gemeente Almere)');
    const body = eml.split('\r\n\r\n')[1]!;
    expect(Buffer.from(body, 'base64').toString('utf8')).toContain(ggd.token);
    await rm(map, { recursive: true, force: true });

    // Reminders: two weeks on, the sent and unanswered get a fresh link; the bounced one does not.
    const opened = links.find((l) => l !== ggd)!;
    await openUitnodiging(store, ALMERE, opened.token);
    expect(await remindRonde(store, ALMERE, ronde.id, { basisUrl: 'https://x.example.org', nu: new Date() })).toEqual(
      [],
    );
    const later = new Date(Date.now() + 15 * 86_400_000);
    const herinneringen = await remindRonde(store, ALMERE, ronde.id, {
      basisUrl: 'https://x.example.org/',
      nu: later,
    });
    expect(herinneringen.map((h) => h.organisatie).sort()).toEqual(
      v.organisaties
        .filter((o) => o.status === 'verzonden')
        .map((o) => o.organisatie)
        .sort(),
    );
    const nieuw = herinneringen.find((h) => h.organisatieId === opened.organisatieId)!;
    expect(nieuw.url).toMatch(/^https:\/\/x\.example\.org\/bevestigen\/bv_almere_/);
    await expect(openUitnodiging(store, ALMERE, opened.token)).rejects.toThrow(
      'Deze link is onbekend, verlopen of ingetrokken.',
    );
    const token = nieuw.url.split('/').at(-1)!;
    expect((await openUitnodiging(store, ALMERE, token)).organisatie.naam).toBe(opened.organisatie);
    ontvangen.length = 0;
    const weer = await sendRonde(store, ALMERE, herinneringen, {
      van: 'netwerkregie@almere.example.org',
      smtp: { host: '127.0.0.1', port: poort },
      herinnering: true,
    });
    expect(weer.verzonden).toBe(herinneringen.length);
    expect(
      ontvangen.every((o) => /Subject: Herinnering: /.test(o.bericht) || /Subject: =\?UTF-8\?/.test(o.bericht)),
    ).toBe(true);
    expect((await voortgangRonde(store, ronde.id)).organisaties.filter((o) => o.herinnerd !== null)).toHaveLength(
      herinneringen.length,
    );
  });

  it('says so in Dutch when the SMTP server cannot be reached', async () => {
    const store = fx.stores.almere;
    const { links } = await startRonde(store, ALMERE, { selectie: { domein: 'veiligheid' }, actor: 'test' });
    const fout = await sendRonde(
      store,
      ALMERE,
      links.map((l) => ({ ...l, url: `https://x.example.org/bevestigen/${l.token}` })),
      { van: 'netwerkregie@almere.example.org', smtp: { host: '127.0.0.1', port: 1 } },
    ).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ToepassingFout);
    expect((fout as ToepassingFout).code).toBe('verzending.mislukt');
    expect((fout as ToepassingFout).melding).toMatch(
      /^De mailserver 127\.0\.0\.1:1 nam de berichten niet aan \(.+\); 0 bericht\(en\) waren al verstuurd\.$/,
    );
  });
});
