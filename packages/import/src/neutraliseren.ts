/**
 * Spreadsheet formula injection (IMPORT.md, export): in CSV a value starting with `=`, `@`, tab or
 * CR, or with `+` or `-` followed by anything but a plain number, gets a leading `'`; the importer
 * strips it again. So `+31612345678` and `-5` stay as they are.
 */

const PLAIN_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;

export function neutraliseer(waarde: string): string {
  const eerste = waarde.charAt(0);
  if (eerste === '=' || eerste === '@' || eerste === '\t' || eerste === '\r') return `'${waarde}`;
  if ((eerste === '+' || eerste === '-') && !PLAIN_NUMBER.test(waarde)) return `'${waarde}`;
  return waarde;
}

/** Undoes `neutraliseer`: strips a leading `'` only when the rest starts with `=` `+` `-` `@`, tab or CR. */
export function ontneutraliseer(waarde: string): string {
  if (waarde.charAt(0) !== "'") return waarde;
  const tweede = waarde.charAt(1);
  return tweede === '=' || tweede === '+' || tweede === '-' || tweede === '@' || tweede === '\t' || tweede === '\r'
    ? waarde.slice(1)
    : waarde;
}
