import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** A committee's document-signing key and certificate (self-issued, or imported from a CA as P12). */
@Entity({ name: 'signing_keys' })
@Check('chk_signing_keys_source', `source IN ('self_issued', 'imported')`)
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_signing_keys_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text' })
  certificatePem: string;

  /** PKCS#8 PEM, encrypted with the data key. */
  @Column({ type: 'bytea' })
  privateKeyEnc: Buffer;

  @Column({ type: 'varchar', length: 16 })
  source: 'self_issued' | 'imported';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
