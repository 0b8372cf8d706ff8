import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';

export const AGREEMENT_STATUSES = ['draft', 'signing', 'effective', 'superseded'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const TERM_KINDS = ['pay', 'act', 'refrain', 'apologise', 'other'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One agreed obligation, in the parties' exact words (`text`) plus its structured facts. */
export interface Term {
  obligorPartyId: string;
  obligeePartyId?: string;
  kind: TermKind;
  /** Yuan, two decimals, as a string. */
  amount?: string;
  dueDate?: string;
  method?: string;
  place?: string;
  text: string;
}

/** A mediation agreement (人民调解协议); its text is frozen once it takes effect. */
@Entity({ name: 'agreements' })
@Check('chk_agreements_form', `form IN ('written', 'oral')`)
@Check('chk_agreements_status', `status IN ('draft', 'signing', 'effective', 'superseded')`)
@Index('uq_agreements_number', ['agreementNumber'], { unique: true })
@Index('uq_agreements_verify_code', ['verifyCode'], { unique: true })
@Index('idx_agreements_case', ['caseId'])
@Index('idx_agreements_effective_at', ['effectiveAt'])
@Index('idx_agreements_pdf_sha256', ['pdfSha256'])
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_agreements_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 48 })
  agreementNumber: string;

  @Column({ type: 'varchar', length: 8 })
  form: 'written' | 'oral';

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: AgreementStatus;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'text' })
  responsibility: string;

  @Column({ type: 'jsonb' })
  terms: Term[];

  /**
   * Matters the parties did not agree on (story 2: the funeral costs agreed, the labour question not),
   * terminated with the other routes explained (Art 26): printed in the agreement.
   */
  @Column({ type: 'text', nullable: true })
  unresolvedMatters: string | null;

  /** The routes the parties were told of for the unresolved matters (仲裁, 诉讼 …). */
  @Column({ type: 'text', nullable: true })
  routesInformed: string | null;

  /** Manner, place and time limit of performance (履行方式、地点、期限). */
  @Column({ type: 'text' })
  performance: string;

  @Column({ type: 'smallint' })
  copies: number;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'timestamptz', nullable: true })
  effectiveAt: Date | null;

  /** The signed PDF, kept exactly as issued. */
  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true })
  pdfSha256: string | null;

  /** Random code behind the QR code (/verify/<code>). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  verifyCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  /** Signed by hand on the printed copy; the scans (agreement_scans) stand for the drawn signatures. */
  @Column({ type: 'boolean', default: false })
  paperSigned: boolean;

  /**
   * A paper-signed finalisation waiting for the director's seal approval (docs/api.md, "Agreements
   * and documents"): when it was asked for and by whom; cleared when the director refuses it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  sealRequestedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  sealRequestedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
