import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deadlines1795307476179 implements MigrationInterface {
  name = 'Deadlines1795307476179';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_overrides" ("day" date NOT NULL, "working" boolean NOT NULL, "name" character varying(50) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7071c709cba97771f3b74bc6ed1" PRIMARY KEY ("day"))`);
    await queryRunner.query(`CREATE TABLE "clocks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "agreement_id" uuid, "kind" character varying(24) NOT NULL, "label" character varying(100) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "yellow_at" TIMESTAMP WITH TIME ZONE NOT NULL, "light" character varying(8) NOT NULL DEFAULT 'green', "paused_at" TIMESTAMP WITH TIME ZONE, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_clocks_light" CHECK (light IN ('green', 'yellow', 'red', 'paused', 'done')), CONSTRAINT "chk_clocks_kind" CHECK (kind IN ('acceptance', 'mediation', 'signature', 'obligation', 'judicial_confirmation', 'return_visit', 'filing')), CONSTRAINT "PK_6d0ea9761dab0136878c6ddffee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_clocks_due_at" ON "clocks"  ("due_at") WHERE light IN ('green', 'yellow')`);
    await queryRunner.query(`CREATE INDEX "idx_clocks_yellow_at" ON "clocks"  ("yellow_at") WHERE light = 'green'`);
    await queryRunner.query(`CREATE INDEX "idx_clocks_case" ON "clocks"  ("case_id") `);
    await queryRunner.query(`CREATE TABLE "deadline_rules" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "kind" character varying(24) NOT NULL, "source" character varying(24), "dispute_type" character varying(32), "days" integer NOT NULL, "working_days" boolean NOT NULL DEFAULT false, "basis" character varying(200) NOT NULL, CONSTRAINT "PK_4743ed955f2bc2c60bf01c28942" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_deadline_rules_kind" ON "deadline_rules"  ("kind") `);
    await queryRunner.query(`ALTER TABLE "clocks" ADD CONSTRAINT "fk_clocks_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Default time limits (docs/domain.md §7.1, §10.4); committees change them as data.
    await queryRunner.query(`INSERT INTO "deadline_rules" ("kind", "source", "dispute_type", "days", "working_days", "basis") VALUES
      ('acceptance', NULL, NULL, 3, TRUE, '受理审查:法律只要求“及时”;劳动争议 3 个工作日,默认取 3 个工作日 [L]'),
      ('mediation', NULL, NULL, 30, FALSE, '一般在一个月内调结(人民调解工作若干规定第 33 条)'),
      ('mediation', 'court_dispatch', NULL, 30, FALSE, '法院委派调解 30 日'),
      ('mediation', 'court_entrust', NULL, 15, FALSE, '法院委托调解 15 日(简易程序 7 日)'),
      ('mediation', NULL, 'medical', 30, TRUE, '医疗纠纷 30 个工作日,鉴定期间中止'),
      ('mediation', NULL, 'labour', 15, FALSE, '劳动争议自收到申请之日起 15 日'),
      ('signature', NULL, NULL, 3, FALSE, '协议签署 3 日内完成 [L]'),
      ('judicial_confirmation', NULL, NULL, 30, FALSE, '人民调解法第 33 条:协议生效之日起 30 日内共同申请司法确认'),
      ('return_visit', NULL, NULL, 7, FALSE, '最后履行期限届满后 7 日内回访 [L]'),
      ('filing', NULL, NULL, 30, FALSE, '结案后 30 日内立卷归档 [L]')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clocks" DROP CONSTRAINT "fk_clocks_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_deadline_rules_kind"`);
    await queryRunner.query(`DROP TABLE "deadline_rules"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clocks_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clocks_yellow_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clocks_due_at"`);
    await queryRunner.query(`DROP TABLE "clocks"`);
    await queryRunner.query(`DROP TABLE "calendar_overrides"`);
  }
}
