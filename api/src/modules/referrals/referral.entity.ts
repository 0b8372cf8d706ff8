import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

export const REFERRAL_SOURCES = [
  'court_dispatch',
  'court_entrust',
  'police',
  'petition',
  'hotline_12345',
  'grid',
  'government',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** received → dispatched → accepted → closed (outcome ready); declined goes back to the office. */
export const REFERRAL_STATUSES = ['received', 'dispatched', 'accepted', 'declined', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A dispute handed to people's mediation by a court, police station, petition office … (委派 / 移交). */
@Entity({ name: 'referrals' })
@Unique('uq_referrals_body_ref', ['referringOrganisationId', 'externalRef'])
@Check(
  'chk_referrals_source',
  `source IN ('court_dispatch', 'court_entrust', 'police', 'petition', 'hotline_12345', 'grid', 'government')`,
)
@Check('chk_referrals_status', `status IN ('received', 'dispatched', 'accepted', 'declined', 'closed')`)
@Index('idx_referrals_target', ['targetOrganisationId'])
@Index('idx_referrals_status', ['status', 'receivedAt'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The court, police station, petition office … that referred it. */
  @Column({ type: 'uuid' })
  referringOrganisationId: string;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'referring_organisation_id', foreignKeyConstraintName: 'fk_referrals_referring_org' })
  referringOrganisation?: OrganisationEntity;

  /** The committee it was sent to (分拨); null while in the judicial office's inbox. */
  @Column({ type: 'uuid', nullable: true })
  targetOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'target_organisation_id', foreignKeyConstraintName: 'fk_referrals_target_org' })
  targetOrganisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 20 })
  source: ReferralSource;

  /** The referrer's own number, e.g. the court's 诉前调 number. Unique per referring body. */
  @Column({ type: 'varchar', length: 100 })
  externalRef: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 32 })
  disputeType: string;

  /** The parties as submitted, encrypted as one JSON document (they carry ID numbers and phones). */
  @Column({ type: 'bytea' })
  partiesEnc: Buffer;

  @Column({ type: 'text', array: true })
  partyNames: string[];

  /** The referrer's deadline (e.g. 30 days for a court's 委派). */
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** Who at the referring body to call back (their staff, not a party). */
  @Column({ type: 'varchar', length: 200 })
  contact: string;

  @Column({ type: 'varchar', length: 16, default: 'received' })
  status: ReferralStatus;

  @Column({ type: 'text', nullable: true })
  declinedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => CaseEntity)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_referrals_case' })
  case?: CaseEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** When the outcome (agreement or termination) became ready for the referrer. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** First feedback owed to the referrer (police: 24 hours after receipt). */
  @Column({ type: 'timestamptz', nullable: true })
  feedbackDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstFeedbackAt: Date | null;

  /** Set when the office was told the first feedback is late, so it is told once. */
  @Column({ type: 'timestamptz', nullable: true })
  feedbackOverdueNotifiedAt: Date | null;

  /** The user who filed it, or null when a referring body's system did (see apiKeyId). */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;
}

/** One step of a referral, timed: received, dispatched, accepted, declined, feedback, outcome. */
@Entity({ name: 'referral_events' })
@Index('idx_referral_events_referral', ['referralId', 'at'])
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => ReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'fk_referral_events_referral' })
  referral?: ReferralEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorName: string | null;
}
