/** A key's expiry date: an ISO date; from that day on the key no longer works. */
export function standaardVerloopdatum(vanaf: Date = new Date()): string {
  const d = new Date(vanaf.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** True when the key has expired on `vandaag` (an ISO date or date-time, UTC). */
export function isVerlopen(verloopt: string | null, vandaag: string = new Date().toISOString()): boolean {
  return verloopt !== null && vandaag.slice(0, 10) >= verloopt;
}
