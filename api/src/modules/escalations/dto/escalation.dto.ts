import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REPORTED_LEVELS, type ReportedLevel } from '../../../../../libs/contracts/src/escalations.js';

export class EscalationQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open', description: 'open: not yet acknowledged' })
  @IsOptional()
  @IsIn(['open', 'all'], { message: 'status 须为 open 或 all' })
  status?: 'open' | 'all';
}

export class AcknowledgeEscalationDto {
  @ApiPropertyOptional({ maxLength: 500, example: '已派民警到场处置,双方情绪稳定' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '最多 500 个字' })
  response?: string;
}

export class EscalationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty({ description: 'The reporting committee' }) committeeName: string;
  @ApiProperty({ enum: REPORTED_LEVELS }) level: ReportedLevel;
  @ApiProperty() note: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() reportedByName: string;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ format: 'date-time' }) acknowledgeBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) response: string | null;
  @ApiProperty({
    enum: ['green', 'red', 'done'],
    description: 'done once acknowledged; red past acknowledgeBy',
  })
  light: 'green' | 'red' | 'done';
  @ApiProperty({ description: 'Whether the caller’s body received it and may acknowledge it' })
  mayAcknowledge: boolean;
}
