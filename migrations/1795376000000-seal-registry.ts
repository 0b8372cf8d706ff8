import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 18: the committee seal registered with its hash, custodian and date (seal registry). */
export class SealRegistry1795376000000 implements MigrationInterface {
  name = 'SealRegistry1795376000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "seal_sha256" character(64)`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "seal_custodian" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "seal_registered_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "seal_registered_at"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "seal_custodian"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "seal_sha256"`);
  }
}
