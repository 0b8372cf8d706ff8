import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: 风险报告 to the police or the judicial office, acknowledged against a clock. */
export class EscalationReports1795380000000 implements MigrationInterface {
  name = 'EscalationReports1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalation_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "level" character varying(8) NOT NULL, "note" text NOT NULL, "recipient_organisation_id" uuid NOT NULL, "reported_by_id" uuid, "reported_by_name" character varying(50) NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledge_by" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_name" character varying(50), "response" character varying(500), CONSTRAINT "chk_escalation_reports_level" CHECK (level IN ('orange', 'red')), CONSTRAINT "PK_a416eb4eea64e79a50d64dd5457" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_escalation_reports_recipient" ON "escalation_reports" ("recipient_organisation_id", "acknowledged_at") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_escalation_reports_case" ON "escalation_reports" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "escalation_reports" ADD CONSTRAINT "fk_escalation_reports_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "chk_clocks_kind"`);
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "chk_clocks_kind" CHECK (kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'court_acceptance', 'court_ruling', 'return_visit', 'filing', 'escalation'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "clocks" WHERE kind = 'escalation'`);
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "chk_clocks_kind"`);
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "chk_clocks_kind" CHECK (kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'court_acceptance', 'court_ruling', 'return_visit', 'filing'))`,
    );
    await queryRunner.query(`ALTER TABLE "escalation_reports" DROP CONSTRAINT "fk_escalation_reports_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_escalation_reports_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_escalation_reports_recipient"`);
    await queryRunner.query(`DROP TABLE "escalation_reports"`);
  }
}
