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
import {
  CONSENT_KINDS,
  CONSENT_METHODS,
  type ConsentKind,
  type ConsentMethod,
} from '../../../../libs/contracts/src/consents.js';
import { PartyEntity } from '../parties/party.entity.js';
import { inList } from './case.enums.js';
import { CaseEntity } from './case.entity.js';

/**
 * One record of what a party was told or agreed to (权利义务告知, 同意调解, 同意延期 …), appended by
 * case-consents.ts only and never changed: a later record of the same party and kind supersedes it.
 * For `rights_notice`, `given` is the party's acknowledgement of the notice it received.
 */
@Entity({ name: 'case_consents' })
@Index('idx_case_consents_case', ['caseId', 'partyId', 'kind'])
@Check('chk_case_consents_kind', `kind IN (${inList(CONSENT_KINDS)})`)
@Check('chk_case_consents_method', `method IN (${inList(CONSENT_METHODS)})`)
export class CaseConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_consents_case' })
  case?: CaseEntity;

  @Column({ type: 'uuid' })
  partyId: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_case_consents_party' })
  party?: PartyEntity;

  @Column({ type: 'varchar', length: 24 })
  kind: ConsentKind;

  @Column({ type: 'boolean' })
  given: boolean;

  @Column({ type: 'varchar', length: 16 })
  method: ConsentMethod;

  /** When the party was told or gave (or withdrew) the consent. */
  @Column({ type: 'timestamptz' })
  givenAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Column({ type: 'varchar', length: 50 })
  recordedByName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
