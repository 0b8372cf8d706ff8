import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';

export const RETENTION_CLASSES = ['permanent', 'long_term', 'short_term'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

/** The case file (卷宗), one volume per case, bound at archiving. */
@Entity({ name: 'volumes' })
@Check('chk_volumes_retention', `retention IN ('permanent', 'long_term', 'short_term')`)
export class VolumeEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @OneToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_volumes_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 40 })
  volumeNumber: string;

  @Column({ type: 'varchar', length: 16 })
  retention: RetentionClass;

  @Column({ type: 'smallint' })
  pages: number;

  @Column({ type: 'bytea', select: false })
  pdf: Buffer;

  @Column({ type: 'char', length: 64 })
  pdfSha256: string;

  @Column({ type: 'uuid' })
  compiledById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
