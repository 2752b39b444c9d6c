import { Metadata } from 'libphonenumber-js/max';

/**
 * A cheap exact path for the common ways a Dutch number is written (`06-12345678`, `036 123 4567`,
 * `(020) 123 45 67`, `+31 (0)6 1234 5678`, `0031 6 ...`, `0800 ...`, `14 036`, a number cell
 * `612345678`). It answers as `parsePhoneNumberFromString(tekst, 'NL')` with `isValid()` of
 * libphonenumber-js/max would, without that function's per-call costs (a metadata object and
 * a fresh regular expression per step). What it is not sure of, it leaves to libphonenumber.
 *
 * Why the answers are the same, for text of only ASCII digits, spaces, `-`, `.`, `/`, `(`, `)` and
 * at most a leading `+`, with at least three digits: libphonenumber then finds no extension, no
 * RFC 3966 parts and nothing to cut off, so it sees exactly these digits (and the `+`). Then:
 * - `+31` + rest, or `0031` + rest (the IDD prefix 00): the national number is the rest;
 * - any other text without `+` that does not start with `00` or `31` (`31...` may be read as a
 *   country code without `+`): the national number is the digits;
 * - a national number `0` + N drops its national prefix as `extractNationalNumber` does: not when
 *   the number with the 0 matches NL's national pattern and N does not, nor when N is too short or
 *   of a length between NL's possible lengths that none has.
 * The number is valid when the national number has 2 to 17 digits and matches NL's national
 * pattern and one of its types' patterns with that type's lengths (`getNumberType`); the answer
 * is then `+31` + that number. Everything else (other countries, `+0`, `00` + other, `31...`,
 * other characters, fewer than three digits) goes to libphonenumber.
 *
 * These premises are checked against the metadata when the module loads; if a future metadata
 * breaks one, the fast path switches itself off and every number takes the full path.
 */

/** `undefined`: not for the fast path; `null`: invalid; otherwise the E.164 form. */
export type SnelAntwoord = string | null | undefined;

interface Type {
  patroon: RegExp;
  lengtes: readonly number[];
}

interface Plan {
  nationaal: RegExp;
  typen: Type[];
  /** NL's possible lengths of a national number, ascending. */
  lengtes: readonly number[];
}

/** The type names of `getNumberType`, FIXED_LINE first; validity is "any of them matches". */
const TYPEN = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

/** The untyped part of libphonenumber's `Metadata` we read (documented in its source, not its types). */
interface NummerplanJs {
  callingCode(): string;
  IDDPrefix(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const PLAN = leesPlan();

function leesPlan(): Plan | null {
  try {
    const metadata = new Metadata();
    metadata.selectNumberingPlan('NL');
    const plan = metadata.numberingPlan as unknown as NummerplanJs;
    const lengtes = plan.possibleLengths();
    const landen = metadata as unknown as {
      getCountryCodesForCallingCode(code: string): string[] | undefined;
      hasCallingCode(code: string): boolean;
    };
    const nationaal = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
    const premissen =
      plan.callingCode() === '31' &&
      plan.IDDPrefix() === '00' &&
      plan.nationalPrefix() === '0' &&
      plan.nationalPrefixForParsing() === '0' &&
      !plan.nationalPrefixTransformRule() &&
      landen.getCountryCodesForCallingCode('31')?.join() === 'NL' &&
      // `+3...` reads the country code 31, not 3.
      !landen.hasCallingCode('3') &&
      lengtes !== undefined &&
      lengtes.length > 0 &&
      lengtes.every((lengte, i) => i === 0 || lengte > lengtes[i - 1]!);
    if (!premissen) return null;
    const typen: Type[] = [];
    for (const naam of TYPEN) {
      const type = plan.type(naam);
      const patroon = type?.pattern();
      if (!type || !patroon) continue;
      typen.push({ patroon: new RegExp(`^(?:${patroon})$`), lengtes: type.possibleLengths() ?? lengtes });
    }
    return typen.length > 0 ? { nationaal, typen, lengtes } : null;
  } catch {
    return null;
  }
}

const NUL = 48;
const NEGEN = 57;

/**
 * The fast answer for a phone text (already trimmed, `tel:` removed), or `undefined` when
 * libphonenumber has to decide.
 */
export function snelTelefoon(tekst: string): SnelAntwoord {
  if (PLAN === null) return undefined;
  const lengte = tekst.length;
  if (lengte === 0 || lengte > 250) return undefined;
  let cijfers = '';
  let begin = 0;
  const plus = tekst.charCodeAt(0) === 43;
  if (plus) begin = 1;
  for (let i = begin; i < lengte; i++) {
    const c = tekst.charCodeAt(i);
    if (c >= NUL && c <= NEGEN) cijfers += tekst[i];
    else if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 40 && c !== 41) return undefined;
  }
  if (cijfers.length < 3) return undefined;
  let nationaal: string;
  if (plus) {
    if (!cijfers.startsWith('31')) return undefined;
    nationaal = cijfers.slice(2);
  } else if (cijfers.startsWith('0031')) {
    nationaal = cijfers.slice(4);
  } else if (cijfers.startsWith('00') || cijfers.startsWith('31')) {
    return undefined;
  } else {
    nationaal = cijfers;
  }
  if (nationaal.charCodeAt(0) === NUL) nationaal = zonderNationaalPrefix(nationaal, PLAN);
  return nationaal.length >= 2 && nationaal.length <= 17 && isGeldig(nationaal, PLAN) ? `+31${nationaal}` : null;
}

/** `extractNationalNumber` for a number that starts with the national prefix 0. */
function zonderNationaalPrefix(nummer: string, plan: Plan): string {
  const zonder = nummer.slice(1);
  if (plan.nationaal.test(nummer) && !plan.nationaal.test(zonder)) return nummer;
  const { lengtes } = plan;
  const lengte = zonder.length;
  if (lengte < lengtes[0]!) return nummer;
  if (lengte <= lengtes[lengtes.length - 1]! && !lengtes.includes(lengte)) return nummer;
  return zonder;
}

function isGeldig(nummer: string, plan: Plan): boolean {
  if (!plan.nationaal.test(nummer)) return false;
  for (const type of plan.typen) {
    if (type.lengtes.includes(nummer.length) && type.patroon.test(nummer)) return true;
  }
  return false;
}
