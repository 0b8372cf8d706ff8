import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a transfer reached nobody. The receiving committee now gets a linked case in
 * `registered` (`transferred_from_case_id`, like `transferred_to_id` without a foreign key: the
 * two committees' records are kept apart by scope, not joined).
 */
export class TransferCreatesCase1795364000000 implements MigrationInterface {
  name = 'TransferCreatesCase1795364000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "transferred_from_case_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "transferred_from_case_id"`);
  }
}
