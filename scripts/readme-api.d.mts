export interface Namen {
  /** Runtime names: functions, classes, constants. */
  waarden: string[];
  /** Type names: interfaces, type aliases, type-only exports. */
  typen: string[];
}
export function apiUitReadme(tekst: string): Namen;
export function exportsVanBron(pad: string): Namen;
export function verschil(a: readonly string[], b: readonly string[]): string[];
export function controleerReadme(
  pakket: Record<string, unknown>,
  map: URL,
  vitest: {
    describe: (naam: string, fn: () => void) => void;
    it: (naam: string, fn: () => void) => void;
    expect: (waarde: unknown) => { toEqual(verwacht: unknown): void };
  },
): void;
