import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseer, ontneutraliseer } from './neutraliseren.js';

describe('neutraliseer', () => {
  it('prefixes values a spreadsheet would take as a formula, and nothing else', () => {
    const gevallen: [string, string][] = [
      ['=HYPERLINK("http://example.org","klik")', `'=HYPERLINK("http://example.org","klik")`],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tTab', "'\tTab"],
      ['\rCR', "'\rCR"],
      ['+31612345678', '+31612345678'],
      ['-5', '-5'],
      ['+1,5', '+1,5'],
      ['-2.75', '-2.75'],
      ['+31 6 1234 5678', "'+31 6 1234 5678"],
      ['-2+3', "'-2+3"],
      ['+cmd|calc', "'+cmd|calc"],
      ['-', "'-"],
      ['Politie Almere', 'Politie Almere'],
      ['', ''],
      ["'al gequote", "'al gequote"],
    ];
    for (const [invoer, uit] of gevallen) expect([invoer, neutraliseer(invoer)]).toEqual([invoer, uit]);
  });

  it('is undone by the importer for every value', () => {
    expect(ontneutraliseer("'=SOM(A1)")).toBe('=SOM(A1)');
    expect(ontneutraliseer("'gewoon")).toBe("'gewoon");
    fc.assert(
      fc.property(fc.string(), (waarde) => {
        const veilig = neutraliseer(waarde);
        expect(/^[=@\t\r]/.test(veilig) || (/^[+-]/.test(veilig) && !/^[+-]\d+([.,]\d+)?$/.test(veilig))).toBe(false);
        if (!waarde.startsWith("'")) expect(ontneutraliseer(veilig)).toBe(waarde);
      }),
    );
  });
});
