/** A node or edge attribute as a scalar for GEXF/GraphML: lists joined with `, `, empty values and lists left out. */
export function scalair(waarde: unknown): string | number | boolean | undefined {
  if (waarde === null || waarde === undefined) return undefined;
  if (Array.isArray(waarde)) return waarde.length > 0 ? waarde.join(', ') : undefined;
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? waarde : undefined;
  if (typeof waarde === 'string' || typeof waarde === 'boolean') return waarde;
  return JSON.stringify(waarde);
}

/** Attributes as scalars, without the ones an exporter writes in its own place. */
export function scalairen(
  attributen: Record<string, unknown>,
  zonder: readonly string[],
): Record<string, string | number | boolean> {
  const uit: Record<string, string | number | boolean> = {};
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (zonder.includes(naam)) continue;
    const s = scalair(waarde);
    if (s !== undefined) uit[naam] = s;
  }
  return uit;
}
