import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a court-dispatched case accepted five extensions of 90 days. Court-referred mediation
 * may be extended by at most 30 days in all on the parties' consent (docs/domain.md §7.2, §10.4
 * "Court extension cap"); beyond, the court's consent is needed. A rule, not code.
 */
export class CourtExtensionCap1795363000000 implements MigrationInterface {
  name = 'CourtExtensionCap1795363000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_rules" ADD "max_extension_days" integer`);
    await queryRunner.query(
      `UPDATE "deadline_rules" SET "max_extension_days" = 30 WHERE "kind" = 'mediation' AND "source" IN ('court_dispatch', 'court_entrust')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP COLUMN "max_extension_days"`);
  }
}
