import { describe, expect, it } from 'vitest';
import { almere } from '../_testhulp.js';
import { leesDomein, leesRollen } from './vocabulaire.js';

// The words partners in Dutch prevention networks really write (docs/IMPORT.md, "Vocabulary").
describe('domain synonyms', () => {
  it.each([
    ['GGD', 'zorg'],
    ['GGZ', 'zorg'],
    ['Jeugdzorg', 'zorg'],
    ['Wijkteam', 'jeugd-en-welzijn'],
    ['Sociaal wijkteam', 'jeugd-en-welzijn'],
    ['Leerplicht', 'gemeente'],
    ['Reclassering', 'veiligheid'],
    ['OM', 'veiligheid'],
    ['Openbaar Ministerie', 'veiligheid'],
    ['Politie', 'veiligheid'],
    ['Moskee', 'gemeenschap'],
    ['Kerk', 'gemeenschap'],
    ['Zelforganisatie', 'gemeenschap'],
  ])('reads %s as %s', (tekst, domein) => {
    expect(leesDomein(tekst, almere)).toEqual({ ok: true, waarde: domein });
  });
});

describe('role synonyms', () => {
  it.each([
    ['aandachtsfunctionaris', ['aandachtfunctionaris']],
    ['Aandachtsfunctionaris radicalisering', ['aandachtfunctionaris']],
    ['aandachtfunctionaris radicalisering', ['aandachtfunctionaris']],
    ['Sleutelpersoon', ['sleutelfiguur']],
    ['key figure', ['sleutelfiguur']],
    ['Sleutelpersoon, aandachtsfunctionaris', ['sleutelfiguur', 'aandachtfunctionaris']],
  ])('reads %s as %j', (tekst, rollen) => {
    expect(leesRollen(tekst, almere)).toEqual({ rollen, onbekend: [] });
  });
});
