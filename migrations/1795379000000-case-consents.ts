import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: 告知与同意, the rights notice delivered to each party and the consents it gave. */
export class CaseConsents1795379000000 implements MigrationInterface {
  name = 'CaseConsents1795379000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "given" boolean NOT NULL, "method" character varying(16) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" character varying(200), "recorded_by_id" uuid, "recorded_by_name" character varying(50) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_case_consents_kind" CHECK (kind IN ('rights_notice', 'mediate', 'invite_participant', 'public_mediation', 'extension', 'remote_session', 'disclosure', 'electronic_service', 'data_sharing')), CONSTRAINT "chk_case_consents_method" CHECK (method IN ('written', 'oral', 'phone', 'recorded', 'online')), CONSTRAINT "PK_f76061198c833571b1435d76c83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_consents_case" ON "case_consents" ("case_id", "party_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_consents" ADD CONSTRAINT "fk_case_consents_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_consents" ADD CONSTRAINT "fk_case_consents_party" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Cases accepted before this release were told their rights on paper; say so rather than block them.
    await queryRunner.query(
      `INSERT INTO "case_consents" ("case_id", "party_id", "kind", "given", "method", "given_at", "note", "recorded_by_name")
       SELECT p.case_id, p.id, 'rights_notice', true, 'written', c.accepted_at, '升级前受理,告知书见纸质卷宗', '系统'
         FROM parties p JOIN cases c ON c.id = p.case_id WHERE c.accepted_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_consents" DROP CONSTRAINT "fk_case_consents_party"`);
    await queryRunner.query(`ALTER TABLE "case_consents" DROP CONSTRAINT "fk_case_consents_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_consents_case"`);
    await queryRunner.query(`DROP TABLE "case_consents"`);
  }
}
