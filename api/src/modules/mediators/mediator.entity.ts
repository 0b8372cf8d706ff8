import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

export const MEDIATOR_KINDS = ['member', 'engaged'] as const;
export const MEDIATOR_STATUSES = ['active', 'suspended', 'removed'] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

export interface MediatorTraining {
  /** The day the training ended (YYYY-MM-DD, China). */
  day: string;
  topic: string;
  hours: number;
}

/** A people's mediator on a committee's roster (人民调解员名册). */
@Entity({ name: 'mediators' })
@Check('chk_mediators_kind', `kind IN ('member', 'engaged')`)
@Check('chk_mediators_status', `status IN ('active', 'suspended', 'removed')`)
@Check('chk_mediators_term', `term_end IS NULL OR term_start IS NULL OR term_end >= term_start`)
@Index('idx_mediators_organisation', ['organisationId'])
@Index('uq_mediators_user', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
export class MediatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account the mediator signs in with; a roster entry may have none. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The organisation the mediator mainly serves (the first of the memberships, mediator_organisations). */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Elected committee member (委员) or engaged mediator (聘任), Art 13. */
  @Column({ type: 'varchar', length: 16, default: 'member' })
  kind: MediatorKind;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: MediatorStatus;

  /** 专职 (full-time) or 兼职 (part-time). */
  @Column({ type: 'boolean', default: false })
  fullTime: boolean;

  /** Number on the court's roster of specially invited mediators (特邀调解员名册), if listed. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  courtRosterNo: string | null;

  /** The term of office (委员 are elected for three years, Art 9; engaged mediators by contract). */
  @Column({ type: 'date', nullable: true })
  termStart: string | null;

  @Column({ type: 'date', nullable: true })
  termEnd: string | null;

  /** Training attended (Art 14: 定期进行业务培训). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  trainings: MediatorTraining[];

  /** The term end the director was last warned of (the sweep warns once per term, 60 days ahead). */
  @Column({ type: 'date', nullable: true })
  termWarnedFor: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The organisations a mediator serves (a mediator may sit on several committees' rosters). */
@Entity({ name: 'mediator_organisations' })
@Index('idx_mediator_organisations_org', ['organisationId'])
export class MediatorOrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  mediatorId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => MediatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mediator_id', foreignKeyConstraintName: 'fk_mediator_organisations_mediator' })
  mediator?: MediatorEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_mediator_organisations_org' })
  organisation?: OrganisationEntity;
}
