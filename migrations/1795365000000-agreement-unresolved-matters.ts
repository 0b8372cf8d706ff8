import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 (story 2): an agreement on part of a dispute, the rest terminated with the routes told.
 */
export class AgreementUnresolvedMatters1795365000000 implements MigrationInterface {
  name = 'AgreementUnresolvedMatters1795365000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" ADD "unresolved_matters" text`);
    await queryRunner.query(`ALTER TABLE "agreements" ADD "routes_informed" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "routes_informed"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "unresolved_matters"`);
  }
}
