import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last case number handed out per committee and year; incremented in the creating transaction. */
@Entity({ name: 'case_number_counters' })
export class CaseNumberCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'integer' })
  lastValue: number;
}
