import { TelefoonSchema } from '@netwerkregie/domain';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import type { Cel } from '../types.js';
import { snelTelefoon } from './_telefoonsnel.js';
import { nederlandsNummer, telefoontekst } from './_telefoonvormen.js';
import { celAlsTekst } from './tekst.js';
import { normaliseerTelefoon, volledigE164 } from './telefoon.js';

/** The normaliser as it was before the fast path: libphonenumber for every cell. */
function zoalsVoorheen(cel: Cel) {
  const tekst = celAlsTekst(cel).trim();
  const ongeldig = { ok: false, code: 'telefoon.ongeldig', melding: `Het telefoonnummer "${tekst}" is ongeldig.` };
  if (typeof cel === 'number' && !Number.isInteger(cel)) return ongeldig;
  const nummer = parsePhoneNumberFromString(tekst.replace(/^tel:/i, ''), 'NL');
  if (!nummer?.isValid()) return ongeldig;
  const e164 = TelefoonSchema.safeParse(nummer.number);
  return e164.success ? { ok: true, waarde: e164.data } : ongeldig;
}

describe('the fast path for Dutch phone numbers', () => {
  it('answers as libphonenumber-js/max does, or leaves the number to it (300,000 generated texts)', () => {
    // A plain loop over a sample: fc.assert with an expect per case costs more than the comparison.
    const seed = Date.now() % 2 ** 31;
    const oneens: [string, string | null, string | null][] = [];
    for (const tekst of fc.sample(telefoontekst, { numRuns: 300_000, seed })) {
      const snel = snelTelefoon(tekst);
      if (snel === undefined) continue;
      const volledig = volledigE164(tekst);
      if (snel !== volledig && oneens.length < 10) oneens.push([tekst, snel, volledig]);
    }
    expect({ seed, oneens }).toEqual({ seed, oneens: [] });
  }, 180_000);

  it('takes nearly every Dutch number as people write it', () => {
    const teksten = fc.sample(nederlandsNummer, { numRuns: 20_000, seed: 18 });
    const snel = teksten.filter((tekst) => snelTelefoon(tekst) !== undefined).length;
    // Left over: only digits starting with 31 or 00 without +, which may name a country code.
    expect(snel / teksten.length).toBeGreaterThan(0.97);
    expect(snelTelefoon('06-12345678')).toBe('+31612345678');
    expect(snelTelefoon('+31 (0)6 1234 5678')).toBe('+31612345678');
    expect(snelTelefoon('0031 36 123 4567')).toBe('+31361234567');
    expect(snelTelefoon('(020) 123 45 67')).toBe('+31201234567');
    expect(snelTelefoon('0800-1234')).toBe('+318001234');
    expect(snelTelefoon('14 036')).toBe('+3114036');
    expect(snelTelefoon('06 1234567')).toBeNull();
    expect(snelTelefoon('+32 470 12 34 56')).toBeUndefined();
    expect(snelTelefoon('31612345678')).toBeUndefined();
    expect(snelTelefoon('06 12345678 x12')).toBeUndefined();
  });

  it('leaves normaliseerTelefoon answering as before, for text and number cells (20,000 cells)', () => {
    const cel: fc.Arbitrary<Cel> = fc.oneof(
      { weight: 6, arbitrary: telefoontekst },
      { weight: 1, arbitrary: telefoontekst.map((tekst) => `tel:${tekst}`) },
      { weight: 1, arbitrary: telefoontekst.map((tekst) => ` ${tekst}\u00A0`) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 99_999_999_999 }) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
    );
    fc.assert(
      fc.property(cel, (waarde) => {
        expect([waarde, normaliseerTelefoon(waarde)]).toEqual([waarde, zoalsVoorheen(waarde)]);
      }),
      { numRuns: 20_000 },
    );
  }, 180_000);
});
