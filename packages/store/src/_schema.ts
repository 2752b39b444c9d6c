/** Migrations, in code so the package needs no files at run time; Kysely's Migrator runs them on open. */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { maakZoekindex } from './_sqlite.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type Db = Kysely<any>;

const basis: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('instellingen')
      .addColumn('sleutel', 'text', (c) => c.primaryKey())
      .addColumn('waarde', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('organisaties')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('naam', 'text', (c) => c.notNull())
      .addColumn('naam_sleutel', 'text', (c) => c.notNull())
      .addColumn('domein', 'text', (c) => c.notNull())
      .addColumn('netwerk', 'text', (c) => c.notNull())
      .addColumn('soort', 'text')
      .addColumn('wijken', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await db.schema.createIndex('organisaties_naam_sleutel').on('organisaties').column('naam_sleutel').execute();

    await db.schema
      .createTable('personen')
      .addColumn('nr', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('naam', 'text', (c) => c.notNull())
      .addColumn('naam_sleutel', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('telefoon', 'text')
      .execute();
    await db.schema.createIndex('personen_email').on('personen').unique().expression(sql`lower(email)`).execute();
    await db.schema.createIndex('personen_naam_sleutel').on('personen').column('naam_sleutel').execute();

    await db.schema
      .createTable('lidmaatschappen')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('persoon_id', 'text', (c) => c.notNull().references('personen.id'))
      .addColumn('organisatie_id', 'text', (c) => c.notNull().references('organisaties.id'))
      .addColumn('functie', 'text')
      .addColumn('rollen', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('begin', 'text')
      .addColumn('einde', 'text')
      .execute();
    await db.schema
      .createIndex('lidmaatschappen_persoon_organisatie')
      .on('lidmaatschappen')
      .unique()
      .columns(['persoon_id', 'organisatie_id'])
      .execute();
    await db.schema.createIndex('lidmaatschappen_organisatie').on('lidmaatschappen').column('organisatie_id').execute();

    await db.schema
      .createTable('overleggen')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('naam', 'text', (c) => c.notNull())
      .addColumn('naam_sleutel', 'text', (c) => c.notNull())
      .addColumn('soort', 'text')
      .execute();
    await db.schema.createIndex('overleggen_naam_sleutel').on('overleggen').column('naam_sleutel').execute();

    await db.schema
      .createTable('deelnames')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('overleg_id', 'text', (c) => c.notNull().references('overleggen.id'))
      .addColumn('organisatie_id', 'text', (c) => c.references('organisaties.id'))
      .addColumn('persoon_id', 'text', (c) => c.references('personen.id'))
      .execute();
    await db.schema.createIndex('deelnames_overleg').on('deelnames').column('overleg_id').execute();
    await db.schema.createIndex('deelnames_organisatie').on('deelnames').column('organisatie_id').execute();
    await db.schema.createIndex('deelnames_persoon').on('deelnames').column('persoon_id').execute();

    // van/naar point at a person or an organisation (entiteit), so no foreign key; the store checks them.
    await db.schema
      .createTable('relaties')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entiteit', 'text', (c) => c.notNull())
      .addColumn('van', 'text', (c) => c.notNull())
      .addColumn('naar', 'text', (c) => c.notNull())
      .addColumn('soort', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('relaties_van').on('relaties').columns(['entiteit', 'van']).execute();
    await db.schema.createIndex('relaties_naar').on('relaties').columns(['entiteit', 'naar']).execute();

    await db.schema
      .createTable('contactmomenten')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisatie_id', 'text', (c) => c.notNull().references('organisaties.id'))
      .addColumn('persoon_id', 'text', (c) => c.references('personen.id'))
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('kanaal', 'text', (c) => c.notNull())
      .addColumn('aanleiding', 'text', (c) => c.notNull())
      .addColumn('initiatief', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contactmomenten_organisatie_datum')
      .on('contactmomenten')
      .columns(['organisatie_id', 'datum'])
      .execute();
    await db.schema
      .createIndex('contactmomenten_persoon_datum')
      .on('contactmomenten')
      .columns(['persoon_id', 'datum'])
      .execute();
    await db.schema.createIndex('contactmomenten_datum').on('contactmomenten').column('datum').execute();

    await db.schema
      .createTable('trainingen')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('persoon_id', 'text', (c) => c.notNull().references('personen.id'))
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('datum', 'text')
      .execute();
    await db.schema.createIndex('trainingen_persoon').on('trainingen').column('persoon_id').execute();

    await db.schema
      .createTable('historie')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('entiteit', 'text', (c) => c.notNull())
      .addColumn('entiteit_id', 'text', (c) => c.notNull())
      .addColumn('veld', 'text', (c) => c.notNull())
      .addColumn('voor', 'text')
      .addColumn('na', 'text')
      .addColumn('import_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('tijd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('historie_entiteit').on('historie').columns(['entiteit', 'entiteit_id']).execute();
    await db.schema.createIndex('historie_import').on('historie').column('import_id').execute();

    await db.schema
      .createTable('audit')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('actie', 'text', (c) => c.notNull())
      .addColumn('entiteit', 'text', (c) => c.notNull())
      .addColumn('entiteit_id', 'text')
      .addColumn('doel', 'text', (c) => c.notNull())
      .addColumn('route', 'text')
      .addColumn('tijd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_entiteit').on('audit').columns(['entiteit', 'entiteit_id']).execute();
    await db.schema.createIndex('audit_actor').on('audit').column('actor').execute();

    await db.schema
      .createTable('imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('bestand', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('modus', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('samenvatting', 'text', (c) => c.notNull())
      .addColumn('tijd', 'text', (c) => c.notNull())
      .addColumn('toegepast_op', 'text')
      .addColumn('teruggedraaid_op', 'text')
      .execute();
    await db.schema.createIndex('imports_tijd').on('imports').column('tijd').execute();

    await db.schema
      .createTable('indicatorstanden')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('tijd', 'text', (c) => c.notNull())
      .addColumn('indicator_id', 'text', (c) => c.notNull())
      .addColumn('waarde', 'real', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('aanleiding', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('indicatorstanden_indicator_tijd')
      .on('indicatorstanden')
      .columns(['indicator_id', 'tijd'])
      .execute();

    await db.schema
      .createTable('sleutels')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('rol', 'text', (c) => c.notNull())
      .addColumn('omschrijving', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('ingetrokken', 'text')
      .execute();
  },
};

const zoekindex: Migration = {
  async up(db: Db) {
    await maakZoekindex(db);
  },
};

/** The uploaded sheet of an import, kept so a planned import can be applied later and its error report made. */
const importbestanden: Migration = {
  async up(db: Db) {
    await db.schema
      .createTable('importbestanden')
      .addColumn('import_id', 'text', (c) => c.primaryKey().references('imports.id'))
      .addColumn('inhoud', 'blob', (c) => c.notNull())
      .execute();
  },
};

/** Names sort in the order they run; never rename or edit a released one, add a new one. */
export const MIGRATIES: Record<string, Migration> = {
  '0001_basis': basis,
  '0002_zoekindex': zoekindex,
  '0003_importbestanden': importbestanden,
};

/** Brings the database to the latest version; a no-op when it is there already. */
export async function migreer(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIES } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
