import type { EvidenceSensitivity, EvidenceSource } from '../../../../libs/contracts/src/evidence.js';
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
import type { ScanType } from '../agreements/agreement-scan.entity.js';

/**
 * A piece of evidence of a case (证据材料): the file as decoded and kept (an image re-encoded, a PDF
 * as uploaded), encrypted at rest like the agreement scans, with what it shows and where it came from.
 */
@Entity({ name: 'case_evidence' })
@Index('idx_case_evidence_case', ['caseId'])
@Check('chk_case_evidence_source', `source IN ('party', 'investigation', 'referrer', 'third_party')`)
@Check('chk_case_evidence_sensitivity', `sensitivity IN ('normal', 'sensitive')`)
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_evidence_case' })
  case?: CaseEntity;

  /** What the piece shows (证明事项). */
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  source: EvidenceSource;

  @Column({ type: 'varchar', length: 16, default: 'normal' })
  sensitivity: EvidenceSensitivity;

  /** When it was obtained (取得日期), when known. */
  @Column({ type: 'date', nullable: true })
  obtainedOn: string | null;

  @Column({ type: 'varchar', length: 200 })
  filename: string;

  /** Decided from the file's first bytes, never from what the client claimed. */
  @Column({ type: 'varchar', length: 32 })
  contentType: ScanType;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'smallint' })
  pages: number;

  /** The bytes encrypted with the personal-data key (scan-cipher.ts). */
  @Column({ type: 'bytea', select: false })
  dataEnc: Buffer;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
