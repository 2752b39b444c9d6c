/**
 * Benchmark of @netwerkregie/analysis on generated networks of 10,000 and 100,000 persons.
 *
 *   cd packages/analysis && npx tsup && cd ../.. && node bench/analyse.mjs
 *
 * Options: --groottes 10000,100000 (sizes), --zonder-python (skip NetworkX/igraph),
 * --rapport <n> (internal: one full report in this process, prints JSON).
 * Prints Markdown for docs/BENCHMARKS.md ("## Analyse") and writes bench/out/analyse.json.
 * Times are wall clock and CPU time of this process (CPU time is the steadier figure when the
 * machine is shared); RSS is the process's peak so far (getrusage maxRSS).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import louvainModule from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import {
  analyse,
  articulationPoints,
  betweenness,
  buildAnnotatedGraph,
  buildWerklijst,
  communities,
  computeIndicatoren,
  createContext,
  DEFAULT_PIVOTS,
  EXACT_UP_TO,
  exportGexf,
  exportGraphml,
  renderMarkdown,
  renderXlsx,
} from '../packages/analysis/dist/index.js';
import { GEMEENTEN } from '../packages/domain/dist/index.js';
import { genereerMomentopname } from './analyse-generator.mjs';

const hier = dirname(fileURLToPath(import.meta.url));
const uitmap = join(hier, 'out');
const louvain = louvainModule.default ?? louvainModule;
const gmBetweenness = betweennessModule.default ?? betweennessModule;
const argumenten = process.argv.slice(2);
const optie = (naam) => {
  const i = argumenten.indexOf(naam);
  return i >= 0 ? argumenten[i + 1] : undefined;
};

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

const piekMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function meet(f) {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const uitkomst = await f();
  const c = process.cpuUsage(c0);
  return { uitkomst, wand: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6, piek: piekMB() };
}

/** One full report (analyse + Markdown + XLSX) on a fresh snapshot: the "under 60 s and 2 GB" goal. */
async function volledigRapport(n) {
  const m = genereerMomentopname(n, { gemeente: GEMEENTEN.almere });
  const voor = piekMB();
  const r = await meet(async () => {
    const rapport = analyse(m);
    const md = renderMarkdown(rapport);
    const xlsx = await renderXlsx(rapport);
    return { md: md.length, xlsx: xlsx.length, json: JSON.stringify(rapport).length };
  });
  console.log(JSON.stringify({ n, wand: r.wand, cpu: r.cpu, piek: r.piek, piekNaGenereren: voor, ...r.uitkomst }));
}

function topSet(waarden, k) {
  return new Set(
    Object.entries(waarden)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([key]) => key),
  );
}

/** precision@100 of the top-100 set; mean relative error over the exact top 100; sum |error| / sum exact. */
function fout(schatting, exact) {
  const top = topSet(exact, 100);
  const geschat = topSet(schatting, 100);
  let raak = 0;
  for (const k of geschat) if (top.has(k)) raak++;
  let rel = 0;
  for (const k of top) rel += Math.abs(schatting[k] - exact[k]) / exact[k];
  let afwijking = 0;
  let som = 0;
  for (const [k, v] of Object.entries(exact)) {
    afwijking += Math.abs(schatting[k] - v);
    som += v;
  }
  return { precisionAt100: raak / 100, mreTop100: rel / top.size, gewogenFout: afwijking / som };
}

function schrijfKanten(ctx, pad) {
  const { order, offsets, targets } = ctx.csr;
  const regels = [];
  for (let v = 0; v < order; v++) {
    for (let a = offsets[v]; a < offsets[v + 1]; a++) if (v < targets[a]) regels.push(`${v} ${targets[a]}`);
  }
  writeFileSync(pad, `${order} ${regels.length}\n${regels.join('\n')}\n`);
}

async function grootte(n, metPython) {
  const uit = { n, fasen: [] };
  const fase = async (naam, f) => {
    const r = await meet(f);
    uit.fasen.push({ naam, wand: r.wand, cpu: r.cpu, piek: r.piek });
    return r.uitkomst;
  };
  const m = await fase('genereren (geen deel van de analyse)', () =>
    genereerMomentopname(n, { gemeente: GEMEENTEN.almere }),
  );
  const ctx = await fase('register + graaf (buildGraph)', () => createContext(m));
  uit.knopen = ctx.graaf.order;
  uit.kanten = ctx.graaf.size;
  await fase('CSR (typed arrays)', () => ctx.csr);
  const c = await fase(
    `betweenness + closeness (${ctx.graaf.order <= EXACT_UP_TO ? 'exact' : `steekproef ${DEFAULT_PIVOTS}`})`,
    () => ctx.centraliteit,
  );
  uit.centraliteit = { methode: c.method, pivots: c.pivots };

  // Louvain: the raw graphology call and our wrapper `communities()`, same graph and seed, alternating, best of three.
  const ruw = [];
  const onsAlleen = [];
  for (let i = 0; i < 3; i++) {
    ruw.push(await meet(() => louvain.detailed(ctx.graaf, { rng: rng(1), getEdgeWeight: 'gewicht' })));
    onsAlleen.push(await meet(() => communities(ctx.graaf, { seed: 1 })));
  }
  const best = (lijst) => lijst.reduce((a, b) => (a.cpu < b.cpu ? a : b));
  uit.louvain = {
    ruwCpu: best(ruw).cpu,
    ruwWand: best(ruw).wand,
    onsCpu: best(onsAlleen).cpu,
    onsWand: best(onsAlleen).wand,
    modularity: best(onsAlleen).uitkomst.modularity,
    ruwModularity: best(ruw).uitkomst.modularity,
    aantal: best(onsAlleen).uitkomst.count,
  };
  await fase('Louvain (communities)', () => ctx.gemeenschappen);
  await fase('componenten (CSR)', () => ctx.componenten);
  uit.graphologyComponenten = (await meet(() => connectedComponents(ctx.graaf))).cpu;
  await fase('knippersonen (Tarjan, personennetwerk)', () => ctx.knippersonen);
  const ap = await meet(() => articulationPoints(ctx.graaf));
  // Best of three, as for NetworkX and igraph: single runs of a few milliseconds are mostly JIT and GC noise.
  const apCsr = [];
  for (let i = 0; i < 3; i++) apCsr.push(await meet(() => articulationPoints(ctx.graaf, { csr: ctx.csr })));
  uit.articulatiepunten = {
    aantal: ap.uitkomst.length,
    cpu: ap.cpu,
    wand: ap.wand,
    cpuOpCsr: Math.min(...apCsr.map((x) => x.cpu)),
  };
  const indicatoren = await fase('indicatoren (10)', () => computeIndicatoren(ctx));
  uit.indicatoren = indicatoren.map((i) => ({
    id: i.id,
    waarde: i.waarde,
    status: i.status,
    betreft: i.betreft.length,
  }));
  await fase('werklijst', () => buildWerklijst(ctx));
  const rapport = await fase('analyse(ctx): rapport uit gedeelde berekeningen', () => analyse(ctx));
  await fase('renderMarkdown', () => renderMarkdown(rapport));
  await fase('renderXlsx', () => renderXlsx(rapport));
  if (n <= 10_000) {
    const graaf = await fase('buildAnnotatedGraph', () => buildAnnotatedGraph(ctx));
    await fase('exportGexf', () => exportGexf(graaf));
    await fase('exportGraphml', () => exportGraphml(graaf));
  }

  if (n <= 10_000) {
    const exact = await meet(() => betweenness(ctx.graaf, { exactUpTo: Number.POSITIVE_INFINITY }));
    uit.exact = { cpu: exact.cpu, wand: exact.wand };
    const gm = await meet(() => gmBetweenness(ctx.graaf, { getEdgeWeight: null }));
    uit.graphologyMetrics = { cpu: gm.cpu, wand: gm.wand };
    let maxVerschil = 0;
    for (const [k, v] of Object.entries(exact.uitkomst))
      maxVerschil = Math.max(maxVerschil, Math.abs(v - gm.uitkomst[k]));
    uit.graphologyMetrics.maxVerschil = maxVerschil;
    uit.steekproef = [];
    const varianten = [
      ...[128, 256, 512, 768].map((pivots) => ({ pivots, seeds: [1], scaling: 'linear' })),
      { pivots: DEFAULT_PIVOTS, seeds: [1, 2, 3, 4, 5], scaling: 'linear' },
      { pivots: DEFAULT_PIVOTS, seeds: [1, 2, 3], scaling: 'uniform' },
      { pivots: 1024, seeds: [1, 2, 3], scaling: 'uniform' },
    ];
    for (const { pivots, seeds, scaling } of varianten) {
      const metingen = [];
      for (const seed of seeds) {
        const s = await meet(() => betweenness(ctx.graaf, { exactUpTo: 0, pivots, seed, scaling }));
        metingen.push({ cpu: s.cpu, ...fout(s.uitkomst, exact.uitkomst) });
      }
      const gem = (veld) => metingen.reduce((a, b) => a + b[veld], 0) / metingen.length;
      const p = metingen.map((x) => x.precisionAt100);
      uit.steekproef.push({
        pivots,
        scaling,
        seeds: seeds.length,
        cpu: gem('cpu'),
        precisionAt100: gem('precisionAt100'),
        precisionMin: Math.min(...p),
        precisionMax: Math.max(...p),
        mreTop100: gem('mreTop100'),
        gewogenFout: gem('gewogenFout'),
      });
    }
    uit.exactWaarden = ctx.csr.keys.map((k) => exact.uitkomst[k]);
  } else {
    const s = await meet(() => betweenness(ctx.graaf, { exactUpTo: 0, pivots: DEFAULT_PIVOTS, seed: 1 }));
    uit.steekproef100k = { pivots: DEFAULT_PIVOTS, cpu: s.cpu, wand: s.wand };
  }

  if (metPython) {
    mkdirSync(uitmap, { recursive: true });
    const pad = join(uitmap, `analyse-${n}.edges`);
    schrijfKanten(ctx, pad);
    const args = [join(hier, 'analyse-vergelijk.py'), pad, '--k', n <= 10_000 ? '200' : '20'];
    if (n <= 10_000) args.push('--exact', '--louvain-networkx');
    const py = JSON.parse(execFileSync('/usr/bin/python3', args, { encoding: 'utf8', maxBuffer: 1 << 28 }));
    if (py.igraph_betweenness_genormaliseerd) {
      let maxVerschil = 0;
      py.igraph_betweenness_genormaliseerd.forEach((w, i) => {
        maxVerschil = Math.max(maxVerschil, Math.abs(w - uit.exactWaarden[i]));
      });
      py.igraph_max_verschil_met_ons = maxVerschil;
      delete py.igraph_betweenness_genormaliseerd;
    }
    uit.python = py;
  }
  delete uit.exactWaarden;

  const kind = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--rapport', String(n)], { encoding: 'utf8' }),
  );
  uit.volledigRapport = kind;
  return uit;
}

const s = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

function markdown(resultaten, start) {
  const r = [];
  r.push(
    `Gemeten op ${new Date(start).toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}.`,
    '',
  );
  for (const u of resultaten) {
    r.push(
      `### ${u.n.toLocaleString('en')} personen (${u.knopen.toLocaleString('en')} knopen, ${u.kanten.toLocaleString('en')} kanten)`,
      '',
    );
    r.push('| fase | wand (s) | CPU (s) | piek-RSS (MB) |', '| --- | ---: | ---: | ---: |');
    for (const f of u.fasen) r.push(`| ${f.naam} | ${s(f.wand)} | ${s(f.cpu)} | ${f.piek} |`);
    r.push('');
    const l = u.louvain;
    r.push(
      `- Louvain: ruwe graphology-aanroep ${s(l.ruwCpu)} s CPU, via \`communities()\` ${s(l.onsCpu)} s CPU: ${(l.onsCpu / l.ruwCpu).toFixed(2)}x (doel ≤ 1.3x); modularity ${l.modularity.toFixed(4)} (${l.aantal} gemeenschappen).`,
    );
    r.push(
      `- Componenten: eigen BFS over CSR vs graphology-components \`connectedComponents\`: ${s(u.graphologyComponenten)} s CPU.`,
    );
    r.push(
      `- Articulatiepunten op de hele graaf: ${s(u.articulatiepunten.cpuOpCsr)} s CPU op de al gebouwde CSR (zoals \`analyse\` ze gebruikt), ${s(u.articulatiepunten.cpu)} s inclusief omzetting uit graphology; ${u.articulatiepunten.aantal} punten.`,
    );
    if (u.exact) {
      r.push(
        `- Exacte betweenness (eigen Brandes, Float64 sigma): ${s(u.exact.cpu)} s CPU (${s(u.exact.wand)} s wand); graphology-metrics (\`getEdgeWeight: null\`): ${s(u.graphologyMetrics.cpu)} s CPU: eigen ${(u.graphologyMetrics.cpu / u.exact.cpu).toFixed(1)}x sneller; grootste verschil ${u.graphologyMetrics.maxVerschil.toExponential(1)}.`,
      );
      r.push(
        '',
        '| pivots | schaling | seeds | CPU (s) | precision@100 (min-max) | gem. rel. fout top-100 | Σ\\|fout\\| / Σ exact |',
        '| ---: | --- | ---: | ---: | --- | ---: | ---: |',
      );
      for (const t of u.steekproef) {
        const bereik = t.seeds > 1 ? ` (${t.precisionMin.toFixed(2)}-${t.precisionMax.toFixed(2)})` : '';
        r.push(
          `| ${t.pivots} | ${t.scaling} | ${t.seeds} | ${s(t.cpu)} | ${t.precisionAt100.toFixed(3)}${bereik} | ${(t.mreTop100 * 100).toFixed(1)}% | ${(t.gewogenFout * 100).toFixed(1)}% |`,
        );
      }
      r.push('');
    }
    if (u.steekproef100k)
      r.push(
        `- Steekproef-betweenness (${u.steekproef100k.pivots} pivots): ${s(u.steekproef100k.cpu)} s CPU, ${s(u.steekproef100k.wand)} s wand (doel < 10 s).`,
      );
    if (u.python) {
      const p = u.python;
      r.push(
        `- NetworkX ${p.networkx} (/usr/bin/python3): betweenness op ${p.networkx_betweenness_k} bronnen ${s(p.networkx_betweenness_k_s)} s, lineair geëxtrapoleerd naar exact ${s(p.networkx_betweenness_exact_geextrapoleerd_s)} s; articulatiepunten ${s(p.networkx_articulatiepunten_s)} s (${p.networkx_articulatiepunten} punten).`,
      );
      if (p.networkx_louvain_s)
        r.push(
          `- NetworkX Louvain ${s(p.networkx_louvain_s)} s (modularity ${p.networkx_louvain_modularity.toFixed(4)}).`,
        );
      if (p.igraph_betweenness_exact_s)
        r.push(
          `- igraph ${p.igraph} exacte betweenness ${s(p.igraph_betweenness_exact_s)} s; grootste verschil met de onze ${p.igraph_max_verschil_met_ons.toExponential(1)}.`,
        );
      r.push(
        `- igraph articulatiepunten ${s(p.igraph_articulatiepunten_s)} s (${p.igraph_articulatiepunten}); igraph multilevel (Louvain) ${s(p.igraph_louvain_s)} s (modularity ${p.igraph_louvain_modularity.toFixed(4)}).`,
      );
      if (u.exact) {
        r.push(
          `- Verhoudingen exacte betweenness: NetworkX (geëxtrapoleerd) / eigen = ${(p.networkx_betweenness_exact_geextrapoleerd_s / u.exact.cpu).toFixed(1)}x (doel ≥ 20x); eigen / igraph = ${(u.exact.cpu / p.igraph_betweenness_exact_s).toFixed(2)}x (doel ≤ 3x).`,
        );
      }
      r.push(
        `- Articulatiepunten: NetworkX / eigen = ${(p.networkx_articulatiepunten_s / u.articulatiepunten.cpuOpCsr).toFixed(1)}x, gebouwde graaf tegen gebouwde graaf (doel ≥ 5x); ${(p.networkx_articulatiepunten_s / u.articulatiepunten.cpu).toFixed(1)}x als de omzetting uit graphology meetelt.`,
      );
    }
    const v = u.volledigRapport;
    r.push(
      `- Volledig rapport in een vers proces (\`analyse\` + Markdown + XLSX): ${s(v.wand)} s wand, ${s(v.cpu)} s CPU, piek-RSS ${v.piek} MB (waarvan ${v.piekNaGenereren} MB na het genereren van de momentopname).`,
    );
    r.push('');
  }
  return r.join('\n');
}

if (optie('--rapport')) {
  await volledigRapport(Number(optie('--rapport')));
} else {
  const start = Date.now();
  const exactKosten = [];
  if (!argumenten.includes('--zonder-exact-reeks')) {
    for (const n of [1_000, 2_500, 5_000]) {
      const ctx = createContext(genereerMomentopname(n, { gemeente: GEMEENTEN.almere }));
      const e = await meet(() => betweenness(ctx.graaf, { exactUpTo: Number.POSITIVE_INFINITY }));
      exactKosten.push({ n, knopen: ctx.graaf.order, kanten: ctx.graaf.size, cpu: e.cpu, wand: e.wand });
    }
  }
  const groottes = (optie('--groottes') ?? '10000,100000').split(',').map(Number);
  const metPython = !argumenten.includes('--zonder-python');
  const resultaten = [];
  for (const n of groottes) resultaten.push(await grootte(n, metPython));
  mkdirSync(uitmap, { recursive: true });
  writeFileSync(join(uitmap, 'analyse.json'), JSON.stringify({ exactKosten, resultaten }, null, 1));
  console.log(markdown(resultaten, start));
  if (exactKosten.length > 0) {
    console.log('Exacte betweenness (eigen Brandes) per grootte, voor `EXACT_UP_TO`:', '');
    console.log('| personen | knopen | kanten | CPU (s) | wand (s) |\n| ---: | ---: | ---: | ---: | ---: |');
    for (const e of exactKosten) console.log(`| ${e.n} | ${e.knopen} | ${e.kanten} | ${s(e.cpu)} | ${s(e.wand)} |`);
    console.log('');
  }
  console.log(`Totale duur: ${s((Date.now() - start) / 1000)} s.`);
}
