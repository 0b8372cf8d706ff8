import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 23: a party's own online application has no registrar (`registered_by_id` null), and every
 * case gets its 一案一码 tracking code, set by the database on insert whatever code path inserts it.
 */
export class OnlineApplications1795374000000 implements MigrationInterface {
  name = 'OnlineApplications1795374000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "registered_by_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "track_code" character varying(12)`);
    await queryRunner.query(
      `UPDATE "cases" SET "track_code" = upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12))`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "track_code" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cases_track_code" ON "cases" ("track_code") `);
    await queryRunner.query(`CREATE FUNCTION tj_cases_track_code() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A restore (COPY) brings the code it had; a new case gets one.
        IF NEW.track_code IS NULL THEN
          NEW.track_code := upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12));
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tj_cases_track_code BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION tj_cases_track_code()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tj_cases_track_code ON cases`);
    await queryRunner.query(`DROP FUNCTION tj_cases_track_code()`);
    await queryRunner.query(`DROP INDEX "public"."uq_cases_track_code"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "track_code"`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "registered_by_id" SET NOT NULL`);
  }
}
