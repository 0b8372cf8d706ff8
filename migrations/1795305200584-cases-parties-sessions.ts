import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chinese text has no spaces, and trigram indexes need three characters: a
 * two-character name would scan everything. Cases are searched through their
 * Chinese unigrams and all bigrams (latin letters and digits included), held in
 * a generated tsvector with a GIN index; the service rechecks the substring.
 */
const NGRAMS_SQL = `
CREATE FUNCTION tj_ngrams(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT g)), ''::tsvector)
    FROM (SELECT substr(s, i, 2) AS g
            FROM (SELECT lower(regexp_replace(t, '[[:space:][:punct:]（）《》【】，。、：；！？“”‘’]+', ' ', 'g')) AS s) x,
                 generate_series(1, greatest(char_length(s) - 1, 1)) i
          UNION ALL
          SELECT ch FROM regexp_split_to_table(t, '') ch WHERE ch ~ '[一-鿿]') grams
   WHERE g <> '' AND g !~ ' '
$$`;

export class CasesPartiesSessions1795305200584 implements MigrationInterface {
  name = 'CasesPartiesSessions1795305200584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(NGRAMS_SQL);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "scope" character varying(200) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [await queryRunner.getCurrentDatabase(),"public","cases","GENERATED_COLUMN","search_vector","tj_ngrams(search_text)"]);
    await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_number" character varying(40) NOT NULL, "organisation_id" uuid NOT NULL, "year" smallint NOT NULL, "seq" integer NOT NULL, "source" character varying(24) NOT NULL, "dispute_type" character varying(32) NOT NULL, "dispute_subtype" character varying(50), "title" character varying(100) NOT NULL, "facts" text NOT NULL, "requests" text NOT NULL, "amount_in_dispute" numeric(14,2), "occurred_at" TIMESTAMP WITH TIME ZONE, "location" character varying(200), "risk_level" character varying(8) NOT NULL DEFAULT 'none', "is_public" boolean NOT NULL DEFAULT false, "status" character varying(24) NOT NULL DEFAULT 'registered', "version" integer NOT NULL, "referral_id" uuid, "presiding_mediator_id" uuid, "chosen_by" character varying(16), "registered_by_id" uuid NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "status_reason" text, "routes_informed" text, "transferred_to_id" uuid, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_text" text NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (tj_ngrams(search_text)) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_cases_chosen_by" CHECK (chosen_by IS NULL OR chosen_by IN ('committee', 'parties')), CONSTRAINT "chk_cases_risk_level" CHECK (risk_level IN ('none', 'yellow', 'orange', 'red')), CONSTRAINT "chk_cases_dispute_type" CHECK (dispute_type IN ('marriage_family', 'neighbour', 'housing_homestead', 'contract', 'production_business', 'damage_compensation', 'land_forest', 'land_acquisition', 'environment', 'labour', 'consumer', 'medical', 'traffic_accident', 'property_management', 'other')), CONSTRAINT "chk_cases_source" CHECK (source IN ('walk_in', 'phone', 'self_initiated', 'grid', 'hotline_12345', 'court_dispatch', 'court_entrust', 'police', 'petition', 'government', 'online')), CONSTRAINT "chk_cases_status" CHECK (status IN ('registered', 'accepted', 'in_mediation', 'paused', 'agreement_pending', 'agreement_effective', 'performing', 'performed', 'breached', 'terminated', 'not_accepted', 'transferred_out', 'closed', 'archived')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_cases_registered_by" ON "cases"  ("registered_by_id") `);
    await queryRunner.query(`CREATE INDEX "idx_cases_status" ON "cases"  ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_cases_org_activity" ON "cases"  ("organisation_id", "last_activity_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cases_org_year_seq" ON "cases"  ("organisation_id", "year", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cases_case_number" ON "cases"  ("case_number") `);
    await queryRunner.query(`CREATE INDEX "idx_cases_search_vector" ON "cases" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE TABLE "case_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" character varying(50), "kind" character varying(32) NOT NULL, "summary" text NOT NULL, "data" jsonb, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_case_events_case_at" ON "case_events"  ("case_id", "at") `);
    await queryRunner.query(`CREATE TABLE "mediators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "organisation_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "kind" character varying(16) NOT NULL DEFAULT 'member', "status" character varying(16) NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_mediators_status" CHECK (status IN ('active', 'suspended', 'removed')), CONSTRAINT "chk_mediators_kind" CHECK (kind IN ('member', 'engaged')), CONSTRAINT "PK_eaebca7459f606fe0429f3f6798" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mediators_user" ON "mediators"  ("user_id") WHERE user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_mediators_organisation" ON "mediators"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "case_mediators" ("case_id" uuid NOT NULL, "mediator_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_case_mediators_role" CHECK (role IN ('presiding', 'co')), CONSTRAINT "PK_29c2db613810af952a420a919f1" PRIMARY KEY ("case_id", "mediator_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_case_mediators_mediator" ON "case_mediators"  ("mediator_id") `);
    await queryRunner.query(`CREATE TABLE "case_number_counters" ("organisation_id" uuid NOT NULL, "year" smallint NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_5334efb1ce985ef7129faf3b49c" PRIMARY KEY ("organisation_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "mediator_conflicts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "mediator_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "party_id" uuid, "reason" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_mediator_conflicts_kind" CHECK (kind IN ('declared', 'recusal')), CONSTRAINT "PK_e29af73d2b0912f9b96523d235a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mediator_conflicts_case_mediator" ON "mediator_conflicts"  ("case_id", "mediator_id") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "case_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_user_created" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" smallint NOT NULL, "role" character varying(16) NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "sex" character varying(8), "ethnicity" character varying(20), "birth_date" date, "id_type" character varying(20), "id_number_enc" bytea, "id_number_hash" character(64), "id_number_masked" character varying(32), "phone_enc" bytea, "phone_hash" character(64), "phone_masked" character varying(20), "address" character varying(200), "occupation" character varying(100), "legal_representative" character varying(50), "credit_code" character varying(18), "agent_name" character varying(50), "agent_phone_enc" bytea, "agent_phone_masked" character varying(20), "agent_authority" character varying(200), "refused_at" TIMESTAMP WITH TIME ZONE, "refusal_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_parties_sex" CHECK (sex IS NULL OR sex IN ('male', 'female')), CONSTRAINT "chk_parties_id_type" CHECK (id_type IS NULL OR id_type IN ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other')), CONSTRAINT "chk_parties_kind" CHECK (kind IN ('person', 'organisation')), CONSTRAINT "chk_parties_role" CHECK (role IN ('applicant', 'respondent', 'third_party')), CONSTRAINT "PK_da698299dca60d55f0050dde935" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_parties_phone_hash" ON "parties"  ("phone_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_parties_id_number_hash" ON "parties"  ("id_number_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_parties_case" ON "parties"  ("case_id", "position") `);
    await queryRunner.query(`CREATE TABLE "mediation_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "mode" character varying(16) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "place" character varying(200) NOT NULL, "party_ids" uuid array NOT NULL DEFAULT '{}', "mediator_ids" uuid array NOT NULL, "participants" jsonb NOT NULL DEFAULT '[]', "summary" text NOT NULL, "private_notes_enc" bytea, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_mediation_sessions_mode" CHECK (mode IN ('back_to_back', 'face_to_face', 'site_visit')), CONSTRAINT "PK_ce9ebea65a0c9443fab7ce7ac61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mediation_sessions_case" ON "mediation_sessions"  ("case_id", "started_at") `);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_events" ADD CONSTRAINT "fk_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_mediators" ADD CONSTRAINT "fk_case_mediators_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_mediators" ADD CONSTRAINT "fk_case_mediators_mediator" FOREIGN KEY ("mediator_id") REFERENCES "mediators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mediator_conflicts" ADD CONSTRAINT "fk_mediator_conflicts_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mediator_conflicts" ADD CONSTRAINT "fk_mediator_conflicts_mediator" FOREIGN KEY ("mediator_id") REFERENCES "mediators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parties" ADD CONSTRAINT "fk_parties_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mediation_sessions" ADD CONSTRAINT "fk_mediation_sessions_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mediation_sessions" DROP CONSTRAINT "fk_mediation_sessions_case"`);
    await queryRunner.query(`ALTER TABLE "parties" DROP CONSTRAINT "fk_parties_case"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
    await queryRunner.query(`ALTER TABLE "mediator_conflicts" DROP CONSTRAINT "fk_mediator_conflicts_mediator"`);
    await queryRunner.query(`ALTER TABLE "mediator_conflicts" DROP CONSTRAINT "fk_mediator_conflicts_case"`);
    await queryRunner.query(`ALTER TABLE "case_mediators" DROP CONSTRAINT "fk_case_mediators_mediator"`);
    await queryRunner.query(`ALTER TABLE "case_mediators" DROP CONSTRAINT "fk_case_mediators_case"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "fk_case_events_case"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mediation_sessions_case"`);
    await queryRunner.query(`DROP TABLE "mediation_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_parties_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_parties_id_number_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_parties_phone_hash"`);
    await queryRunner.query(`DROP TABLE "parties"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mediator_conflicts_case_mediator"`);
    await queryRunner.query(`DROP TABLE "mediator_conflicts"`);
    await queryRunner.query(`DROP TABLE "case_number_counters"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_mediators_mediator"`);
    await queryRunner.query(`DROP TABLE "case_mediators"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mediators_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mediators_user"`);
    await queryRunner.query(`DROP TABLE "mediators"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_events_case_at"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cases_case_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cases_org_year_seq"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_org_activity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_registered_by"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_search_vector"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN","search_vector",await queryRunner.getCurrentDatabase(),"public","cases"]);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP FUNCTION tj_ngrams(text)`);
  }
}
