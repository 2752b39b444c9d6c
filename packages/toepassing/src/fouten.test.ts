import { OpslagFout } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { FOUTCODES, ToepassingFout, translateMotorfout } from './fouten.js';

const withCode = (code: string) => Object.assign(new Error('intern'), { code });

describe('translateMotorfout', () => {
  it('gives SQLite, PostgreSQL and the store’s own codes one Dutch meaning, as database.fout', () => {
    expect(translateMotorfout(withCode('SQLITE_FULL'))).toMatchObject({
      code: 'database.fout',
      melding: 'De schijf is vol; er is niets opgeslagen.',
    });
    expect(translateMotorfout(withCode('SQLITE_IOERR_WRITE'))?.melding).toBe(
      'De database kon niet worden geschreven (schijf- of I/O-fout); er is niets opgeslagen.',
    );
    expect(translateMotorfout(withCode('28P01'))?.melding).toBe(
      'PostgreSQL weigert de inlog; controleer gebruiker en wachtwoord in DATABASE_URL.',
    );
    expect(translateMotorfout(new OpslagFout('bezet', 'lock'))?.melding).toBe(
      'De database is bezet door een andere import; probeer het zo opnieuw.',
    );
  });

  it('leaves anything else (a bug, a code it does not know) untranslated', () => {
    expect(translateMotorfout(new Error('kapot'))).toBeUndefined();
    expect(translateMotorfout(withCode('ENOENT'))).toBeUndefined();
    expect(translateMotorfout(new OpslagFout('uniek', 'dubbel'))).toBeUndefined();
    expect(translateMotorfout(null)).toBeUndefined();
    // A refusal is not an engine failure.
    expect(translateMotorfout(new ToepassingFout('persoon.onbekend', 'Deze persoon bestaat niet.'))).toBeUndefined();
  });

  it('has a closed list of codes', () => {
    expect(FOUTCODES).toEqual([
      'database.ongeldig',
      'database.onbekend',
      'database.fout',
      'invoer.ongeldig',
      'verwijzing.onbekend',
      'persoon.onbekend',
      'import.onbekend',
      'import.niet-toegepast',
      'import.al-toegepast',
      'import.al-teruggedraaid',
      'import.al-afgewezen',
      'import.niet-gepland',
      'import.afgewezen-rijen',
      'ronde.leeg',
      'ronde.onbekend',
      'uitnodiging.ongeldig',
      'uitnodiging.beantwoord',
      'verzending.mislukt',
      'import.verlopen',
      'segment.onbekend',
    ]);
    expect(new ToepassingFout('persoon.onbekend', 'Deze persoon bestaat niet.').melding).toBe(
      'Deze persoon bestaat niet.',
    );
    expect(FOUTCODES.filter((code) => !new ToepassingFout(code, '').weigering)).toEqual(['database.fout']);
  });
});
