/**
 * Generated phone texts for comparing the fast path with libphonenumber (the property test and
 * bench/telefoon.mjs): Dutch numbers in every common notation with valid and invalid lengths, every
 * area code and service range, foreign numbers, and junk. Used by tests and the bench only.
 */
import fc from 'fast-check';

/** The Dutch area codes (netnummers) without their 0, two and three digits. */
// biome-ignore format: a table reads better in rows
export const NETNUMMERS = [
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50',
  '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
  '111', '113', '114', '115', '117', '118', '161', '162', '164', '165', '166', '167', '168', '172',
  '174', '180', '181', '182', '183', '184', '186', '187', '222', '223', '224', '226', '227', '228',
  '229', '251', '252', '255', '294', '297', '299', '313', '314', '315', '316', '317', '318', '320',
  '321', '341', '342', '343', '344', '345', '346', '347', '348', '411', '412', '413', '416', '418',
  '475', '478', '481', '485', '486', '487', '488', '492', '493', '495', '497', '499', '511', '512',
  '513', '514', '515', '516', '517', '518', '519', '521', '522', '523', '524', '525', '527', '528',
  '529', '541', '543', '544', '545', '546', '547', '548', '561', '562', '566', '570', '571', '572',
  '573', '575', '577', '578', '591', '592', '593', '594', '595', '596', '597', '598', '599',
];

/** Non-geographic starts: mobile, pager, M2M, free, paid, business, VoIP, UAN, and the short 14 numbers. */
const DIENSTEN = [
  '6',
  '61',
  '62',
  '64',
  '65',
  '66',
  '67',
  '68',
  '69',
  '970',
  '979',
  '800',
  '900',
  '906',
  '909',
  '84',
  '85',
  '87',
  '88',
  '91',
  '140',
  '14',
];

const cijfers = (min: number, max: number) =>
  fc
    .array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), { minLength: min, maxLength: max })
    .map((a) => a.join(''));

/** A national number without its 0: a start, then digits to about the right length (sometimes one or two off). */
const nationaal = fc
  .tuple(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...NETNUMMERS) },
      { weight: 4, arbitrary: fc.constantFrom(...DIENSTEN) },
      { weight: 1, arbitrary: cijfers(1, 3) },
    ),
    fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: -3, max: 3 }) }),
  )
  .chain(([begin, afwijking]) => {
    const doel = Math.max(0, (begin.startsWith('14') ? 5 : 9) - begin.length + afwijking);
    return cijfers(doel, doel).map((rest) => begin + rest);
  });

/** How the front is written: with the 0, without it (a number cell), +31, +31 (0), 0031, (0..). */
const VOORKANTEN = ['0', '0', '0', '', '+31', '+31 ', '+31 (0)', '+31(0)', '+310', '0031 ', '0031', '(0', '+ 31 '];
/** What people put between the groups of digits. */
const SCHEIDERS = ['', ' ', ' ', '-', '-', '.', ' - ', '/', ') ', ' (', '  '];

/** Digits cut into random groups joined by the separators. */
function gegroepeerd(tekst: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...SCHEIDERS)), { maxLength: 6 })
    .map((groepen) => {
      let uit = '';
      let i = 0;
      for (const [lengte, scheider] of groepen) {
        if (i >= tekst.length) break;
        uit += tekst.slice(i, i + lengte) + scheider;
        i += lengte;
      }
      return uit + tekst.slice(i);
    });
}

/** A Dutch number as people write it. */
export const nederlandsNummer: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...VOORKANTEN), nationaal)
  .chain(([voorkant, nummer]) =>
    gegroepeerd(nummer).map((rest) => (voorkant === '(0' ? `(0${rest.replace(/^(\d{2,3})/, '$1)')}` : voorkant + rest)),
  );

/** A foreign number: + or 00, a (possibly non-existent) country code, digits. */
export const buitenlandsNummer: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('+', '00', '+ ', '+0', '0'), cijfers(1, 3), cijfers(4, 12))
  .chain(([voor, land, rest]) => gegroepeerd(land + rest).map((tekst) => voor + tekst));

/** What else a phone cell holds: words, extensions, other scripts, stray signs, two numbers. */
export const rommel: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom('0', '6', '1', '+', ' ', '-', '(', ')', '.', '/', 'x', '#', ',', ';', '~'),
    maxLength: 18,
  }),
  fc
    .tuple(
      nederlandsNummer,
      fc.constantFrom(' x12', ' ext. 3', ',,4', ';5', '#', ' tst. 12', ' / 020-1234567', ' of ', 'a', '\u00A0'),
    )
    .map(([n, s]) => n + s),
  fc
    .tuple(fc.constantFrom('tel ', 'mob. ', 'T: ', '\u00A0', '\u200B', '＋', '０'), nederlandsNummer)
    .map(([v, n]) => v + n),
  nederlandsNummer.map((n) => n.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c)))),
  nederlandsNummer.map((n) => n.replace(/ /g, '\u00A0')),
  cijfers(0, 20),
);

/** All of it, Dutch forms most. */
export const telefoontekst: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: nederlandsNummer },
  { weight: 2, arbitrary: buitenlandsNummer },
  { weight: 2, arbitrary: rommel },
);
