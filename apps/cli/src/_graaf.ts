import { writeFile } from 'node:fs/promises';
import type { Momentopname } from '@netwerkregie/domain';
import { buildGraph, graafGexf, graafGraphml } from '@netwerkregie/analysis';

/** Writes the network for Gephi, with domain, network and metrics as node attributes. */
export async function schrijfGraaf(m: Momentopname, formaat: 'gexf' | 'graphml', uit: string): Promise<void> {
  const graaf = buildGraph(m);
  await writeFile(uit, formaat === 'gexf' ? graafGexf(graaf) : graafGraphml(graaf));
}
