import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UrgingAndOutbox1795316292935 implements MigrationInterface {
  name = 'UrgingAndOutbox1795316292935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "urging_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "term_index" smallint, "urged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "method" character varying(16) NOT NULL, "note" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_urging_records_method" CHECK (method IN ('phone', 'visit', 'letter', 'message')), CONSTRAINT "PK_c160c30e83bd4329b5dd476c8ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_urging_records_agreement" ON "urging_records"  ("agreement_id") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "dispatched_at" TIMESTAMP WITH TIME ZONE`);
    // Entries written before the outbox existed are not sent out after the upgrade.
    await queryRunner.query(`UPDATE "notifications" SET "dispatched_at" = "created_at"`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_outbox" ON "notifications"  ("created_at") WHERE dispatched_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "urging_records" ADD CONSTRAINT "fk_urging_records_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "urging_records" DROP CONSTRAINT "fk_urging_records_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_outbox"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "dispatched_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_urging_records_agreement"`);
    await queryRunner.query(`DROP TABLE "urging_records"`);
  }
}
