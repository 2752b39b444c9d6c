/** A Dutch number as people dial it: +31612345678 -> 06 12345678, +31361234567 -> 0361234567. */
export function telefoonNl(e164: string): string {
  if (!e164.startsWith('+31')) return e164;
  const rest = e164.slice(3);
  return rest.startsWith('6') ? `06 ${rest.slice(1)}` : `0${rest}`;
}
