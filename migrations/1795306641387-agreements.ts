import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1795306641387 implements MigrationInterface {
  name = 'Agreements1795306641387';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "agreement_number" character varying(48) NOT NULL, "form" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "facts" text NOT NULL, "responsibility" text NOT NULL, "terms" jsonb NOT NULL, "performance" text NOT NULL, "copies" smallint NOT NULL, "version" integer NOT NULL, "created_by_id" uuid NOT NULL, "effective_at" TIMESTAMP WITH TIME ZONE, "pdf" bytea, "pdf_sha256" character(64), "verify_code" character varying(32), "superseded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_agreements_status" CHECK (status IN ('draft', 'signing', 'effective', 'superseded')), CONSTRAINT "chk_agreements_form" CHECK (form IN ('written', 'oral')), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_agreements_pdf_sha256" ON "agreements"  ("pdf_sha256") `);
    await queryRunner.query(`CREATE INDEX "idx_agreements_case" ON "agreements"  ("case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreements_verify_code" ON "agreements"  ("verify_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreements_number" ON "agreements"  ("agreement_number") `);
    await queryRunner.query(`CREATE TABLE "agreement_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "party_id" uuid, "mediator_id" uuid, "committee_seal" boolean NOT NULL DEFAULT false, "kind" character varying(16) NOT NULL, "image_enc" bytea, "recorded_by_id" uuid NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_agreement_signatures_signer" CHECK ((party_id IS NOT NULL)::int + (mediator_id IS NOT NULL)::int + committee_seal::int = 1), CONSTRAINT "chk_agreement_signatures_kind" CHECK (kind IN ('signature', 'fingerprint', 'seal')), CONSTRAINT "PK_984a05438f47e2b2be99bb192d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_agreement_signatures_agreement" ON "agreement_signatures"  ("agreement_id") `);
    await queryRunner.query(`CREATE TABLE "signing_keys" ("organisation_id" uuid NOT NULL, "certificate_pem" text NOT NULL, "private_key_enc" bytea NOT NULL, "source" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_signing_keys_source" CHECK (source IN ('self_issued', 'imported')), CONSTRAINT "PK_0ed076abff87da8a73452c5b00b" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "agreements" ADD CONSTRAINT "fk_agreements_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_signatures" ADD CONSTRAINT "fk_agreement_signatures_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "signing_keys" ADD CONSTRAINT "fk_signing_keys_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP CONSTRAINT "fk_signing_keys_organisation"`);
    await queryRunner.query(`ALTER TABLE "agreement_signatures" DROP CONSTRAINT "fk_agreement_signatures_agreement"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "fk_agreements_case"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agreement_signatures_agreement"`);
    await queryRunner.query(`DROP TABLE "agreement_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreements_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreements_verify_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agreements_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agreements_pdf_sha256"`);
    await queryRunner.query(`DROP TABLE "agreements"`);
  }
}
