import { writeFile } from 'node:fs/promises';
import { buildAnnotatedGraph, exportGexf, exportGraphml } from '@netwerkregie/analysis';
import type { Momentopname } from '@netwerkregie/domain';

/** Writes the network for Gephi, with domain, network and metrics as node attributes. */
export async function writeGraaf(m: Momentopname, formaat: 'gexf' | 'graphml', uit: string): Promise<void> {
  const graaf = buildAnnotatedGraph(m);
  await writeFile(uit, formaat === 'gexf' ? exportGexf(graaf) : exportGraphml(graaf));
}
