import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues 16 and 18: a paper-signed agreement waits for the director's seal approval
 * (`seal_requested_at`, `seal_requested_by_id`), and the scans of the signed copy are encrypted at
 * rest (`data_enc`, like agreement_signatures.image_enc) with their page count. The data key lives in
 * the configuration, not here: rows scanned before this migration keep `data` in clear until the app
 * encrypts them on its next start (AgreementScansService.encryptLegacyScans) and clears `data`.
 */
export class PaperSigningSealApproval1795361000000 implements MigrationInterface {
  name = 'PaperSigningSealApproval1795361000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" ADD "seal_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "agreements" ADD "seal_requested_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" ADD "data_enc" bytea`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" ADD "pages" smallint`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" ALTER COLUMN "data" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Encrypted rows cannot be decrypted without the key: down keeps them only if already in clear.
    await queryRunner.query(`DELETE FROM "agreement_scans" WHERE "data" IS NULL`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" ALTER COLUMN "data" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" DROP COLUMN "pages"`);
    await queryRunner.query(`ALTER TABLE "agreement_scans" DROP COLUMN "data_enc"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "seal_requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "seal_requested_at"`);
  }
}
