import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The hash of an event as the initial migration defined it (rows without `fields`). */
const HASH_WITHOUT_FIELDS = `
CREATE OR REPLACE FUNCTION audit_event_hash(prev character, e audit_events) RETURNS character
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    prev, e.seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), coalesce(e.organisation_id::text, ''),
    e.action, e.entity, coalesce(e.entity_id, ''),
    coalesce(e.before::text, ''), coalesce(e.after::text, '')), 'UTF8')), 'hex')
$$`;

/**
 * `fields` joins the hash as a last element. concat_ws skips NULLs, so an event without `fields`
 * (every row written before this migration) hashes exactly as before and the chain still verifies.
 */
const HASH_WITH_FIELDS = `
CREATE OR REPLACE FUNCTION audit_event_hash(prev character, e audit_events) RETURNS character
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    prev, e.seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), coalesce(e.organisation_id::text, ''),
    e.action, e.entity, coalesce(e.entity_id, ''),
    coalesce(e.before::text, ''), coalesce(e.after::text, ''), e.fields::text), 'UTF8')), 'hex')
$$`;

/**
 * Issue 16: audit rows without content (which fields changed, keyed hashes of the values:
 * `api/src/modules/audit/redact.ts`), and the police station linked to a committee, which a red or
 * orange risk is reported to (docs/security.md, "Deviations and decisions").
 */
export class AuditFieldsPoliceStation1795350000000 implements MigrationInterface {
  name = 'AuditFieldsPoliceStation1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "fields" text array`);
    await queryRunner.query(HASH_WITH_FIELDS);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "police_station_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD CONSTRAINT "fk_organisations_police_station" FOREIGN KEY ("police_station_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "fk_organisations_police_station"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "police_station_id"`);
    await queryRunner.query(HASH_WITHOUT_FIELDS);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "fields"`);
  }
}
