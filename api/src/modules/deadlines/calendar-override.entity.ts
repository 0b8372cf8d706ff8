import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A local correction of the national calendar: a day off or a make-up working day (调休) the library does not know. */
@Entity({ name: 'calendar_overrides' })
export class CalendarOverrideEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
