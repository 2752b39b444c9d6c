import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLocatie, locatieVan } from './_database.js';

describe('where a gemeente’s store lives', () => {
  const URL_ = 'postgres://netwerkregie:geheim@db.example.org:5432/netwerk';

  it('takes --db first (a file or a postgres:// URL), then DATABASE_URL, then data/<gemeente>.db', () => {
    expect(locatieVan('almere', 'lijst.db', { DATABASE_URL: URL_ })).toEqual({ pad: 'lijst.db' });
    expect(locatieVan('almere', URL_, {})).toEqual({ url: URL_ });
    expect(locatieVan('almere', undefined, { DATABASE_URL: URL_ })).toEqual({ url: URL_ });
    expect(locatieVan('almere', undefined, { DATABASE_URL: '' })).toEqual({ pad: join('data', 'almere.db') });
    expect(locatieVan('almere', undefined, {})).toEqual({ pad: join('data', 'almere.db') });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, with a usage error', () => {
    for (const fout of ['mysql://x@localhost/db', 'data/almere.db', 'postgres:/enkel-slash']) {
      expect(() => locatieVan('almere', undefined, { DATABASE_URL: fout })).toThrow(
        expect.objectContaining({ name: 'GebruikFout', code: 'database.ongeldig' }),
      );
    }
  });

  it('refuses --db with a URL of another kind instead of making folders of it', () => {
    expect(() => locatieVan('almere', 'mysql://x@localhost/db', {})).toThrow(
      '--db is een bestand of een postgres://-adres, geen mysql-adres.',
    );
  });

  it('never shows the password', () => {
    expect(describeLocatie({ url: URL_ })).toBe('postgres://netwerkregie@db.example.org:5432/netwerk');
    expect(describeLocatie({ pad: 'data/almere.db' })).toBe('data/almere.db');
  });
});
