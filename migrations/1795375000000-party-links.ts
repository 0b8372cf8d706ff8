import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 23: one-time links for parties (hashes only) and the parties' own evaluations. */
export class PartyLinks1795375000000 implements MigrationInterface {
  name = 'PartyLinks1795375000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "party_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "code_hash" character(64), "code_sent_at" TIMESTAMP WITH TIME ZONE, "code_attempts" smallint NOT NULL DEFAULT '0', "locked_at" TIMESTAMP WITH TIME ZONE, "session_hash" character(64), "session_expires_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_party_links_purpose" CHECK (purpose IN ('read', 'sign', 'evaluate')), CONSTRAINT "PK_081d35cf2f473e9ec290cade79b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_party_links_token" ON "party_links" ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_party_links_session" ON "party_links" ("session_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_party_links_case" ON "party_links" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "party_links" ADD CONSTRAINT "fk_party_links_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party_links" ADD CONSTRAINT "fk_party_links_party" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "party_evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party_id" uuid NOT NULL, "satisfaction" smallint NOT NULL, "comment" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_party_evaluations_satisfaction" CHECK (satisfaction BETWEEN 1 AND 5), CONSTRAINT "PK_076124e531d7c742f4645dad1da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_party_evaluations_case" ON "party_evaluations" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "party_evaluations" ADD CONSTRAINT "fk_party_evaluations_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party_evaluations" ADD CONSTRAINT "fk_party_evaluations_party" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "party_evaluations"`);
    await queryRunner.query(`DROP TABLE "party_links"`);
  }
}
