import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const MEDIATOR_KINDS = ['member', 'engaged'] as const;
export const MEDIATOR_STATUSES = ['active', 'suspended', 'removed'] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

/** A people's mediator on a committee's roster (人民调解员名册). */
@Entity({ name: 'mediators' })
@Check('chk_mediators_kind', `kind IN ('member', 'engaged')`)
@Check('chk_mediators_status', `status IN ('active', 'suspended', 'removed')`)
@Index('idx_mediators_organisation', ['organisationId'])
@Index('uq_mediators_user', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
export class MediatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account the mediator signs in with; a roster entry may have none. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Elected committee member (委员) or engaged mediator (聘任), Art 13. */
  @Column({ type: 'varchar', length: 16, default: 'member' })
  kind: MediatorKind;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: MediatorStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
