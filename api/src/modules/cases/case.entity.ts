import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  type CaseSource,
  type CaseStatus,
  CHOSEN_BY,
  type ChosenBy,
  DISPUTE_TYPES,
  type DisputeType,
  inList,
  RISK_LEVELS,
  type RiskLevel,
} from './case.enums.js';
import { SENSITIVITY_REASONS, type SensitivityReason } from './case-sensitivity.js';

/** A dispute (纠纷案件): one case, one volume. */
@Entity({ name: 'cases' })
@Check('chk_cases_status', `status IN (${inList(CASE_STATUSES)})`)
@Check('chk_cases_source', `source IN (${inList(CASE_SOURCES)})`)
@Check('chk_cases_dispute_type', `dispute_type IN (${inList(DISPUTE_TYPES)})`)
@Check('chk_cases_risk_level', `risk_level IN (${inList(RISK_LEVELS)})`)
@Check('chk_cases_sensitivity', `sensitivity IS NULL OR sensitivity IN (${inList(SENSITIVITY_REASONS)})`)
@Check('chk_cases_chosen_by', `chosen_by IS NULL OR chosen_by IN (${inList(CHOSEN_BY)})`)
@Index('uq_cases_case_number', ['caseNumber'], { unique: true })
@Index('uq_cases_org_year_seq', ['organisationId', 'year', 'seq'], { unique: true })
@Index('idx_cases_org_activity', ['organisationId', 'lastActivityAt'])
// The case list's order across the organisations of a scope (docs/performance.md).
@Index('idx_cases_activity', ['lastActivityAt'])
@Index('idx_cases_status', ['status'])
@Index('idx_cases_org_created', ['organisationId', 'createdAt'])
@Index('idx_cases_org_accepted', ['organisationId', 'acceptedAt'])
@Index('idx_cases_registered_by', ['registeredById'])
@Index('uq_cases_track_code', ['trackCode'], { unique: true })
// One case per referral: its outcome closes the referral and answers the referring body.
@Index('uq_cases_referral', ['referralId'], { unique: true })
// GIN index over searchVector, written by hand in the migration (TypeORM cannot declare GIN).
@Index('idx_cases_search_vector', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `(2026)枫调字第0012号` */
  @Column({ type: 'varchar', length: 40 })
  caseNumber: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_cases_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 24 })
  source: CaseSource;

  @Column({ type: 'varchar', length: 32 })
  disputeType: DisputeType;

  @Column({ type: 'varchar', length: 50, nullable: true })
  disputeSubtype: string | null;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'text' })
  requests: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amountInDispute: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 8, default: 'none' })
  riskLevel: RiskLevel;

  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  /**
   * Why the case is sensitive (family, health, minors), or null: its facts, requests, session summaries
   * and timeline texts are then the case team's only (docs/security.md, "Case sensitivity").
   */
  @Column({ type: 'varchar', length: 16, nullable: true })
  sensitivity: SensitivityReason | null;

  @Column({ type: 'varchar', length: 24, default: 'registered' })
  status: CaseStatus;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  referralId: string | null;

  /**
   * The "prevented" indicators the mediator judged this case to have averted (docs/domain.md §4.2), each
   * with the number of persons: e.g. `{ "criminal": 2, "group_petition": 15 }`. Null: none recorded.
   */
  @Column({ type: 'jsonb', nullable: true })
  prevention: Partial<Record<'criminal' | 'group_petition' | 'group_fight' | 'suicide', number>> | null;

  /** 无争议事实: facts the parties confirmed when mediation failed, for the court's later use. */
  @Column({ type: 'text', nullable: true })
  undisputedFacts: string | null;

  @Column({ type: 'uuid', nullable: true })
  presidingMediatorId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  chosenBy: ChosenBy | null;

  /** Who registered it; null for a party's own online application. */
  @Column({ type: 'uuid', nullable: true })
  registeredById: string | null;

  /**
   * 一案一码: the code a party follows the case by (GET /api/public/track/:code), set by the database
   * on insert (trigger tj_cases_track_code) from gen_random_uuid: 12 hex digits, never reused.
   */
  @Column({ type: 'varchar', length: 12, insert: false, update: false })
  trackCode: string;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Reason of the last refusal, pause, transfer or termination. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Art 26: the routes (arbitration, administrative, court) the parties were told of. */
  @Column({ type: 'text', nullable: true })
  routesInformed: string | null;

  @Column({ type: 'uuid', nullable: true })
  transferredToId: string | null;

  /** The case this one was transferred from (移送), at another committee. */
  @Column({ type: 'uuid', nullable: true })
  transferredFromCaseId: string | null;

  /** The case mediated again here after the court refused to confirm its agreement or voided it. */
  @Column({ type: 'uuid', nullable: true })
  remediationOfCaseId: string | null;

  @ManyToOne(() => CaseEntity, { nullable: true, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'remediation_of_case_id', foreignKeyConstraintName: 'fk_cases_remediation_of' })
  remediationOf?: Relation<CaseEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /** Case number, title, facts and party names: what `q` searches. */
  @Column({ type: 'text', select: false })
  searchText: string;

  /** Chinese unigrams and bigrams of searchText (see tj_ngrams in the migration). */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: 'tj_ngrams(search_text)',
  })
  searchVector: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
