import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: 人民调解调查记录, a mediator's interviews of parties and witnesses. */
export class InvestigationRecords1795382000000 implements MigrationInterface {
  name = 'InvestigationRecords1795382000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "investigation_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "investigated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "investigator_ids" uuid array NOT NULL, "recorder_name" character varying(50), "party_id" uuid, "interviewee_name" character varying(100) NOT NULL, "interviewee_relation" character varying(50) NOT NULL, "subject" character varying(200) NOT NULL, "content" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3fcf1736407bc572a3788afdcc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_investigation_records_case" ON "investigation_records" ("case_id", "investigated_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "investigation_records" ADD CONSTRAINT "fk_investigation_records_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "investigation_records" DROP CONSTRAINT "fk_investigation_records_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_investigation_records_case"`);
    await queryRunner.query(`DROP TABLE "investigation_records"`);
  }
}
