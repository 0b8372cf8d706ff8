import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';
import { PartyEntity } from '../parties/party.entity.js';

export const PARTY_LINK_PURPOSES = ['read', 'sign', 'evaluate'] as const;
export type PartyLinkPurpose = (typeof PARTY_LINK_PURPOSES)[number];

/**
 * A one-time link sent to a party's phone (docs/api.md "The parties' own channel"): only hashes of the
 * link's token, of the SMS code and of the session it opens are kept. The link opens one session
 * once, after the code proves the phone; a few wrong codes lock it.
 */
@Entity({ name: 'party_links' })
@Index('uq_party_links_token', ['tokenHash'], { unique: true })
@Index('uq_party_links_session', ['sessionHash'], { unique: true })
@Index('idx_party_links_case', ['caseId'])
@Check('chk_party_links_purpose', `purpose IN ('read', 'sign', 'evaluate')`)
export class PartyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_party_links_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid' })
  partyId: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_party_links_party' })
  party?: PartyEntity;

  @Column({ type: 'varchar', length: 16 })
  purpose: PartyLinkPurpose;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'char', length: 64, nullable: true })
  codeHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  codeSentAt: Date | null;

  @Column({ type: 'smallint', default: 0 })
  codeAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** The session the link opened (once). */
  @Column({ type: 'char', length: 64, nullable: true })
  sessionHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sessionExpiresAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** 当事人评价: the party's own satisfaction with the mediation, 1–5, with a comment. */
@Entity({ name: 'party_evaluations' })
@Index('idx_party_evaluations_case', ['caseId'])
@Check('chk_party_evaluations_satisfaction', `satisfaction BETWEEN 1 AND 5`)
export class PartyEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_party_evaluations_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid' })
  partyId: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_party_evaluations_party' })
  party?: PartyEntity;

  @Column({ type: 'smallint' })
  satisfaction: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
