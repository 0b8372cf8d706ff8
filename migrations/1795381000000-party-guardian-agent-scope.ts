import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: a party's guardian (监护人), and the scope and validity of its agent's power of attorney. */
export class PartyGuardianAgentScope1795381000000 implements MigrationInterface {
  name = 'PartyGuardianAgentScope1795381000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parties" ADD "agent_scope" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "parties" ADD "agent_valid_until" date`);
    await queryRunner.query(`ALTER TABLE "parties" ADD "guardian_name" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "parties" ADD "guardian_relation" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "parties" ADD "guardian_phone_enc" bytea`);
    await queryRunner.query(`ALTER TABLE "parties" ADD "guardian_phone_masked" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "parties" ADD CONSTRAINT "chk_parties_agent_scope" CHECK (agent_scope IS NULL OR agent_scope IN ('general', 'special'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parties" DROP CONSTRAINT "chk_parties_agent_scope"`);
    for (const column of [
      'guardian_phone_masked',
      'guardian_phone_enc',
      'guardian_relation',
      'guardian_name',
      'agent_valid_until',
      'agent_scope',
    ]) {
      await queryRunner.query(`ALTER TABLE "parties" DROP COLUMN "${column}"`);
    }
  }
}
