/**
 * A seeded generator of fictional prevention networks for the analysis benchmark: organisations
 * with partner organisations (so that communities form), persons with a home organisation
 * (heavy-tailed sizes), some with a second membership, working relations mostly with colleagues
 * and partner organisations and a few across the city, meeting structures with seats and
 * attendees, contact moments and trainings. Names are generated (Persoon 123, Organisatie 45);
 * e-mail on example.org. About 10 edges per person: ~1,000,000 at 100,000 persons.
 */

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMEINVERDELING = [
  ['veiligheid', 0.15],
  ['zorg', 0.25],
  ['onderwijs', 0.2],
  ['jeugd-en-welzijn', 0.15],
  ['gemeenschap', 0.17],
  ['overig', 0.08],
];

const iso = (dag) => new Date(Date.UTC(2026, 2, 1) - dag * 86_400_000).toISOString().slice(0, 10);

export function genereerMomentopname(aantalPersonen, { seed = 7, gemeente } = {}) {
  const r = rng(seed);
  const kies = (lijst) => lijst[Math.floor(r() * lijst.length)];
  const wijken = gemeente.wijken;
  const aantalOrgs = Math.max(10, Math.round(aantalPersonen / 25));
  const aantalOverleggen = Math.max(5, Math.round(aantalPersonen / 200));

  const organisaties = [
    {
      id: 'gem',
      naam: `Gemeente ${gemeente.naam}`,
      domein: 'gemeente',
      netwerk: 'formeel',
      soort: null,
      wijken: ['heel de stad'],
    },
  ];
  for (let i = 0; i < aantalOrgs; i++) {
    let x = r();
    let domein = 'overig';
    for (const [d, p] of DOMEINVERDELING) {
      if (x < p) {
        domein = d;
        break;
      }
      x -= p;
    }
    const w = r() < 0.1 ? ['heel de stad'] : [kies(wijken), ...(r() < 0.3 ? [kies(wijken)] : [])];
    organisaties.push({
      id: `o${i}`,
      naam: `Organisatie ${i}`,
      domein,
      netwerk: domein === 'gemeenschap' ? 'informeel' : 'formeel',
      soort: null,
      wijken: [...new Set(w)],
    });
  }
  // Partner organisations: a small circle per organisation, mostly in the same domain.
  const partners = organisaties.map(() => []);
  const perDomein = new Map();
  organisaties.forEach((o, i) => {
    perDomein.set(o.domein, [...(perDomein.get(o.domein) ?? []), i]);
  });
  // Openness: the share of an organisation's working relations that reach outside it (many are inward-looking).
  const openheid = organisaties.map(() => 0.05 + 0.6 * r() ** 2);
  organisaties.forEach((o, i) => {
    for (let k = 0; k < 5; k++)
      partners[i].push(r() < 0.6 ? kies(perDomein.get(o.domein)) : Math.floor(r() * organisaties.length));
  });
  // Heavy-tailed organisation sizes.
  const gewicht = organisaties.map(() => (r() < 0.12 ? 0.3 : 1 / (r() ** 0.7 + 0.02)));
  const cumulatief = [];
  let som = 0;
  for (const g of gewicht) {
    som += g;
    cumulatief.push(som);
  }
  const trekOrg = () => {
    const x = r() * som;
    let lo = 0;
    let hi = cumulatief.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulatief[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const personen = [];
  const lidmaatschappen = [];
  const leden = organisaties.map(() => []);
  const thuis = new Int32Array(aantalPersonen);
  for (let p = 0; p < aantalPersonen; p++) {
    personen.push({ id: `p${p}`, naam: `Persoon ${p}`, email: `p${p}@example.org`, telefoon: null });
    const o = trekOrg();
    thuis[p] = o;
    leden[o].push(p);
    const org = organisaties[o];
    const rollen = [];
    if (org.netwerk === 'formeel' && r() < 0.03) rollen.push('contactpersoon-radicalisering');
    if (r() < 0.2) rollen.push('eerstelijnswerker');
    if (r() < 0.03) rollen.push('aandachtfunctionaris');
    if (org.netwerk === 'informeel' && r() < 0.1) rollen.push('sleutelfiguur');
    lidmaatschappen.push({
      id: `l${p}`,
      persoonId: `p${p}`,
      organisatieId: org.id,
      functie: null,
      rollen,
      begin: null,
      einde: null,
    });
    if (r() < 0.1) {
      const tweede = kies(partners[o]);
      if (tweede !== o) {
        leden[tweede].push(p);
        lidmaatschappen.push({
          id: `l${p}b`,
          persoonId: `p${p}`,
          organisatieId: organisaties[tweede].id,
          functie: null,
          rollen: [],
          begin: null,
          einde: null,
        });
      }
    }
  }
  if (leden[0].length === 0) leden[0].push(0);
  lidmaatschappen.push({
    id: 'lregie',
    persoonId: 'p0',
    organisatieId: 'gem',
    functie: 'netwerkregisseur',
    rollen: ['netwerkregisseur'],
    begin: null,
    einde: null,
  });

  // Activity: a few people keep many working relations, about one in six keeps none.
  const activiteit = new Float64Array(aantalPersonen);
  let totaal = 0;
  for (let p = 0; p < aantalPersonen; p++) {
    activiteit[p] = r() < 0.16 ? 0 : 1 / (r() + 0.05);
    totaal += activiteit[p];
  }
  const relaties = [];
  for (let p = 0; p < aantalPersonen; p++) {
    const aantal = Math.round((activiteit[p] / totaal) * aantalPersonen * 8.2);
    for (let k = 0; k < aantal; k++) {
      const o = thuis[p];
      const x = r();
      let kring;
      const open = openheid[o];
      if (x >= open) kring = leden[o];
      else if (x < open * 0.92) kring = leden[kies(partners[o])];
      else kring = leden[Math.floor(r() * organisaties.length)];
      if (kring.length === 0) continue;
      const q = kies(kring);
      if (q !== p)
        relaties.push({ id: `r${p}-${k}`, entiteit: 'persoon', van: `p${p}`, naar: `p${q}`, soort: 'samenwerking' });
    }
  }
  organisaties.forEach((o, i) => {
    for (let k = 0; k < 2; k++) {
      const j = kies(partners[i]);
      if (j !== i)
        relaties.push({
          id: `ro${i}-${k}`,
          entiteit: 'organisatie',
          van: o.id,
          naar: organisaties[j].id,
          soort: 'convenant',
        });
    }
  });

  const overleggen = [];
  const deelnames = [];
  for (let v = 0; v < aantalOverleggen; v++) {
    overleggen.push({ id: `v${v}`, naam: `Overleg ${v}`, soort: null });
    const zetels = 5 + Math.floor(r() * 20);
    const gezien = new Set();
    for (let k = 0; k < zetels; k++) {
      const o = Math.floor(r() * organisaties.length);
      if (gezien.has(o)) continue;
      gezien.add(o);
      deelnames.push({ id: `dz${v}-${k}`, overlegId: `v${v}`, organisatieId: organisaties[o].id, persoonId: null });
    }
  }
  for (let p = 0; p < aantalPersonen; p++) {
    if (r() >= 0.03) continue;
    const aantal = 1 + Math.floor(r() * 3);
    for (let k = 0; k < aantal; k++) {
      deelnames.push({
        id: `dp${p}-${k}`,
        overlegId: `v${Math.floor(r() * aantalOverleggen)}`,
        organisatieId: null,
        persoonId: `p${p}`,
      });
    }
  }

  const contactmomenten = [];
  organisaties.forEach((o, i) => {
    if (o.domein === 'gemeente') return;
    const aantal = Math.floor(r() * 5);
    const alleenSignaal = r() < 0.15;
    for (let k = 0; k < aantal; k++) {
      contactmomenten.push({
        id: `c${i}-${k}`,
        organisatieId: o.id,
        persoonId: null,
        datum: iso(Math.floor(r() * 400)),
        kanaal: kies(['bezoek', 'telefoon', 'email', 'bijeenkomst']),
        aanleiding: alleenSignaal || r() < 0.2 ? 'signaal' : 'regulier',
        initiatief: r() < 0.7 ? 'gemeente' : 'partner',
      });
    }
  });

  const trainingen = [];
  for (const l of lidmaatschappen) {
    if (l.rollen.some((x) => x === 'eerstelijnswerker' || x === 'aandachtfunctionaris') && r() < 0.6) {
      trainingen.push({
        id: `t${l.id}`,
        persoonId: l.persoonId,
        soort: 'basistraining',
        datum: iso(30 + Math.floor(r() * 900)),
      });
    }
  }

  return {
    gemeente,
    peildatum: '2026-03-01',
    organisaties,
    personen,
    lidmaatschappen,
    overleggen,
    deelnames,
    relaties,
    contactmomenten,
    trainingen,
  };
}
