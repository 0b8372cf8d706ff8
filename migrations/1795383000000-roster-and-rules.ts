import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: the mediators roster (many organisations, term, court roster number, training) and the
 * time limits as data a committee may adjust (its own rule beside the system's; statutory ones fixed).
 */
export class RosterAndRules1795383000000 implements MigrationInterface {
  name = 'RosterAndRules1795383000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediators" ADD "full_time" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "mediators" ADD "court_roster_no" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "mediators" ADD "term_start" date`);
    await queryRunner.query(`ALTER TABLE "mediators" ADD "term_end" date`);
    await queryRunner.query(`ALTER TABLE "mediators" ADD "trainings" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "mediators" ADD "term_warned_for" date`);
    await queryRunner.query(
      `ALTER TABLE "mediators" ADD CONSTRAINT "chk_mediators_term" CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)`,
    );
    await queryRunner.query(
      `CREATE TABLE "mediator_organisations" ("mediator_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_576af3700d4ac34174b7397cde4" PRIMARY KEY ("mediator_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mediator_organisations_org" ON "mediator_organisations" ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mediator_organisations" ADD CONSTRAINT "fk_mediator_organisations_mediator" FOREIGN KEY ("mediator_id") REFERENCES "mediators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mediator_organisations" ADD CONSTRAINT "fk_mediator_organisations_org" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "mediator_organisations" ("mediator_id", "organisation_id") SELECT "id", "organisation_id" FROM "mediators"`,
    );

    await queryRunner.query(`ALTER TABLE "deadline_rules" ADD "organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" ADD "statutory" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "deadline_rules" ADD CONSTRAINT "fk_deadline_rules_org" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_rules" ADD CONSTRAINT "chk_deadline_rules_days" CHECK (days >= 1 AND days <= 365 AND (max_extension_days IS NULL OR max_extension_days BETWEEN 0 AND 365))`,
    );
    // Fixed by law or by the court's own rules: a committee may not shorten or lengthen them.
    await queryRunner.query(
      `UPDATE "deadline_rules" SET "statutory" = true WHERE kind IN ('judicial_confirmation', 'court_acceptance', 'court_ruling') OR (kind = 'mediation' AND dispute_type IN ('labour', 'medical'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "deadline_rules" WHERE "organisation_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP CONSTRAINT "chk_deadline_rules_days"`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP CONSTRAINT "fk_deadline_rules_org"`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP COLUMN "statutory"`);
    await queryRunner.query(`ALTER TABLE "deadline_rules" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`ALTER TABLE "mediator_organisations" DROP CONSTRAINT "fk_mediator_organisations_org"`);
    await queryRunner.query(
      `ALTER TABLE "mediator_organisations" DROP CONSTRAINT "fk_mediator_organisations_mediator"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_mediator_organisations_org"`);
    await queryRunner.query(`DROP TABLE "mediator_organisations"`);
    await queryRunner.query(`ALTER TABLE "mediators" DROP CONSTRAINT "chk_mediators_term"`);
    for (const column of ['term_warned_for', 'trainings', 'term_end', 'term_start', 'court_roster_no', 'full_time']) {
      await queryRunner.query(`ALTER TABLE "mediators" DROP COLUMN "${column}"`);
    }
  }
}
