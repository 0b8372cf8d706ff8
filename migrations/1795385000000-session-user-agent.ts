import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: a user's list of sign-ins names the device, so "sign out the others" can be chosen. */
export class SessionUserAgent1795385000000 implements MigrationInterface {
  name = 'SessionUserAgent1795385000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
  }
}
