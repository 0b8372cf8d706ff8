import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit table is append-only and hash-chained, enforced by the database:
 * each insert takes a transaction-scoped advisory lock, numbers the row after
 * the last one and links it to that row's hash; UPDATE, DELETE and TRUNCATE
 * are refused. `audit_event_hash` is also what /api/audit/verify recomputes.
 */
const AUDIT_CHAIN_SQL = `
CREATE FUNCTION audit_event_hash(prev character, e audit_events) RETURNS character
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    prev, e.seq::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''), coalesce(e.actor_name, ''), coalesce(e.organisation_id::text, ''),
    e.action, e.entity, coalesce(e.entity_id, ''),
    coalesce(e.before::text, ''), coalesce(e.after::text, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_events_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last audit_events%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('tiaojie.audit_events'));
  SELECT * INTO last FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.at := date_trunc('milliseconds', clock_timestamp());
  NEW.prev_hash := coalesce(last.hash, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
  RETURN NEW;
END $$;

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER trg_audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append();
CREATE TRIGGER trg_audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
`;

export class Initial1795304443085 implements MigrationInterface {
  name = 'Initial1795304443085';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_name" character varying(64), "organisation_id" uuid, "action" character varying(64) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_organisation" ON "audit_events"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_entity" ON "audit_events"  ("entity", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "login_failures" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "username" character varying(64) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_login_failures_ip_at" ON "login_failures"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_login_failures_username_at" ON "login_failures"  ("username", "at") `);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" character varying(32) NOT NULL, "parent_id" uuid, "path" text NOT NULL, "case_number_prefix" character varying(16), "address" character varying(200), "seal_image" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_organisations_kind" CHECK (kind IN ('county_bureau', 'judicial_office', 'committee', 'centre', 'court', 'police', 'petition_office', 'hotline', 'government')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_organisations_parent" ON "organisations"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "idx_organisations_path" ON "organisations"  ("path") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "name" character varying(50) NOT NULL, "role" character varying(32) NOT NULL, "organisation_id" uuid NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_users_role" CHECK (role IN ('mediator', 'recorder', 'director', 'intake_clerk', 'judicial_officer', 'county_bureau', 'court_liaison', 'police_liaison', 'petition_liaison', 'admin')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_users_organisation" ON "users"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "organisations" ADD CONSTRAINT "fk_organisations_parent" FOREIGN KEY ("parent_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(AUDIT_CHAIN_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_audit_events_no_truncate" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_events_immutable" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_events_chain" ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION audit_events_append()`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(character, audit_events)`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_organisation"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "fk_organisations_parent"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
    await queryRunner.query(`DROP INDEX "public"."idx_users_organisation"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."idx_organisations_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_organisations_parent"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_username_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_ip_at"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_entity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_organisation"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
