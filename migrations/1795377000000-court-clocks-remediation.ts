import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: judicial confirmation had no tracking clocks and a refusal started nothing.
 * - Clock kinds `court_acceptance` (the court decides within 3 days of the application whether to
 *   accept it) and `court_ruling` (it rules within 15 days of acceptance), 法释〔2011〕5号 Art 5, 7;
 *   their lengths are rules as data in `deadline_rules`.
 * - `cases.remediation_of_case_id`: a new case opened to mediate again after the court refused to
 *   confirm the agreement or declared it invalid (the same committee, so a foreign key).
 */
export class CourtClocksRemediation1795377000000 implements MigrationInterface {
  name = 'CourtClocksRemediation1795377000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "chk_clocks_kind"`);
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "chk_clocks_kind" CHECK (kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'court_acceptance', 'court_ruling', 'return_visit', 'filing'))`,
    );
    await queryRunner.query(`INSERT INTO "deadline_rules" ("kind", "source", "dispute_type", "days", "working_days", "basis") VALUES
      ('court_acceptance', NULL, NULL, 3, FALSE, '法释〔2011〕5号第五条:人民法院收到申请后 3 日内决定是否受理'),
      ('court_ruling', NULL, NULL, 15, FALSE, '法释〔2011〕5号第七条:受理之日起 15 日内作出是否确认的决定(经院长批准可延长 10 日)')`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "remediation_of_case_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_remediation_of" FOREIGN KEY ("remediation_of_case_id") REFERENCES "cases"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_remediation_of"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "remediation_of_case_id"`);
    await queryRunner.query(`DELETE FROM "deadline_rules" WHERE kind IN ('court_acceptance', 'court_ruling')`);
    await queryRunner.query(`DELETE FROM "clocks" WHERE kind IN ('court_acceptance', 'court_ruling')`);
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "chk_clocks_kind"`);
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "chk_clocks_kind" CHECK (kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'return_visit', 'filing'))`,
    );
  }
}
