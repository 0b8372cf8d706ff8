import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementScansTemplateOverrides1795316309955 implements MigrationInterface {
  name = 'AgreementScansTemplateOverrides1795316309955';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "agreement_scans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "filename" character varying(200) NOT NULL, "content_type" character varying(32) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "data" bytea NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6954ad26eb1ffafd6a6d566f5f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_agreement_scans_agreement" ON "agreement_scans"  ("agreement_id") `);
    await queryRunner.query(`CREATE TABLE "template_overrides" ("organisation_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "source" text NOT NULL, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d21f2ff04224614e809ff345cca" PRIMARY KEY ("organisation_id", "name"))`);
    await queryRunner.query(`ALTER TABLE "agreements" ADD "paper_signed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" ADD CONSTRAINT "fk_agreement_scans_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "template_overrides" ADD CONSTRAINT "fk_template_overrides_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "template_overrides" DROP CONSTRAINT "fk_template_overrides_organisation"`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" DROP CONSTRAINT "fk_agreement_scans_agreement"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "paper_signed"`);
    await queryRunner.query(`DROP TABLE "template_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agreement_scans_agreement"`);
    await queryRunner.query(`DROP TABLE "agreement_scans"`);
  }
}
