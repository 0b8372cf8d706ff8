import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a court may refuse to accept an application for judicial confirmation (法释〔2011〕5号
 * Art 7); `rejected_for_acceptance` is longer than the old 16 characters of `status`.
 */
export class ConfirmationNotAccepted1795362000000 implements MigrationInterface {
  name = 'ConfirmationNotAccepted1795362000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "judicial_confirmations" DROP CONSTRAINT "chk_judicial_confirmations_status"`,
    );
    await queryRunner.query(`ALTER TABLE "judicial_confirmations" ALTER COLUMN "status" TYPE character varying(24)`);
    await queryRunner.query(
      `ALTER TABLE "judicial_confirmations" ADD CONSTRAINT "chk_judicial_confirmations_status" CHECK (status IN ('applied', 'accepted', 'confirmed', 'refused', 'rejected_for_acceptance', 'withdrawn'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "judicial_confirmations" SET "status" = 'refused' WHERE "status" = 'rejected_for_acceptance'`,
    );
    await queryRunner.query(
      `ALTER TABLE "judicial_confirmations" DROP CONSTRAINT "chk_judicial_confirmations_status"`,
    );
    await queryRunner.query(`ALTER TABLE "judicial_confirmations" ALTER COLUMN "status" TYPE character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "judicial_confirmations" ADD CONSTRAINT "chk_judicial_confirmations_status" CHECK (status IN ('applied', 'accepted', 'confirmed', 'refused', 'withdrawn'))`,
    );
  }
}
