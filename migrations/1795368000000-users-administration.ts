import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_ROLES = [
  'mediator',
  'recorder',
  'director',
  'intake_clerk',
  'judicial_officer',
  'county_bureau',
  'court_liaison',
  'police_liaison',
  'petition_liaison',
  'admin',
];
const NEW_ROLES = [...OLD_ROLES, 'security_admin', 'audit_admin'];
const roleCheck = (roles: string[]) =>
  `ALTER TABLE "users" ADD CONSTRAINT "chk_users_role" CHECK (role IN (${roles.map((r) => `'${r}'`).join(', ')}))`;

/**
 * Issue 19: users administered in the product. The 三员 roles (security and audit administrators),
 * temporary passwords that must be changed at the next sign-in, and the hashes of the last passwords
 * (a new password may not repeat them).
 */
export class UsersAdministration1795368000000 implements MigrationInterface {
  name = 'UsersAdministration1795368000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "chk_users_role"`);
    await queryRunner.query(roleCheck(NEW_ROLES));
    await queryRunner.query(`ALTER TABLE "users" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "previous_password_hashes" text array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "previous_password_hashes"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_changed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "chk_users_role"`);
    await queryRunner.query(roleCheck(OLD_ROLES));
  }
}
