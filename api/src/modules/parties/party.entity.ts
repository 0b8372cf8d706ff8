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
  ID_TYPES,
  type IdType,
  inList,
  PARTY_KINDS,
  PARTY_ROLES,
  type PartyKind,
  type PartyRole,
} from '../cases/case.enums.js';
import type { AgentScope } from '../../../../libs/contracts/src/representation.js';

/**
 * A party to a case (当事人). ID numbers and phones are stored encrypted, with
 * a keyed hash for exact look-up and a mask for display (see common/personal-data.ts).
 */
@Entity({ name: 'parties' })
@Check('chk_parties_role', `role IN (${inList(PARTY_ROLES)})`)
@Check('chk_parties_kind', `kind IN (${inList(PARTY_KINDS)})`)
@Check('chk_parties_id_type', `id_type IS NULL OR id_type IN (${inList(ID_TYPES)})`)
@Check('chk_parties_sex', `sex IS NULL OR sex IN ('male', 'female')`)
@Check('chk_parties_agent_scope', `agent_scope IS NULL OR agent_scope IN ('general', 'special')`)
@Index('idx_parties_case', ['caseId', 'position'])
@Index('idx_parties_id_number_hash', ['idNumberHash'])
@Index('idx_parties_phone_hash', ['phoneHash'])
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_parties_case' })
  case?: CaseEntity;

  /** Order of entry, kept for documents. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  role: PartyRole;

  @Column({ type: 'varchar', length: 16 })
  kind: PartyKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sex: 'male' | 'female' | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  ethnicity: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  idType: IdType | null;

  @Column({ type: 'bytea', nullable: true })
  idNumberEnc: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  idNumberMasked: string | null;

  @Column({ type: 'bytea', nullable: true })
  phoneEnc: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  phoneHash: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  occupation: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  legalRepresentative: string | null;

  /** 统一社会信用代码 of an organisation party. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  agentName: string | null;

  @Column({ type: 'bytea', nullable: true })
  agentPhoneEnc: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  agentPhoneMasked: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  agentAuthority: string | null;

  /** 一般授权 or 特别授权 of the power of attorney. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  agentScope: AgentScope | null;

  /** The last day the power of attorney is valid (none: until the case ends). */
  @Column({ type: 'date', nullable: true })
  agentValidUntil: string | null;

  /** 监护人 (法定代理人) of a minor or of a person without full capacity. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  guardianName: string | null;

  /** Father, mother, grandparent …, as the guardian stands to the party. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  guardianRelation: string | null;

  @Column({ type: 'bytea', nullable: true })
  guardianPhoneEnc: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  guardianPhoneMasked: string | null;

  /** Art 17: the party clearly refused mediation. */
  @Column({ type: 'timestamptz', nullable: true })
  refusedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  refusalNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
