/**
 * The partner's page: only its own organisation, nothing informal for a formal partner, a 404 naming
 * no organisation for a bad link, throttling per address, every view and answer logged with the
 * organisation as actor, a failed answer writing nothing, and no token reaching any /v1 route.
 */
import { startRonde } from '@netwerkregie/toepassing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ALMERE, createFixture, type Fixture, GEHEIMEN, ID } from '../_test/fixture.js';
import { verzoek } from '../_test/verzoeken.js';

let fx: Fixture;
let adres = 'adres-1';
beforeAll(async () => {
  fx = await createFixture({ adres: () => adres });
});
afterAll(() => fx.opruimen());

async function ronde() {
  const { links } = await startRonde(fx.stores.almere, ALMERE, { actor: 'test' });
  const link = (id: string) => links.find((l) => l.organisatieId === id)!;
  return { wijkteam: link(ID.wijkteam), politie: link(ID.politie), ronde: links };
}

const formulier = (velden: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(velden).toString(),
});

describe('the partner page /bevestigen/{token}', () => {
  it('shows only the organisation’s own entries, none of the informal network, and the privacy statement', async () => {
    const { wijkteam } = await ronde();
    const res = await fx.app.request(`/bevestigen/${wijkteam.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain("form-action 'self'");
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    for (const eigen of [
      'Wijkteam Haven Proef',
      'Fenna Proefmans',
      'fenna.proefmans@example.org',
      '+31612345671',
      'wijkcoach',
      'Noor Dubbelrol',
      'jongerenwerker',
      'Casusoverleg Proef',
      'basistraining (01-05-2023)',
    ]) {
      expect(html).toContain(eigen);
    }
    // Noor is also a volunteer at the informal Stichting: that membership, and all of the Stichting, stay hidden.
    for (const vreemd of [
      'Stichting Proefgemeenschap',
      'vrijwilliger',
      'Sahin Voorbeeldzoon',
      'Politie Basisteam Proef',
      'Jurre Testhuis',
    ]) {
      expect(html).not.toContain(vreemd);
    }
    expect(html).toContain('Wat we bewaren en waarom');
    expect(html).toContain('bewaren we uw gegevens nog 24 maanden');
    const views = await fx.stores.almere.listAudit({ actor: `partner:${ID.wijkteam}` });
    expect(views.items.map((r) => [r.actie, r.entiteitId, r.route])).toEqual([
      ['lezen', ID.wijkteam, '/bevestigen/{token}'],
    ]);
    expect(JSON.stringify(views.items)).not.toContain(wijkteam.token);
  });

  it('answers an unknown, revoked or expired link with a Dutch 404 naming no organisation', async () => {
    adres = 'adres-2';
    const { politie, ronde: links } = await ronde();
    const rondeId = (await fx.stores.almere.listRondes())[0]!.id;
    await fx.stores.almere.markUitnodiging(politie.uitnodigingId, { ingetrokken: new Date().toISOString() });
    const verlopen = links.find((l) => l.organisatieId === ID.wijkteam)!;
    await fx.stores.almere.markUitnodiging(verlopen.uitnodigingId, { verloopt: '2020-01-01' });
    for (const token of [
      politie.token,
      verlopen.token,
      'bv_almere_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'bv_utrecht_x',
      'onzin',
    ]) {
      const res = await fx.app.request(`/bevestigen/${token}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain('Deze link werkt niet');
      for (const geheim of GEHEIMEN) expect(html).not.toContain(geheim);
    }
    expect(rondeId).toBeTruthy();
  });

  it('throttles an address that tries links', async () => {
    adres = 'adres-3';
    const statussen: number[] = [];
    for (let i = 0; i < 12; i++)
      statussen.push((await fx.app.request(`/bevestigen/bv_almere_${'B'.repeat(42)}${i % 10}`)).status);
    expect(statussen).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 429, 429]);
    const { wijkteam } = await ronde();
    const res = await fx.app.request(`/bevestigen/${wijkteam.token}`);
    expect([res.status, res.headers.get('Retry-After')]).toEqual([429, '60']);
    adres = 'adres-4';
    expect((await fx.app.request(`/bevestigen/${wijkteam.token}`)).status).toBe(200);
  });

  it('shows each problem beside its field and writes nothing; a valid answer becomes a plan', async () => {
    adres = 'adres-5';
    const { wijkteam } = await ronde();
    const imports = (await fx.stores.almere.listImports()).totaal;
    const auditVoor = (await fx.stores.almere.listAudit({ actor: `partner:${ID.wijkteam}` })).totaal;
    // p0 is Fenna, p1 Noor (by name).
    const basis = {
      'p0.id': ID.fenna,
      'p0.oordeel': 'klopt',
      'p0.naam': 'Fenna Proefmans',
      'p0.functie': 'wijkcoach',
      'p0.rollen': 'contactpersoon-radicalisering',
      'p0.email': 'fenna.proefmans@example.org',
      'p0.telefoon': '+31612345671',
      'p1.id': ID.noor,
      'p1.oordeel': 'klopt',
      'p1.naam': 'Noor Dubbelrol',
      'p1.functie': 'jongerenwerker',
      'p1.rollen': 'eerstelijnswerker',
      'p1.email': 'noor.dubbelrol@example.org',
      'p1.telefoon': '',
    };
    const fout = await fx.app.request(
      `/bevestigen/${wijkteam.token}`,
      formulier({ ...basis, 'p0.telefoon': '0612', 'n0.naam': 'Kees Nieuw', 'n0.email': 'kees@' }),
    );
    expect(fout.status).toBe(400);
    const html = await fout.text();
    expect(html).toContain(
      '<strong class="fout" id="p0.telefoon.fout">Het telefoonnummer &quot;0612&quot; is ongeldig.</strong>',
    );
    expect(html).toContain(
      '<strong class="fout" id="n0.email.fout">Het e-mailadres &quot;kees@&quot; is ongeldig.</strong>',
    );
    expect(html).toContain('value="Kees Nieuw"');
    expect((await fx.stores.almere.listImports()).totaal).toBe(imports);
    expect((await fx.stores.almere.persoon(ID.fenna))?.telefoon).toBe('+31612345671');

    const goed = await fx.app.request(
      `/bevestigen/${wijkteam.token}`,
      formulier({ ...basis, 'p0.telefoon': '06 2345 6789', 'p1.oordeel': 'vertrokken' }),
    );
    expect(goed.status).toBe(200);
    expect(await goed.text()).toContain('Uw wijzigingen zijn ontvangen');
    const plan = (await fx.stores.almere.listImports()).items[0]!;
    expect([plan.status, plan.actor]).toEqual(['gepland', `partner:${ID.wijkteam}`]);
    const rijen = (await fx.stores.almere.listAudit({ actor: `partner:${ID.wijkteam}` })).items.slice(0, 2);
    expect(rijen.map((r) => r.actie).sort()).toEqual(['corrigeren', 'lezen']);
    expect((await fx.stores.almere.listAudit({ actor: `partner:${ID.wijkteam}` })).totaal).toBe(auditVoor + 3);
    const nogmaals = await fx.app.request(`/bevestigen/${wijkteam.token}`, formulier(basis));
    expect([nogmaals.status, (await nogmaals.text()).includes('Deze link is al gebruikt')]).toEqual([409, true]);
  });

  it('takes a corrected e-mail address of a known person as a change of that person in the plan', async () => {
    adres = 'adres-7';
    const { wijkteam } = await ronde();
    const pagina = await (await fx.app.request(`/bevestigen/${wijkteam.token}`)).text();
    expect(pagina).toContain(
      '<input class="utrecht-textbox utrecht-textbox--html-input" id="p0.email" name="p0.email" type="email" autocomplete="email" maxlength="200" value="fenna.proefmans@example.org">',
    );
    // The page names only its own persons' ids.
    expect([...pagina.matchAll(/name="p\d+\.id" value="([^"]*)"/g)].map((m) => m[1])).toEqual([ID.fenna, ID.noor]);
    const res = await fx.app.request(
      `/bevestigen/${wijkteam.token}`,
      formulier({
        'p0.id': ID.fenna,
        'p0.oordeel': 'klopt',
        'p0.naam': 'Fenna Proefmans',
        'p0.functie': 'wijkcoach',
        'p0.rollen': 'contactpersoon-radicalisering',
        'p0.email': 'f.proefmans@example.org',
        'p0.telefoon': '+31612345671',
        'p1.id': ID.noor,
        'p1.oordeel': 'klopt',
        'p1.naam': 'Noor Dubbelrol',
        'p1.functie': 'jongerenwerker',
        'p1.rollen': 'eerstelijnswerker',
        'p1.email': 'noor.dubbelrol@example.org',
        'p1.telefoon': '',
      }),
    );
    expect(res.status).toBe(200);
    const plan = (await fx.stores.almere.listImports()).items[0]!;
    expect([plan.status, plan.actor]).toEqual(['gepland', `partner:${ID.wijkteam}`]);
    const details = (plan.samenvatting as { details: { toegevoegd: unknown[]; gewijzigd: unknown[] } }).details;
    expect(details).toMatchObject({
      toegevoegd: [],
      gewijzigd: [
        {
          entiteit: 'persoon',
          id: ID.fenna,
          velden: [{ veld: 'email', voor: 'fenna.proefmans@example.org', na: 'f.proefmans@example.org' }],
        },
      ],
    });
    expect(details.gewijzigd).toHaveLength(1);
    expect((await fx.stores.almere.persoon(ID.fenna))?.email).toBe('fenna.proefmans@example.org');
  });

  it('takes trainings and meetings beside the other fields: a problem beside its field, else one plan', async () => {
    adres = 'adres-8';
    const { wijkteam } = await ronde();
    const pagina = await (await fx.app.request(`/bevestigen/${wijkteam.token}`)).text();
    expect(pagina).toContain('<label for="p0.training.basistraining">Basistraining (datum, of ja)</label>');
    expect(pagina).toContain(
      '<input class="utrecht-textbox utrecht-textbox--html-input" id="p0.training.basistraining" name="p0.training.basistraining" type="text" autocomplete="off" maxlength="200" value="01-05-2023">',
    );
    expect(pagina).toContain(
      '<input class="utrecht-textbox utrecht-textbox--html-input" id="organisatie.overleggen" name="organisatie.overleggen"',
    );
    const basis = {
      'p0.id': ID.fenna,
      'p0.oordeel': 'klopt',
      'p0.naam': 'Fenna Proefmans',
      'p0.functie': 'wijkcoach',
      'p0.rollen': 'contactpersoon-radicalisering',
      'p0.email': 'fenna.proefmans@example.org',
      'p0.telefoon': '+31612345671',
      'p0.training.basistraining': '01-05-2023',
      'p1.id': ID.noor,
      'p1.oordeel': 'klopt',
      'p1.naam': 'Noor Dubbelrol',
      'p1.functie': 'jongerenwerker',
      'p1.rollen': 'eerstelijnswerker',
      'p1.email': 'noor.dubbelrol@example.org',
      'p1.telefoon': '',
    };
    const imports = (await fx.stores.almere.listImports()).totaal;
    const fout = await fx.app.request(
      `/bevestigen/${wijkteam.token}`,
      formulier({ ...basis, 'p1.training.terugkomdag': 'misschien' }),
    );
    expect(fout.status).toBe(400);
    const html = await fout.text();
    expect(html).toContain(
      '<strong class="fout" id="p1.training.terugkomdag.fout">&quot;misschien&quot; is geen datum, ja of nee.</strong>',
    );
    expect(html).toContain('value="misschien"');
    expect((await fx.stores.almere.listImports()).totaal).toBe(imports);

    const goed = await fx.app.request(
      `/bevestigen/${wijkteam.token}`,
      formulier({
        ...basis,
        'p0.training.terugkomdag': '4-11-2025',
        'organisatie.overleggen': 'Casusoverleg Proef, Wijkoverleg Haven Proef',
      }),
    );
    expect(goed.status).toBe(200);
    const plan = (await fx.stores.almere.listImports()).items[0]!;
    expect([plan.status, plan.actor]).toEqual(['gepland', `partner:${ID.wijkteam}`]);
    const details = (plan.samenvatting as { details: { toegevoegd: unknown[]; gewijzigd: unknown[] } }).details;
    expect(details.toegevoegd).toEqual([]);
    expect(details.gewijzigd).toMatchObject([
      {
        entiteit: 'organisatie',
        id: ID.wijkteam,
        velden: [{ veld: 'overleg', voor: null, na: 'Wijkoverleg Haven Proef' }],
      },
      { entiteit: 'persoon', id: ID.fenna, velden: [{ veld: 'getraind (terugkomdag)', voor: null, na: '2025-11-04' }] },
    ]);
    expect(details.gewijzigd).toHaveLength(2);
  });

  it('lets no token reach any /v1 route', async () => {
    adres = 'adres-6';
    const { wijkteam } = await ronde();
    const doc = fx.app.openapiDocument() as { paths: Record<string, Record<string, unknown>> };
    let gelopen = 0;
    for (const [pad, item] of Object.entries(doc.paths)) {
      if (!pad.startsWith('/gemeenten/')) continue;
      for (const methode of Object.keys(item)) {
        const { url, init } = verzoek({ methode, pad });
        for (const [waar, sleutel] of [
          ['header', wijkteam.token],
          ['query', null],
        ] as const) {
          // A fresh address each time: the API throttles repeated failed keys (429), which is not the point here.
          adres = `loper-${gelopen}`;
          const res = await fx.request(
            waar === 'query' ? `${url}${url.includes('?') ? '&' : '?'}token=${wijkteam.token}` : url,
            {
              ...init,
              sleutel,
            },
          );
          expect([`${methode} ${pad} ${waar}`, res.status]).toEqual([`${methode} ${pad} ${waar}`, 401]);
          gelopen++;
        }
      }
    }
    expect(gelopen).toBeGreaterThan(60);
    expect((await fx.request(`${A}/bevestigingsrondes`, { sleutel: wijkteam.token })).status).toBe(401);
  });
});
