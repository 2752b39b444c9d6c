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
/** What an entry file exports from modules or folders whose name starts with `_` ("file: name from module"). */
export function internalExports(pad: string): string[];
export function checkInternalModules(
  map: URL,
  vitest: {
    describe: (naam: string, fn: () => void) => void;
    it: (naam: string, fn: () => void) => void;
    expect: (waarde: unknown) => { toEqual: (verwacht: unknown) => void };
  },
): void;
