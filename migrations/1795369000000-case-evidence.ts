import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: 证据材料, a case's evidence files, encrypted at rest, with source and sensitivity. */
export class CaseEvidence1795369000000 implements MigrationInterface {
  name = 'CaseEvidence1795369000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "description" character varying(500) NOT NULL, "source" character varying(16) NOT NULL, "sensitivity" character varying(16) NOT NULL DEFAULT 'normal', "obtained_on" date, "filename" character varying(200) NOT NULL, "content_type" character varying(32) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "pages" smallint NOT NULL, "data_enc" bytea NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_case_evidence_source" CHECK (source IN ('party', 'investigation', 'referrer', 'third_party')), CONSTRAINT "chk_case_evidence_sensitivity" CHECK (sensitivity IN ('normal', 'sensitive')), CONSTRAINT "PK_7e55406e1eb2dce1502f4e1f634" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_case_evidence_case" ON "case_evidence" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "case_evidence" ADD CONSTRAINT "fk_case_evidence_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_evidence" DROP CONSTRAINT "fk_case_evidence_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_evidence_case"`);
    await queryRunner.query(`DROP TABLE "case_evidence"`);
  }
}
