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

/** A scan of the agreement signed on paper (纸质签署), kept encrypted and bound into the case file. */
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

  /**
   * The bytes in clear: only rows stored before scans were encrypted, until the app encrypts them
   * on start (AgreementScansService.encryptLegacyScans); null for every scan since.
   */
  @Column({ type: 'bytea', nullable: true, select: false })
  data: Buffer | null;

  /** The bytes encrypted with the personal-data key (scan-cipher.ts), like signature images. */
  @Column({ type: 'bytea', nullable: true, select: false })
  dataEnc: Buffer | null;

  /** Pages of the scan (an image is one); null for rows stored before it was counted. */
  @Column({ type: 'smallint', nullable: true })
  pages: number | null;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
