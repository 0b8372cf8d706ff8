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
import { AgreementEntity } from './agreement.entity.js';

/** A signature, fingerprint or seal on an agreement, with the image captured on the pad (or scanned). */
@Entity({ name: 'agreement_signatures' })
@Check('chk_agreement_signatures_kind', `kind IN ('signature', 'fingerprint', 'seal')`)
@Check(
  'chk_agreement_signatures_signer',
  `(party_id IS NOT NULL)::int + (mediator_id IS NOT NULL)::int + committee_seal::int = 1`,
)
@Index('idx_agreement_signatures_agreement', ['agreementId'])
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_agreement_signatures_agreement' })
  agreement?: AgreementEntity;

  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  mediatorId: string | null;

  @Column({ type: 'boolean', default: false })
  committeeSeal: boolean;

  @Column({ type: 'varchar', length: 16 })
  kind: 'signature' | 'fingerprint' | 'seal';

  /**
   * The PNG, encrypted (fingerprints are sensitive personal data); null for
   * the committee seal when its registered image, or the drawn seal, is used.
   */
  @Column({ type: 'bytea', nullable: true, select: false })
  imageEnc: Buffer | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  signedAt: Date;
}
