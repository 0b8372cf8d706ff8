import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: one case per referral (a decoy case claiming a court's referral closed it when it was
 * terminated), and masks that cannot be undone with the birth year (docs/security.md, "Deviations
 * and decisions").
 */
export class OneCasePerReferral1795340000000 implements MigrationInterface {
  name = 'OneCasePerReferral1795340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keep the case the referral itself points to (else the first registered); unlink the others.
    await queryRunner.query(`UPDATE cases c SET referral_id = NULL
       WHERE c.referral_id IS NOT NULL
         AND c.id <> COALESCE(
               (SELECT r.case_id FROM referrals r WHERE r.id = c.referral_id AND r.case_id IS NOT NULL),
               (SELECT k.id FROM cases k WHERE k.referral_id = c.referral_id ORDER BY k.created_at, k.id LIMIT 1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cases_referral" ON "cases" ("referral_id") `);
    // Stored masks in the new form: 身份证号 keeps its first 2 and last character, phones 3 + 2 (or 2).
    await queryRunner.query(`UPDATE parties SET id_number_masked =
         left(id_number_masked, 2) || repeat('*', length(id_number_masked) - 3) || right(id_number_masked, 1)
       WHERE length(id_number_masked) > 10`);
    for (const column of ['phone_masked', 'agent_phone_masked']) {
      await queryRunner.query(`UPDATE parties SET ${column} = CASE
           WHEN ${column} ~ '^1[0-9]{2}[*]{4}[0-9]{4}$' THEN left(${column}, 3) || '******' || right(${column}, 2)
           ELSE repeat('*', greatest(length(${column}) - 2, 0)) || right(${column}, 2) END
         WHERE ${column} IS NOT NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_cases_referral"`);
  }
}
