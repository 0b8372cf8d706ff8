import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from '../cases/case.entity.js';

export interface ReviewItem {
  code: string;
  passed: boolean;
  note?: string;
}

/** 卷宗评查: the judicial office's review of a closed case file, with its score. */
@Entity({ name: 'file_reviews' })
@Index('idx_file_reviews_case', ['caseId'])
export class FileReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_file_reviews_case' })
  case?: CaseEntity;

  @Column({ type: 'jsonb' })
  items: ReviewItem[];

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
