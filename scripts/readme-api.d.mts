export interface Namen {
  /** Runtime names: functions, classes, constants. */
  waarden: string[];
  /** Type names: interfaces, type aliases, type-only exports. */
  typen: string[];
}
export function apiUitReadme(tekst: string): Namen;
export function exportsVanBron(pad: string): Namen;
export function verschil(a: readonly string[], b: readonly string[]): string[];
