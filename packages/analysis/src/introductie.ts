import type { Momentopname } from '@netwerkregie/domain';
import type { z } from 'zod';
import { type AnalyseContext, toContext } from './context.js';
import { shortestPathIndexed } from './metrieken/_bfs.js';
import type { IntroductieSchema } from './schemas.js';

/** A suggestion: `via` can introduce `van` to `naar`, along `pad` (node keys, `van` first). */
export type Introductie = z.infer<typeof IntroductieSchema>;

export type IntroductieUitkomst =
  | { status: 'gevonden'; introductie: Introductie }
  | { status: 'onbekend'; knoop: string }
  | { status: 'geen-pad' };

/** How a node is named in a suggestion: safety and care organisations get their role. */
export function describe(ctx: AnalyseContext, knoop: string): string {
  const a = ctx.graaf.getNodeAttributes(knoop);
  if (a.soort === 'organisatie' && a.domein === 'veiligheid') return `veiligheidspartner ${a.naam}`;
  if (a.soort === 'organisatie' && a.domein === 'zorg') return `zorgpartner ${a.naam}`;
  return a.naam;
}

/**
 * The introducer on a path, nearest the middle: an intermediate person who is neither end nor
 * works at one; failing that, any intermediate person; failing that (a chain of organisation
 * relations), an intermediate organisation.
 */
export function chooseIntroduceerder(ctx: AnalyseContext, pad: readonly string[]): string | null {
  const [van, naar] = [pad[0]!, pad.at(-1)!];
  const binnen = pad.slice(1, -1).map((k, i) => ({ k, i: i + 1 }));
  const personen = binnen.filter(({ k }) => k.startsWith('persoon:'));
  const worksAt = (persoon: string, org: string) => org.startsWith('organisatie:') && ctx.graaf.hasEdge(persoon, org);
  const buiten = personen.filter(({ k }) => !worksAt(k, van) && !worksAt(k, naar));
  const organisaties = binnen.filter(({ k }) => k.startsWith('organisatie:'));
  const kandidaten = [buiten, personen, organisaties].find((lijst) => lijst.length > 0) ?? [];
  const midden = (pad.length - 1) / 2;
  kandidaten.sort((a, b) => Math.abs(a.i - midden) - Math.abs(b.i - midden) || a.i - b.i);
  return kandidaten[0]?.k ?? null;
}

/** An introduction along a found path. */
export function introductieLangs(ctx: AnalyseContext, pad: string[]): Introductie {
  const [van, naar] = [pad[0]!, pad.at(-1)!];
  if (pad.length <= 2) {
    return { van, naar, via: null, pad, tekst: `${ctx.naam(van)} en ${ctx.naam(naar)} kennen elkaar al.` };
  }
  const midden = pad[1]!;
  if (pad.length === 3 && van.startsWith('persoon:') && naar.startsWith('persoon:') && !midden.startsWith('persoon:')) {
    const tekst = `${ctx.naam(van)} en ${ctx.naam(naar)} kennen elkaar al via ${ctx.naam(midden)}.`;
    return { van, naar, via: null, pad, tekst };
  }
  const via = chooseIntroduceerder(ctx, pad);
  const tekst =
    via === null
      ? `De netwerkregisseur kan ${describe(ctx, van)} voorstellen aan ${describe(ctx, naar)}.`
      : `${ctx.naam(via)} kan ${describe(ctx, van)} voorstellen aan ${describe(ctx, naar)}.`;
  return { van, naar, via, pad, tekst };
}

/**
 * The shortest chain of ties (memberships, shared meetings, relations) between two nodes and who
 * can make the introduction: for the API's `introductie?van=&naar=`.
 */
export function findIntroductie(bron: Momentopname | AnalyseContext, van: string, naar: string): IntroductieUitkomst {
  const ctx = toContext(bron);
  for (const knoop of [van, naar]) if (!ctx.graaf.hasNode(knoop)) return { status: 'onbekend', knoop };
  const csr = ctx.csr;
  const pad = shortestPathIndexed(csr, csr.index.get(van)!, csr.index.get(naar)!);
  if (pad === null || van === naar) return { status: 'geen-pad' };
  return {
    status: 'gevonden',
    introductie: introductieLangs(
      ctx,
      pad.map((i) => csr.keys[i]!),
    ),
  };
}
