import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: sensitive cases and sessions (family, health, minors). Their facts, requests, summaries and
 * timeline texts are then the case team's only (docs/security.md, "Case sensitivity"). Family disputes
 * already stored become `family`, medical ones `health`, as new registrations default to.
 */
export class CaseSensitivity1795360000000 implements MigrationInterface {
  name = 'CaseSensitivity1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "sensitivity" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "chk_cases_sensitivity" CHECK (sensitivity IS NULL OR sensitivity IN ('family', 'health', 'minors'))`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" ADD "sensitivity" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" ADD CONSTRAINT "chk_mediation_sessions_sensitivity" CHECK (sensitivity IS NULL OR sensitivity IN ('family', 'health', 'minors'))`);
    await queryRunner.query(`UPDATE "cases" SET "sensitivity" = CASE dispute_type WHEN 'marriage_family' THEN 'family' ELSE 'health' END, "version" = "version" WHERE dispute_type IN ('marriage_family', 'medical')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP CONSTRAINT "chk_mediation_sessions_sensitivity"`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP COLUMN "sensitivity"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "chk_cases_sensitivity"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "sensitivity"`);
  }
}
