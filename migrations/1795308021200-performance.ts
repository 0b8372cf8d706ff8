import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Performance1795308021200 implements MigrationInterface {
  name = 'Performance1795308021200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "performance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "term_index" smallint NOT NULL, "performed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "amount" numeric(14,2), "proof" character varying(500), "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6c62ab94fd056e443234fa015f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_performance_records_agreement" ON "performance_records"  ("agreement_id") `);
    await queryRunner.query(`CREATE TABLE "return_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party_id" uuid NOT NULL, "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "performance" character varying(16) NOT NULL, "satisfaction" smallint NOT NULL, "residual_risk" character varying(8) NOT NULL DEFAULT 'none', "note" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_return_visits_risk" CHECK (residual_risk IN ('none', 'low', 'high')), CONSTRAINT "chk_return_visits_satisfaction" CHECK (satisfaction BETWEEN 1 AND 5), CONSTRAINT "chk_return_visits_performance" CHECK (performance IN ('performed', 'partly', 'not_performed')), CONSTRAINT "PK_96ee6edd0bea52b931d2284e56d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_return_visits_case" ON "return_visits"  ("case_id") `);
    await queryRunner.query(`CREATE TABLE "judicial_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "court" character varying(100) NOT NULL, "applied_at" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'applied', "ruling_number" character varying(60), "ruling_date" date, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_judicial_confirmations_status" CHECK (status IN ('applied', 'accepted', 'confirmed', 'refused', 'withdrawn')), CONSTRAINT "PK_9a28ef937a1282ecdabb154de56" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_judicial_confirmations_agreement" ON "judicial_confirmations"  ("agreement_id") `);
    await queryRunner.query(`ALTER TABLE "performance_records" ADD CONSTRAINT "fk_performance_records_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visits" ADD CONSTRAINT "fk_return_visits_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "judicial_confirmations" ADD CONSTRAINT "fk_judicial_confirmations_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "judicial_confirmations" DROP CONSTRAINT "fk_judicial_confirmations_agreement"`);
    await queryRunner.query(`ALTER TABLE "return_visits" DROP CONSTRAINT "fk_return_visits_case"`);
    await queryRunner.query(`ALTER TABLE "performance_records" DROP CONSTRAINT "fk_performance_records_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_judicial_confirmations_agreement"`);
    await queryRunner.query(`DROP TABLE "judicial_confirmations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_return_visits_case"`);
    await queryRunner.query(`DROP TABLE "return_visits"`);
    await queryRunner.query(`DROP INDEX "public"."idx_performance_records_agreement"`);
    await queryRunner.query(`DROP TABLE "performance_records"`);
  }
}
