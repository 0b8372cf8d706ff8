import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseListActivity1795330946488 implements MigrationInterface {
  name = 'CaseListActivity1795330946488';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_cases_activity" ON "cases"  ("last_activity_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_cases_activity"`);
  }
}
