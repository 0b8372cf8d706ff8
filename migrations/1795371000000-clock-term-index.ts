import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: an obligation clock names its agreement term by index (`term_index`), no longer only in
 * its Chinese label (which the performance record used to search). Existing clocks take the index
 * from the label they were given (第N项履行期限).
 */
export class ClockTermIndex1795371000000 implements MigrationInterface {
  name = 'ClockTermIndex1795371000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clocks" ADD "term_index" smallint`);
    await queryRunner.query(
      `UPDATE "clocks" SET "term_index" = substring("label" from '第([0-9]+)项')::smallint - 1 WHERE "kind" = 'obligation'`,
    );
    await queryRunner.query(
      `ALTER TABLE "clocks" ADD CONSTRAINT "chk_clocks_term_index" CHECK ((kind = 'obligation') = (term_index IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "chk_clocks_term_index"`);
    await queryRunner.query(`ALTER TABLE "clocks" DROP COLUMN "term_index"`);
  }
}
