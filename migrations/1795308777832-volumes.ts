import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Volumes1795308777832 implements MigrationInterface {
  name = 'Volumes1795308777832';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "volumes" ("case_id" uuid NOT NULL, "volume_number" character varying(40) NOT NULL, "retention" character varying(16) NOT NULL, "pages" smallint NOT NULL, "pdf" bytea NOT NULL, "pdf_sha256" character(64) NOT NULL, "compiled_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_volumes_retention" CHECK (retention IN ('permanent', 'long_term', 'short_term')), CONSTRAINT "PK_991c7aa69351c7ee91a5de4a4dd" PRIMARY KEY ("case_id"))`);
    await queryRunner.query(`ALTER TABLE "volumes" ADD CONSTRAINT "fk_volumes_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volumes" DROP CONSTRAINT "fk_volumes_case"`);
    await queryRunner.query(`DROP TABLE "volumes"`);
  }
}
