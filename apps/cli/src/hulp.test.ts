/** The help of every command comes from its option definitions (_opties.ts). */
import { describe, expect, it } from 'vitest';
import { hulpVan, parseOpdracht, opdracht } from './_opties.js';
import { cli } from './_testhulp.js';

const MET_DATABASE = [
  'import',
  'revert',
  'export',
  'history',
  'imports',
  'report',
  'worklist',
  'contact',
  'retention',
  'start',
  'serve',
  'keys',
  'audit',
];

describe('help from the option definitions', () => {
  it('writes usage, explanation and every option with its value, description and default', () => {
    const definitie = opdracht({
      gebruik: ['proef <bestand> [opties]'],
      uitleg: 'Een proef.',
      opties: {
        modus: { type: 'string', default: 'snel', waarde: 'snel|traag', omschrijving: 'Hoe.' },
        stil: { type: 'boolean', short: 's', omschrijving: 'Zegt niets.' },
        naam: { type: 'string', multiple: true, omschrijving: 'Een naam.', standaard: 'geen' },
      },
    });
    expect(hulpVan(definitie)).toBe(
      [
        'netwerkregie proef <bestand> [opties]',
        '',
        'Een proef.',
        '',
        'Opties:',
        '  --modus snel|traag  Hoe. (standaard: snel)',
        '  -s, --stil          Zegt niets.',
        '  --naam <waarde>     Een naam. (mag vaker; standaard: geen)',
      ].join('\n'),
    );
    const { values, positionals } = parseOpdracht(['a.csv', '-s', '--naam', 'x', '--naam', 'y'], definitie);
    expect({ values, positionals }).toEqual({
      values: { modus: 'snel', stil: true, naam: ['x', 'y'] },
      positionals: ['a.csv'],
    });
    expect(() => parseOpdracht(['--onbekend'], definitie)).toThrow(
      expect.objectContaining({ name: 'GebruikFout', code: 'argumenten.ongeldig' }),
    );
  });

  it('documents --gemeente, --db and --config on every command that takes them', async () => {
    for (const naam of MET_DATABASE) {
      const r = await cli(naam, '--help');
      expect({ naam, status: r.status }).toEqual({ naam, status: 0 });
      for (const optie of ['--gemeente <naam>', '--db <pad of postgres://…>', '--config <bestand>', '-h, --help']) {
        expect({ naam, optie, gevonden: r.stdout.includes(`  ${optie}`) }).toEqual({ naam, optie, gevonden: true });
      }
    }
  });

  it('lists the options of the command itself, with the defaults the command uses', async () => {
    const r = await cli('contact', '--help');
    expect(r.stdout).toContain('  --kanaal bezoek|telefoon|email|bijeenkomst');
    expect(r.stdout).toContain('Hoe het contact was. (standaard: telefoon)');
    expect(r.stdout).toContain('De dag van het contact. (standaard: vandaag)');
    const keys = await cli('keys', '--help');
    expect(keys.stdout.split('\n').slice(0, 3)).toEqual([
      'netwerkregie keys create --gemeente <naam> --rol <rol> --omschrijving <tekst> [opties]',
      'netwerkregie keys revoke <sleutel-id> --gemeente <naam> [opties]',
      'netwerkregie keys list --gemeente <naam> [opties]',
    ]);
    expect(keys.stdout).toContain('  --rol lezer|regisseur|beheerder');
  });
});
