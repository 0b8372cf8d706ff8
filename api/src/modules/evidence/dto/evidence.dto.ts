import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  EVIDENCE_SENSITIVITIES,
  EVIDENCE_SOURCES,
  type EvidenceSensitivity,
  type EvidenceSource,
} from '../../../../../libs/contracts/src/evidence.js';
import { IsNotFuture } from '../../../common/validators.js';

/** The text fields of `POST /api/cases/:id/evidence` (multipart, next to `file`). */
export class CreateEvidenceDto {
  @ApiProperty({ example: '楼上卫生间漏水致楼下天花板受损的现场照片', maxLength: 500 })
  @IsString({ message: '请填写证据说明' })
  @IsNotEmpty({ message: '请填写证据说明(证明什么)' })
  @MaxLength(500, { message: '证据说明不能超过 500 字' })
  description: string;

  @ApiProperty({
    enum: EVIDENCE_SOURCES,
    description: 'Who brought it: a party, the investigation, the referrer, a third party',
  })
  @IsIn(EVIDENCE_SOURCES, { message: '证据来源须为当事人提交、调解员调查取得、移送单位随案移送或第三方提供' })
  source: EvidenceSource;

  @ApiPropertyOptional({
    enum: EVIDENCE_SENSITIVITIES,
    default: 'normal',
    description: 'sensitive: its description and file for the case team only',
  })
  @IsOptional()
  @IsIn(EVIDENCE_SENSITIVITIES, { message: '敏感程度须为一般或敏感' })
  sensitivity?: EvidenceSensitivity;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-28', description: 'When it was obtained' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '取得日期格式不正确' })
  @IsNotFuture({ message: '取得日期不能晚于今天' })
  obtainedOn?: string;
}

export class EvidenceResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ description: 'Replaced by a marker for whoever may not read it' })
  description: string;

  @ApiProperty({ enum: EVIDENCE_SOURCES })
  source: EvidenceSource;

  @ApiProperty({ enum: EVIDENCE_SENSITIVITIES })
  sensitivity: EvidenceSensitivity;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  obtainedOn: string | null;

  @ApiProperty({ description: 'Replaced by a marker for whoever may not read it' })
  filename: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] })
  contentType: string;

  @ApiProperty()
  size: number;

  @ApiProperty()
  pages: number;

  @ApiProperty({ description: 'SHA-256 of the file kept (what GET …/file answers)' })
  sha256: string;

  @ApiProperty({ description: 'Whether the caller may open the file' })
  mayOpen: boolean;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}
