import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import type { AuditEventEntity } from '../audit-event.entity.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'case' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}

export class AuditEventDto {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty() action: string;
  @ApiProperty() entity: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({
    nullable: true,
    type: [String],
    description: 'Fields the event set or changed',
  })
  fields: string[] | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'Values before: content-free values as they were, every other one as `hmac:<hex>`',
  })
  before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after: Record<string, unknown> | null;
  @ApiProperty() hash: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class AuditVerifyDto {
  @ApiProperty() intact: boolean;
  @ApiProperty() checked: number;
  @ApiPropertyOptional() firstBrokenSeq?: number;
}

export function toAuditEventResponse(event: AuditEventEntity): AuditEventDto {
  return {
    seq: Number(event.seq),
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    fields: event.fields,
    before: event.before,
    after: event.after,
    hash: event.hash,
  };
}
