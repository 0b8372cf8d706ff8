import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22: the monthly report counts 受理 by the acceptance date and 调解成功 by the agreement's
 * effective date; these indexes keep a month's slice a range scan at a million cases.
 */
export class ReportEventDates1795372000000 implements MigrationInterface {
  name = 'ReportEventDates1795372000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_cases_org_accepted" ON "cases" ("organisation_id", "accepted_at") `);
    await queryRunner.query(`CREATE INDEX "idx_agreements_effective_at" ON "agreements" ("effective_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_agreements_effective_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_org_accepted"`);
  }
}
