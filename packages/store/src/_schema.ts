/** Migrations, in code so the package needs no files at run time; Kysely's Migrator runs them on open. */

import { randomBytes } from 'node:crypto';
import { type CreateTableBuilder, type Kysely, type Migration, Migrator, sql } from 'kysely';
import { GEHEIM_SLEUTEL, ketenAuditOpnieuw } from './_keten.js';
import type { Motor } from './_motor.js';
import { createZichtViews, maakPersonenViewWaarschijnlijk, maakZichtViewsMetVlag } from './_zicht.js';
import { standaardVerloopdatum } from './verloop.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type Db = Kysely<any>;

const basis = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('instellingen')
      .addColumn('sleutel', m.tekst, (c) => c.primaryKey())
      .addColumn('waarde', m.tekst, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('organisaties')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('naam', m.tekst, (c) => c.notNull())
      .addColumn('naam_sleutel', m.tekst, (c) => c.notNull())
      .addColumn('domein', m.tekst, (c) => c.notNull())
      .addColumn('netwerk', m.tekst, (c) => c.notNull())
      .addColumn('soort', m.tekst)
      .addColumn('wijken', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .execute();
    await db.schema.createIndex('organisaties_naam_sleutel').on('organisaties').column('naam_sleutel').execute();

    await db.schema
      .createTable('personen')
      .addColumn('nr', 'integer', (c) => m.rijnummer(c.primaryKey()))
      .addColumn('id', m.tekst, (c) => c.notNull().unique())
      .addColumn('naam', m.tekst, (c) => c.notNull())
      .addColumn('naam_sleutel', m.tekst, (c) => c.notNull())
      .addColumn('email', m.tekst)
      .addColumn('telefoon', m.tekst)
      .execute();
    await db.schema.createIndex('personen_email').on('personen').unique().expression(sql`lower(email)`).execute();
    await db.schema.createIndex('personen_naam_sleutel').on('personen').column('naam_sleutel').execute();

    await db.schema
      .createTable('lidmaatschappen')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('persoon_id', m.tekst, (c) => c.notNull().references('personen.id'))
      .addColumn('organisatie_id', m.tekst, (c) => c.notNull().references('organisaties.id'))
      .addColumn('functie', m.tekst)
      .addColumn('rollen', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .addColumn('begin', m.tekst)
      .addColumn('einde', m.tekst)
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
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('naam', m.tekst, (c) => c.notNull())
      .addColumn('naam_sleutel', m.tekst, (c) => c.notNull())
      .addColumn('soort', m.tekst)
      .execute();
    await db.schema.createIndex('overleggen_naam_sleutel').on('overleggen').column('naam_sleutel').execute();

    await db.schema
      .createTable('deelnames')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('overleg_id', m.tekst, (c) => c.notNull().references('overleggen.id'))
      .addColumn('organisatie_id', m.tekst, (c) => c.references('organisaties.id'))
      .addColumn('persoon_id', m.tekst, (c) => c.references('personen.id'))
      .execute();
    await db.schema.createIndex('deelnames_overleg').on('deelnames').column('overleg_id').execute();
    await db.schema.createIndex('deelnames_organisatie').on('deelnames').column('organisatie_id').execute();
    await db.schema.createIndex('deelnames_persoon').on('deelnames').column('persoon_id').execute();

    // van/naar point at a person or an organisation (entiteit), so no foreign key; the store checks them.
    await db.schema
      .createTable('relaties')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('entiteit', m.tekst, (c) => c.notNull())
      .addColumn('van', m.tekst, (c) => c.notNull())
      .addColumn('naar', m.tekst, (c) => c.notNull())
      .addColumn('soort', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('relaties_van').on('relaties').columns(['entiteit', 'van']).execute();
    await db.schema.createIndex('relaties_naar').on('relaties').columns(['entiteit', 'naar']).execute();

    await db.schema
      .createTable('contactmomenten')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('organisatie_id', m.tekst, (c) => c.notNull().references('organisaties.id'))
      .addColumn('persoon_id', m.tekst, (c) => c.references('personen.id'))
      .addColumn('datum', m.tekst, (c) => c.notNull())
      .addColumn('kanaal', m.tekst, (c) => c.notNull())
      .addColumn('aanleiding', m.tekst, (c) => c.notNull())
      .addColumn('initiatief', m.tekst, (c) => c.notNull())
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
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('persoon_id', m.tekst, (c) => c.notNull().references('personen.id'))
      .addColumn('soort', m.tekst, (c) => c.notNull())
      .addColumn('datum', m.tekst)
      .execute();
    await db.schema.createIndex('trainingen_persoon').on('trainingen').column('persoon_id').execute();

    await db.schema
      .createTable('historie')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('entiteit', m.tekst, (c) => c.notNull())
      .addColumn('entiteit_id', m.tekst, (c) => c.notNull())
      .addColumn('veld', m.tekst, (c) => c.notNull())
      .addColumn('voor', m.tekst)
      .addColumn('na', m.tekst)
      .addColumn('import_id', m.tekst)
      .addColumn('actor', m.tekst, (c) => c.notNull())
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('historie_entiteit').on('historie').columns(['entiteit', 'entiteit_id']).execute();
    await db.schema.createIndex('historie_import').on('historie').column('import_id').execute();

    await db.schema
      .createTable('audit')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('actor', m.tekst, (c) => c.notNull())
      .addColumn('actie', m.tekst, (c) => c.notNull())
      .addColumn('entiteit', m.tekst, (c) => c.notNull())
      .addColumn('entiteit_id', m.tekst)
      .addColumn('doel', m.tekst, (c) => c.notNull())
      .addColumn('route', m.tekst)
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_entiteit').on('audit').columns(['entiteit', 'entiteit_id']).execute();
    await db.schema.createIndex('audit_actor').on('audit').column('actor').execute();

    await db.schema
      .createTable('imports')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('bestand', m.tekst, (c) => c.notNull())
      .addColumn('sha256', m.tekst, (c) => c.notNull())
      .addColumn('actor', m.tekst, (c) => c.notNull())
      .addColumn('modus', m.tekst, (c) => c.notNull())
      .addColumn('status', m.tekst, (c) => c.notNull())
      .addColumn('samenvatting', m.tekst, (c) => c.notNull())
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .addColumn('toegepast_op', m.tekst)
      .addColumn('teruggedraaid_op', m.tekst)
      .execute();
    await db.schema.createIndex('imports_tijd').on('imports').column('tijd').execute();

    await db.schema
      .createTable('indicatorstanden')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .addColumn('indicator_id', m.tekst, (c) => c.notNull())
      .addColumn('waarde', m.kommagetal, (c) => c.notNull())
      .addColumn('status', m.tekst, (c) => c.notNull())
      .addColumn('aanleiding', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('indicatorstanden_indicator_tijd')
      .on('indicatorstanden')
      .columns(['indicator_id', 'tijd'])
      .execute();

    await db.schema
      .createTable('sleutels')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('hash', m.tekst, (c) => c.notNull().unique())
      .addColumn('rol', m.tekst, (c) => c.notNull())
      .addColumn('omschrijving', m.tekst, (c) => c.notNull())
      .addColumn('aangemaakt', m.tekst, (c) => c.notNull())
      .addColumn('ingetrokken', m.tekst)
      .execute();
  },
});

const zoekindex = (m: Motor): Migration => ({
  async up(db: Db) {
    await m.createZoekindex(db);
  },
});

/** The uploaded sheet of an import, kept so a planned import can be applied later and its error report made. */
const importbestanden = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('importbestanden')
      .addColumn('import_id', m.tekst, (c) => c.primaryKey().references('imports.id'))
      .addColumn('inhoud', m.bytes, (c) => c.notNull())
      .execute();
  },
});

/**
 * The formal network's views (what a lezer may see, see _zicht.ts) and its own search index, filled for
 * the persons already stored.
 */
const zicht = (m: Motor): Migration => ({
  async up(db: Db) {
    await createZichtViews(db);
    await m.createZoekindex(db, 'formeel');
    await m.fillZoekindex(db, 'formeel');
  },
});

/**
 * Logging to the government's standards: key expiry, the processing log (trace id, processing activity,
 * pseudonymised data subjects), security events, and a hash chain over the audit and the security events.
 * Rows from before are given a chain in id order, so `audit verify` holds for them too.
 */
const logboek = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema.alterTable('sleutels').addColumn('verloopt', m.tekst).execute();
    for (const kolom of ['trace_id', 'verwerking', 'tekst_hash', 'vorige_hash', 'hash']) {
      await db.schema.alterTable('audit').addColumn(kolom, m.tekst).execute();
    }
    await db.schema
      .createTable('audit_betrokkenen')
      .addColumn('audit_id', 'integer', (c) => c.notNull())
      .addColumn('pseudoniem', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_betrokkenen_pseudoniem').on('audit_betrokkenen').column('pseudoniem').execute();
    await db.schema.createIndex('audit_betrokkenen_audit').on('audit_betrokkenen').column('audit_id').execute();
    // One random salt per person: erasing the row cuts the link between the person and their pseudonym.
    await db.schema
      .createTable('betrokkenen')
      .addColumn('persoon_id', m.tekst, (c) => c.primaryKey())
      .addColumn('zout', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('beveiligingsgebeurtenissen')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('soort', m.tekst, (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('adres', m.tekst, (c) => c.notNull())
      .addColumn('actor', m.tekst)
      .addColumn('route', m.tekst, (c) => c.notNull())
      .addColumn('trace_id', m.tekst)
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .addColumn('vorige_hash', m.tekst, (c) => c.notNull())
      .addColumn('hash', m.tekst, (c) => c.notNull())
      .execute();
    await db
      .insertInto('instellingen')
      .values({ sleutel: GEHEIM_SLEUTEL, waarde: randomBytes(32).toString('hex') })
      .execute();
    // Keys from before expire a year after this upgrade, not after their creation: an old key would
    // otherwise stop at once, and every integration with it, without warning.
    await db.updateTable('sleutels').set({ verloopt: standaardVerloopdatum() }).execute();
    await ketenAuditOpnieuw(db);
  },
});

/**
 * A person's `formeel` flag: 1 while the person has a membership of a formal organisation. Kept by
 * triggers in the writer's own transaction (every write path: upserts, bulk, removal, erasure), so a
 * lezer's view reads a column instead of searching each person's memberships.
 */
const formeelVlag = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .alterTable('personen')
      .addColumn('formeel', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update personen set formeel = 1 where ${sql.raw(IS_FORMEEL('personen.id'))}`.execute(db);
    await db.schema.createIndex('personen_formeel_naam').on('personen').columns(['formeel', 'naam_sleutel']).execute();
    for (const opdracht of m.soort === 'sqlite' ? SQLITE_TRIGGERS : POSTGRES_TRIGGERS)
      await sql.raw(opdracht).execute(db);
    await maakZichtViewsMetVlag(db);
  },
});

const IS_FORMEEL = (
  kolom: string,
) => `exists (select 1 from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
  where l.persoon_id = ${kolom} and o.netwerk = 'formeel')`;
const ZET = (waar: string) =>
  `update personen set formeel = case when ${IS_FORMEEL('personen.id')} then 1 else 0 end where ${waar}`;

const SQLITE_TRIGGERS = [
  `create trigger formeel_lid_erbij after insert on lidmaatschappen begin ${ZET('id = new.persoon_id')}; end`,
  `create trigger formeel_lid_anders after update of persoon_id, organisatie_id on lidmaatschappen
    begin ${ZET('id in (new.persoon_id, old.persoon_id)')}; end`,
  `create trigger formeel_lid_weg after delete on lidmaatschappen begin ${ZET('id = old.persoon_id')}; end`,
  `create trigger formeel_organisatie after update of netwerk on organisaties
    begin ${ZET('id in (select persoon_id from lidmaatschappen where organisatie_id = new.id)')}; end`,
];

// PostgreSQL: one function per trigger; tables resolve through the connection's search_path (the gemeente's schema).
const POSTGRES_TRIGGERS = [
  `create function formeel_lid() returns trigger language plpgsql as $$ begin
    if tg_op <> 'INSERT' then ${ZET('id = old.persoon_id')}; end if;
    if tg_op <> 'DELETE' then ${ZET('id = new.persoon_id')}; end if;
    return null; end $$`,
  `create trigger formeel_lid after insert or delete or update of persoon_id, organisatie_id on lidmaatschappen
    for each row execute function formeel_lid()`,
  `create function formeel_organisatie() returns trigger language plpgsql as $$ begin
    ${ZET('id in (select persoon_id from lidmaatschappen where organisatie_id = new.id)')};
    return null; end $$`,
  `create trigger formeel_organisatie after update of netwerk on organisaties
    for each row execute function formeel_organisatie()`,
];

/**
 * Saved selections of the network (§2.5): criteria as JSON lists. No formal view: a segment belongs to
 * neither network, and its members are read through the caller's view.
 */
const segmenten = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('segmenten')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('naam', m.tekst, (c) => c.notNull())
      .addColumn('omschrijving', m.tekst)
      .addColumn('domeinen', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .addColumn('wijken', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .addColumn('rollen', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .addColumn('overleggen', m.tekst, (c) => c.notNull().defaultTo('[]'))
      .addColumn('netwerk', m.tekst)
      .execute();
  },
});

/**
 * Confirmation rounds (bevestigingsrondes): a round, one invitation per organisation (its token kept only as
 * a SHA-256 hash), and the confirmations that date an organisation's data (bevestigdOp).
 */
const rondes = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('rondes')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('gestart', m.tekst, (c) => c.notNull())
      .addColumn('actor', m.tekst, (c) => c.notNull())
      .addColumn('geldig_tot', m.tekst, (c) => c.notNull())
      .addColumn('selectie', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('uitnodigingen')
      .addColumn('id', m.tekst, (c) => c.primaryKey())
      .addColumn('ronde_id', m.tekst, (c) => c.notNull().references('rondes.id'))
      .addColumn('organisatie_id', m.tekst, (c) => c.notNull())
      .addColumn('token_hash', m.tekst, (c) => c.notNull().unique())
      .addColumn('verloopt', m.tekst, (c) => c.notNull())
      .addColumn('verzonden', m.tekst)
      .addColumn('geopend', m.tekst)
      .addColumn('beantwoord', m.tekst)
      .addColumn('antwoord', m.tekst)
      .addColumn('import_id', m.tekst)
      .addColumn('onbestelbaar', m.tekst)
      .addColumn('herinnerd', m.tekst)
      .addColumn('ingetrokken', m.tekst)
      .execute();
    await db.schema.createIndex('uitnodigingen_ronde').on('uitnodigingen').column('ronde_id').execute();
    await db.schema.createIndex('uitnodigingen_organisatie').on('uitnodigingen').column('organisatie_id').execute();
    await db.schema
      .createTable('bevestigingen')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('organisatie_id', m.tekst, (c) => c.notNull())
      .addColumn('datum', m.tekst, (c) => c.notNull())
      .addColumn('bron', m.tekst, (c) => c.notNull())
      .addColumn('import_id', m.tekst)
      .execute();
    await db.schema.createIndex('bevestigingen_organisatie').on('bevestigingen').column('organisatie_id').execute();
    await db.schema.createIndex('bevestigingen_import').on('bevestigingen').column('import_id').execute();
  },
});

/**
 * Roles and districts as rows with an index, beside the JSON arrays they copy (`lidmaatschappen.rollen`,
 * `organisaties.wijken`, which stay the source). A role row carries its membership's person and
 * organisation, a district row its organisation's domain, so a filter on domain, district and role is a
 * few key lookups instead of reading the JSON of every membership and organisation. Kept by triggers in
 * the writer's own transaction, like the flag of 0006, so every write path (upserts, bulk, removal,
 * erasure) keeps them; no foreign keys, the triggers clean up.
 */
const leesindexen = (m: Motor): Migration => ({
  async up(db: Db) {
    const sqlite = m.soort === 'sqlite';
    // SQLite: the primary key is the table (no rowid), so a lookup reads one b-tree.
    const zonderRowid = (t: CreateTableBuilder<string>) => (sqlite ? t.modifyEnd(sql`without rowid`) : t);
    await zonderRowid(
      db.schema
        .createTable('lidmaatschap_rollen')
        .addColumn('rol', m.tekst, (c) => c.notNull())
        .addColumn('organisatie_id', m.tekst, (c) => c.notNull())
        .addColumn('persoon_id', m.tekst, (c) => c.notNull())
        .addColumn('lidmaatschap_id', m.tekst, (c) => c.notNull())
        .addPrimaryKeyConstraint('lidmaatschap_rollen_pk', ['rol', 'organisatie_id', 'persoon_id', 'lidmaatschap_id']),
    ).execute();
    await db.schema
      .createIndex('lidmaatschap_rollen_lidmaatschap')
      .on('lidmaatschap_rollen')
      .column('lidmaatschap_id')
      .execute();
    await zonderRowid(
      db.schema
        .createTable('organisatie_wijken')
        .addColumn('wijk', m.tekst, (c) => c.notNull())
        .addColumn('domein', m.tekst, (c) => c.notNull())
        .addColumn('organisatie_id', m.tekst, (c) => c.notNull())
        .addPrimaryKeyConstraint('organisatie_wijken_pk', ['wijk', 'domein', 'organisatie_id']),
    ).execute();
    await db.schema
      .createIndex('organisatie_wijken_organisatie')
      .on('organisatie_wijken')
      .column('organisatie_id')
      .execute();
    await db.schema.createIndex('organisaties_domein').on('organisaties').columns(['domein', 'netwerk']).execute();
    // A page sorted on name and id straight from an index (no sort of everything up to the page's offset),
    // for the whole list and for a view's.
    await db.schema.createIndex('personen_naam_id').on('personen').columns(['naam_sleutel', 'id']).execute();
    await db.schema
      .createIndex('personen_formeel_naam_id')
      .on('personen')
      .columns(['formeel', 'naam_sleutel', 'id'])
      .execute();
    const rollen = sqlite ? 'json_each(l.rollen) e' : 'jsonb_array_elements_text(l.rollen::jsonb) e(value)';
    const wijken = sqlite ? 'json_each(o.wijken) e' : 'jsonb_array_elements_text(o.wijken::jsonb) e(value)';
    await sql.raw(`${ROLLEN_ERIN('l')} from lidmaatschappen l, ${rollen}`).execute(db);
    await sql.raw(`${WIJKEN_ERIN('o')} from organisaties o, ${wijken}`).execute(db);
    for (const opdracht of sqlite ? SQLITE_LEESINDEXEN : POSTGRES_LEESINDEXEN) await sql.raw(opdracht).execute(db);
    if (sqlite) await maakPersonenViewWaarschijnlijk(db);
  },
});

/**
 * Inserts the rows of the JSON array of a membership (organisation) `rij` (`l`, `o` or `new`); what follows
 * is the from clause with the array's elements as `e(value)`.
 */
const ROLLEN_ERIN = (rij: string) => `insert into lidmaatschap_rollen (rol, organisatie_id, persoon_id, lidmaatschap_id)
  select distinct e.value, ${rij}.organisatie_id, ${rij}.persoon_id, ${rij}.id`;
const WIJKEN_ERIN = (rij: string) =>
  `insert into organisatie_wijken (wijk, domein, organisatie_id) select distinct e.value, ${rij}.domein, ${rij}.id`;

const SQLITE_LEESINDEXEN = [
  `create trigger leesindex_lid_erbij after insert on lidmaatschappen
    begin ${ROLLEN_ERIN('new')} from json_each(new.rollen) e; end`,
  `create trigger leesindex_lid_anders after update of id, persoon_id, organisatie_id, rollen on lidmaatschappen begin
    delete from lidmaatschap_rollen where lidmaatschap_id = old.id;
    ${ROLLEN_ERIN('new')} from json_each(new.rollen) e; end`,
  `create trigger leesindex_lid_weg after delete on lidmaatschappen
    begin delete from lidmaatschap_rollen where lidmaatschap_id = old.id; end`,
  `create trigger leesindex_organisatie_erbij after insert on organisaties
    begin ${WIJKEN_ERIN('new')} from json_each(new.wijken) e; end`,
  `create trigger leesindex_organisatie_anders after update of id, domein, wijken on organisaties begin
    delete from organisatie_wijken where organisatie_id = old.id;
    ${WIJKEN_ERIN('new')} from json_each(new.wijken) e; end`,
  `create trigger leesindex_organisatie_weg after delete on organisaties
    begin delete from organisatie_wijken where organisatie_id = old.id; end`,
];

const POSTGRES_LEESINDEXEN = [
  `create function leesindex_lid() returns trigger language plpgsql as $$ begin
    if tg_op <> 'INSERT' then delete from lidmaatschap_rollen where lidmaatschap_id = old.id; end if;
    if tg_op <> 'DELETE' then ${ROLLEN_ERIN('new')}
      from jsonb_array_elements_text(new.rollen::jsonb) e(value); end if;
    return null; end $$`,
  `create trigger leesindex_lid after insert or delete or update of id, persoon_id, organisatie_id, rollen
    on lidmaatschappen for each row execute function leesindex_lid()`,
  `create function leesindex_organisatie() returns trigger language plpgsql as $$ begin
    if tg_op <> 'INSERT' then delete from organisatie_wijken where organisatie_id = old.id; end if;
    if tg_op <> 'DELETE' then ${WIJKEN_ERIN('new')}
      from jsonb_array_elements_text(new.wijken::jsonb) e(value); end if;
    return null; end $$`,
  `create trigger leesindex_organisatie after insert or delete or update of id, domein, wijken on organisaties
    for each row execute function leesindex_organisatie()`,
];

/**
 * The bulk mode of a first import (see _bulkmodus.ts) switches off the triggers of 0006 and 0009 and
 * rebuilds what they keep afterwards, once for the whole table. Every derived value is a function of the
 * source rows alone (a person's flag of their memberships, a role row of its membership, a district row
 * of its organisation), so rebuilding everything gives exactly the rows the triggers would have written.
 */
const triggerNamen = (opdrachten: readonly string[]) =>
  opdrachten.flatMap((o) => /^create trigger (\w+)/.exec(o)?.[1] ?? []);
export const AFGELEIDE_TRIGGERS: Readonly<Record<Motor['soort'], readonly string[]>> = {
  sqlite: triggerNamen([...SQLITE_TRIGGERS, ...SQLITE_LEESINDEXEN]),
  postgres: triggerNamen([...POSTGRES_TRIGGERS, ...POSTGRES_LEESINDEXEN]),
};
/** The tables those triggers write. */
export const AFGELEIDE_TABELLEN = ['lidmaatschap_rollen', 'organisatie_wijken'] as const;
/** Statements that rebuild the derived rows from the source tables, as the triggers keep them. */
export function herbouwAfgeleid(soort: Motor['soort']): string[] {
  const sqlite = soort === 'sqlite';
  const rollen = sqlite ? 'json_each(l.rollen) e' : 'jsonb_array_elements_text(l.rollen::jsonb) e(value)';
  const wijken = sqlite ? 'json_each(o.wijken) e' : 'jsonb_array_elements_text(o.wijken::jsonb) e(value)';
  return [
    ZET('1 = 1'),
    'delete from lidmaatschap_rollen',
    `${ROLLEN_ERIN('l')} from lidmaatschappen l, ${rollen}`,
    'delete from organisatie_wijken',
    `${WIJKEN_ERIN('o')} from organisaties o, ${wijken}`,
  ];
}

/**
 * A planned import the beheerder rejected (status `afgewezen`): when, and the short reason if given; on the
 * invitation whose answer the plan was, when its correction was rejected (its status in the round's progress).
 */
const afwijzing = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema.alterTable('imports').addColumn('afgewezen_op', m.tekst).execute();
    await db.schema.alterTable('imports').addColumn('afwijzingsreden', m.tekst).execute();
    await db.schema.alterTable('uitnodigingen').addColumn('afgewezen', m.tekst).execute();
  },
});

/**
 * The store version (see versie.ts): a counter in `instellingen` that the confirmation tables bump by
 * triggers, added to the history table's highest id. The entity tables need no trigger: every change to
 * them writes a history row, and a row trigger costs SQLite about 1.5 µs per row of a bulk import.
 * PostgreSQL bumps once per statement.
 */
const versie = (m: Motor): Migration => ({
  async up(db: Db) {
    await db
      .insertInto('instellingen')
      .values({ sleutel: 'versie', waarde: '0' })
      .onConflict((oc) => oc.column('sleutel').doNothing())
      .execute();
    const tabellen = ['rondes', 'uitnodigingen', 'bevestigingen'];
    const getal = m.soort === 'sqlite' ? 'cast(waarde as integer)' : 'waarde::bigint';
    // Named with its schema on PostgreSQL: a trigger function runs with the writer's search_path.
    const tabel = m.schema === undefined ? 'instellingen' : `"${m.schema}".instellingen`;
    const ophogen = `update ${tabel} set waarde = cast(${getal} + 1 as text) where sleutel = 'versie'`;
    if (m.soort === 'sqlite') {
      for (const t of tabellen) {
        for (const op of ['insert', 'update', 'delete']) {
          await sql.raw(`create trigger versie_${t}_${op} after ${op} on ${t} begin ${ophogen}; end`).execute(db);
        }
      }
      return;
    }
    await sql
      .raw(
        `create function versie_ophogen() returns trigger language plpgsql as $$ begin ${ophogen}; return null; end $$`,
      )
      .execute(db);
    for (const t of tabellen) {
      await sql
        .raw(
          `create trigger versie_${t} after insert or update or delete on ${t} for each statement execute function versie_ophogen()`,
        )
        .execute(db);
    }
  },
});

/**
 * Sets of data subjects (see betrokkenensets.ts): an analysis answer touches every person of its snapshot,
 * and the same answer is asked many times; its persons' pseudonyms are written once, as a set, and each
 * audit row of such a call refers to the set instead of repeating them.
 */
const betrokkenensets = (m: Motor): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('betrokkenensets')
      .addColumn('id', 'integer', (c) => m.volgnummer(c.primaryKey()))
      .addColumn('aantal', 'integer', (c) => c.notNull())
      .addColumn('hash', m.tekst, (c) => c.notNull())
      .addColumn('tijd', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('betrokkenenset_leden')
      .addColumn('set_id', 'integer', (c) => c.notNull())
      .addColumn('pseudoniem', m.tekst, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('betrokkenenset_leden_pseudoniem')
      .on('betrokkenenset_leden')
      .column('pseudoniem')
      .execute();
    await db.schema.createIndex('betrokkenenset_leden_set').on('betrokkenenset_leden').column('set_id').execute();
    await db.schema.alterTable('audit').addColumn('betrokkenenset_id', 'integer').execute();
    await db.schema.createIndex('audit_betrokkenenset').on('audit').column('betrokkenenset_id').execute();
  },
});

/** Names sort in the order they run; never rename or edit a released one, add a new one. */
export const migraties = (m: Motor): Record<string, Migration> => ({
  '0001_basis': basis(m),
  '0002_zoekindex': zoekindex(m),
  '0003_importbestanden': importbestanden(m),
  '0004_zicht': zicht(m),
  '0005_logboek': logboek(m),
  '0006_formeel': formeelVlag(m),
  '0007_segmenten': segmenten(m),
  '0008_rondes': rondes(m),
  '0009_leesindexen': leesindexen(m),
  '0010_afwijzing': afwijzing(m),
  '0011_versie': versie(m),
  '0012_betrokkenensets': betrokkenensets(m),
});

/** Brings the database to the latest version; a no-op when it is there already. */
export async function migrate(db: Db, m: Motor): Promise<void> {
  // Named explicitly: Kysely otherwise takes another schema's migration table for this one's.
  const schema = m.schema === undefined ? {} : { migrationTableSchema: m.schema };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migraties(m) }, ...schema });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
