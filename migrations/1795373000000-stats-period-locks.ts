import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 22: a month's report frozen by its director or judicial office (stats_period_locks). */
export class StatsPeriodLocks1795373000000 implements MigrationInterface {
  name = 'StatsPeriodLocks1795373000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stats_period_locks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "period" character(7) NOT NULL, "report" jsonb NOT NULL, "locked_by_id" uuid NOT NULL, "locked_by_name" character varying(64) NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4559d21d1fee86ce826b1c60cc6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_stats_period_locks_org_period" ON "stats_period_locks" ("organisation_id", "period") `,
    );
    await queryRunner.query(
      `ALTER TABLE "stats_period_locks" ADD CONSTRAINT "fk_stats_period_locks_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stats_period_locks" DROP CONSTRAINT "fk_stats_period_locks_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_stats_period_locks_org_period"`);
    await queryRunner.query(`DROP TABLE "stats_period_locks"`);
  }
}
