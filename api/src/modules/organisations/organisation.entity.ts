import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import {
  MEDIATION_BODY_TYPES,
  type MediationBodyType,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from './organisation-kind.js';

@Entity({ name: 'organisations' })
@Check('chk_organisations_kind', `kind IN (${ORGANISATION_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check(
  'chk_organisations_type',
  `type IS NULL OR type IN (${MEDIATION_BODY_TYPES.map((k) => `'${k}'`).join(', ')})`,
)
@Index('idx_organisations_path', ['path'])
@Index('idx_organisations_parent', ['parentId'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  /** The type of a mediation body (村、居、乡镇、街道、企事业、行业性专业性、个人工作室、派驻、县级中心); null: not yet classified. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  type: MediationBodyType | null;

  /** Listed by the court as a specially invited mediation organisation (特邀调解组织名册). */
  @Column({ type: 'boolean', default: false })
  courtRoster: boolean;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_organisations_parent' })
  parent?: Relation<OrganisationEntity>;

  /** Materialised path of ancestor ids, `/root/…/self/`, for subtree scoping. */
  @Column({ type: 'text' })
  path: string;

  /** Case-number prefix of a committee, e.g. `枫调` → `(2026)枫调字第0012号`. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  caseNumberPrefix: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  /**
   * The police station linked to a committee (警调衔接): told of its orange and red risks
   * (docs/api.md, `POST /api/cases/:id/risk`), and the area of that station's referrals.
   */
  @Column({ type: 'uuid', nullable: true })
  policeStationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'police_station_id', foreignKeyConstraintName: 'fk_organisations_police_station' })
  policeStation?: Relation<OrganisationEntity>;

  /** PNG of the committee seal, registered by its director or the admin (seal-registry.service.ts). */
  @Column({ type: 'bytea', nullable: true, select: false })
  sealImage: Buffer | null;

  /** SHA-256 of the registered seal image, as kept. */
  @Column({ type: 'char', length: 64, nullable: true })
  sealSha256: string | null;

  /** Who keeps the physical seal (印章保管人). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  sealCustodian: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sealRegisteredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
