import type { Graaf } from '../types.js';
import type { NodeMapping } from './_mapping.js';

export interface DegreeOptions {
  /** Divide by n-1 (graphology-metrics' degree centrality); default false: the plain count of ties. */
  normalized?: boolean;
  /** Attribute written by `degree.assign` (default `degree`). */
  attribute?: string;
}

function value(graph: Graaf, node: string, options: DegreeOptions): number {
  const d = graph.degreeWithoutSelfLoops(node);
  return options.normalized ? (graph.order > 1 ? d / (graph.order - 1) : 0) : d;
}

/** Degree of every node: its number of ties (self-loops excluded). */
export function degree(graph: Graaf, options: DegreeOptions = {}): NodeMapping {
  const mapping: NodeMapping = {};
  graph.forEachNode((node) => {
    mapping[node] = value(graph, node, options);
  });
  return mapping;
}

degree.assign = (graph: Graaf, options: DegreeOptions = {}): void => {
  const attribute = options.attribute ?? 'degree';
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, attribute, value(graph, node, options));
  });
};
