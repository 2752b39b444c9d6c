const DAG = 86_400_000;

function utc(datum: string): number {
  return Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10)));
}

/** Whole days from `van` to `tot` (ISO dates); negative when `tot` is earlier. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((utc(tot) - utc(van)) / DAG);
}

/** An ISO date as Dutch `dd-mm-jjjj`: `2016-02-03` becomes `03-02-2016`. */
export function nlDatum(datum: string): string {
  return `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`;
}

/** The same day `maanden` months earlier (the month's last day when it has fewer days): `2025-03-31`, 1 -> `2025-02-28`. */
export function maandenTerug(datum: string, maanden: number): string {
  const [jaar, maand, dag] = datum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(jaar, maand - 1 - maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatsteDag));
  return doel.toISOString().slice(0, 10);
}
