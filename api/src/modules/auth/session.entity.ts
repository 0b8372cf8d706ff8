import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A sign-in. The token the client holds is this row's id signed with the server secret. It ends at
 * `expiresAt` (absolute), when revoked, or after `idleMinutes` without a request.
 */
@Entity({ name: 'sessions' })
@Index('idx_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The browser or program that signed in (its User-Agent, cut to 200 characters), to tell devices apart. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  userAgent: string | null;

  /** The session's last request; one idle for `idleMinutes` is refused (docs/security.md). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}
