import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Statistics1795319392196 implements MigrationInterface {
  name = 'Statistics1795319392196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "prevention" jsonb`);
    await queryRunner.query(`CREATE INDEX "idx_cases_org_created" ON "cases"  ("organisation_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_cases_org_created"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "prevention"`);
  }
}
