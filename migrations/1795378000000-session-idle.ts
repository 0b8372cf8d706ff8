import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: a sign-in lasted 12 hours however long it was left unattended. `sessions.last_seen_at`
 * is when the session last made a request; one unused for `TIAOJIE_IDLE_MINUTES` (30 by default)
 * is refused like an expired one, while `expires_at` stays the absolute limit.
 */
export class SessionIdle1795378000000 implements MigrationInterface {
  name = 'SessionIdle1795378000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
  }
}
