import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: the nine types of mediation body (docs/domain.md §10.1) and the court's roster status. */
export class OrganisationTypes1795384000000 implements MigrationInterface {
  name = 'OrganisationTypes1795384000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "type" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "court_roster" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "chk_organisations_type" CHECK (type IS NULL OR type IN ('village', 'residents', 'township', 'subdistrict', 'enterprise', 'industry', 'personal_studio', 'stationed_room', 'county_centre'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "chk_organisations_type"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "court_roster"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "type"`);
  }
}
