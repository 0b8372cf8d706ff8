import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a session held by phone or video (`medium`), with the parties' consent to remote
 * mediation recorded (`remote_consent`: which parties, how, when).
 */
export class SessionRemoteMode1795366000000 implements MigrationInterface {
  name = 'SessionRemoteMode1795366000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" ADD "medium" character varying(16) NOT NULL DEFAULT 'in_person'`,
    );
    await queryRunner.query(`ALTER TABLE "mediation_sessions" ADD "remote_consent" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" ADD CONSTRAINT "chk_mediation_sessions_medium" CHECK (medium IN ('in_person', 'phone', 'video'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" ADD CONSTRAINT "chk_mediation_sessions_remote_consent" CHECK (medium = 'in_person' OR (remote_consent->>'method') IN ('oral', 'recorded', 'written'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mediation_sessions" DROP CONSTRAINT "chk_mediation_sessions_remote_consent"`,
    );
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP CONSTRAINT "chk_mediation_sessions_medium"`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP COLUMN "remote_consent"`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP COLUMN "medium"`);
  }
}
