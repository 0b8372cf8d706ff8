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
import {
  inList,
  REMOTE_CONSENT_METHODS,
  type RemoteConsentMethod,
  SESSION_MEDIA,
  SESSION_MODES,
  type SessionMedium,
  type SessionMode,
} from '../cases/case.enums.js';
import { SENSITIVITY_REASONS, type SensitivityReason } from '../cases/case-sensitivity.js';

export interface Participant {
  name: string;
  relation: string;
  /** The parties agreed to invite this person (Art 20). */
  consent: boolean;
}

/** The parties' consent to a phone or video session: who, how and when. */
export interface RemoteConsent {
  partyIds: string[];
  method: RemoteConsentMethod;
  at: string;
}

/** A mediation session: back-to-back (one party), face-to-face (all parties) or a site visit. */
@Entity({ name: 'mediation_sessions' })
@Check('chk_mediation_sessions_mode', `mode IN (${inList(SESSION_MODES)})`)
@Check('chk_mediation_sessions_medium', `medium IN (${inList(SESSION_MEDIA)})`)
@Check(
  'chk_mediation_sessions_remote_consent',
  `medium = 'in_person' OR (remote_consent->>'method') IN (${inList(REMOTE_CONSENT_METHODS)})`,
)
@Check(
  'chk_mediation_sessions_sensitivity',
  `sensitivity IS NULL OR sensitivity IN (${inList(SENSITIVITY_REASONS)})`,
)
@Index('idx_mediation_sessions_case', ['caseId', 'startedAt'])
export class MediationSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_mediation_sessions_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 16 })
  mode: SessionMode;

  /** In the room, or remotely (phone, video) with the parties' consent. */
  @Column({ type: 'varchar', length: 16, default: 'in_person' })
  medium: SessionMedium;

  /** For a phone or video session: the consent of every party present. */
  @Column({ type: 'jsonb', nullable: true })
  remoteConsent: RemoteConsent | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  partyIds: string[];

  @Column({ type: 'uuid', array: true })
  mediatorIds: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  participants: Participant[];

  @Column({ type: 'text' })
  summary: string;

  /** Back-to-back notes, encrypted; only the case's mediators may read them. */
  @Column({ type: 'bytea', nullable: true })
  privateNotesEnc: Buffer | null;

  /** A session sensitive on its own (its case may not be): its summary is the case team's only. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  sensitivity: SensitivityReason | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
