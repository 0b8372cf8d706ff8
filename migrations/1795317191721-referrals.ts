import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1795317191721 implements MigrationInterface {
  name = 'Referrals1795317191721';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "key_hash" character(64) NOT NULL, "prefix" character varying(12) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_hash" ON "api_keys"  ("key_hash") `);
    await queryRunner.query(`CREATE TABLE "file_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "items" jsonb NOT NULL, "score" smallint NOT NULL, "note" text, "reviewer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c7970866b9c6f0de1d63475215" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_file_reviews_case" ON "file_reviews"  ("case_id") `);
    await queryRunner.query(`CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referring_organisation_id" uuid NOT NULL, "target_organisation_id" uuid, "source" character varying(20) NOT NULL, "external_ref" character varying(100) NOT NULL, "title" character varying(100) NOT NULL, "summary" text NOT NULL, "dispute_type" character varying(32) NOT NULL, "parties_enc" bytea NOT NULL, "party_names" text array NOT NULL, "due_date" date, "contact" character varying(200) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'received', "declined_reason" text, "case_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "feedback_due_at" TIMESTAMP WITH TIME ZONE, "first_feedback_at" TIMESTAMP WITH TIME ZONE, "feedback_overdue_notified_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "api_key_id" uuid, CONSTRAINT "uq_referrals_body_ref" UNIQUE ("referring_organisation_id", "external_ref"), CONSTRAINT "chk_referrals_status" CHECK (status IN ('received', 'dispatched', 'accepted', 'declined', 'closed')), CONSTRAINT "chk_referrals_source" CHECK (source IN ('court_dispatch', 'court_entrust', 'police', 'petition', 'hotline_12345', 'grid', 'government')), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_referrals_status" ON "referrals"  ("status", "received_at") `);
    await queryRunner.query(`CREATE INDEX "idx_referrals_target" ON "referrals"  ("target_organisation_id") `);
    await queryRunner.query(`CREATE TABLE "referral_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(24) NOT NULL, "summary" text NOT NULL, "actor_name" character varying(64), CONSTRAINT "PK_850a7d8ea24a8e90aba261d0190" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_referral_events_referral" ON "referral_events"  ("referral_id", "at") `);
    await queryRunner.query(`ALTER TABLE "cases" ADD "undisputed_facts" text`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "file_reviews" ADD CONSTRAINT "fk_file_reviews_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_referring_org" FOREIGN KEY ("referring_organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_target_org" FOREIGN KEY ("target_organisation_id") REFERENCES "organisations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_events" ADD CONSTRAINT "fk_referral_events_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A referred case reaching its outcome closes the referral and tells the referring body's liaisons,
    // whichever code path changed the status (agreement finalised, mediation terminated).
    await queryRunner.query(`CREATE FUNCTION tj_referral_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r referrals%ROWTYPE;
BEGIN
  UPDATE referrals SET status = 'closed', closed_at = now()
   WHERE id = NEW.referral_id AND status = 'accepted' RETURNING * INTO r;
  IF NOT FOUND THEN RETURN NEW; END IF;
  INSERT INTO referral_events (referral_id, kind, summary)
  VALUES (r.id, 'outcome', CASE NEW.status WHEN 'terminated' THEN '调解终止，结果回函已可下载'
                                           ELSE '达成调解协议，结果回函已可下载' END);
  INSERT INTO notifications (user_id, kind, title, body)
  SELECT u.id, 'referral_outcome', '调解结果已出：' || r.external_ref,
         CASE NEW.status WHEN 'terminated' THEN '调解未达成协议，已终止调解。' ELSE '当事人已达成调解协议。' END
         || '请在委派详情中下载结果回函。'
    FROM users u
   WHERE u.active AND u.organisation_id = r.referring_organisation_id
     AND u.role IN ('court_liaison', 'police_liaison', 'petition_liaison');
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_cases_referral_outcome AFTER UPDATE OF status ON cases
      FOR EACH ROW WHEN (NEW.referral_id IS NOT NULL AND NEW.status IN ('agreement_effective', 'terminated')
                         AND OLD.status IS DISTINCT FROM NEW.status)
      EXECUTE FUNCTION tj_referral_outcome()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_cases_referral_outcome ON cases`);
    await queryRunner.query(`DROP FUNCTION tj_referral_outcome()`);
    await queryRunner.query(`ALTER TABLE "referral_events" DROP CONSTRAINT "fk_referral_events_referral"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_case"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_target_org"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_referring_org"`);
    await queryRunner.query(`ALTER TABLE "file_reviews" DROP CONSTRAINT "fk_file_reviews_case"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_organisation"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "undisputed_facts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_referral_events_referral"`);
    await queryRunner.query(`DROP TABLE "referral_events"`);
    await queryRunner.query(`DROP INDEX "public"."idx_referrals_target"`);
    await queryRunner.query(`DROP INDEX "public"."idx_referrals_status"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP INDEX "public"."idx_file_reviews_case"`);
    await queryRunner.query(`DROP TABLE "file_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_hash"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
