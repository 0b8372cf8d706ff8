import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** An organisation's own version of a document template; its descendants use it too. */
@Entity({ name: 'template_overrides' })
export class TemplateOverrideEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_template_overrides_organisation' })
  organisation?: OrganisationEntity;

  /** The template's file name without `.hbs`, e.g. `agreement`. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'uuid' })
  updatedById: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
