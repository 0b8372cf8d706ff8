import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgreementEntity } from './agreement.entity.js';

export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

/** A scan of the agreement signed on paper (纸质签署), kept as uploaded and bound into the case file. */
@Entity({ name: 'agreement_scans' })
@Index('idx_agreement_scans_agreement', ['agreementId'])
export class AgreementScanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_agreement_scans_agreement' })
  agreement?: AgreementEntity;

  @Column({ type: 'varchar', length: 200 })
  filename: string;

  /** Decided from the file's first bytes, never from what the client claimed. */
  @Column({ type: 'varchar', length: 32 })
  contentType: ScanType;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
