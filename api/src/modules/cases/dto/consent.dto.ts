import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CONSENT_KINDS,
  CONSENT_METHODS,
  type ConsentKind,
  type ConsentMethod,
  RIGHTS_NOTICE_METHODS,
  type RightsNoticeMethod,
} from '../../../../../libs/contracts/src/consents.js';
import { IsNotFuture } from '../../../common/validators.js';
import { VersionDto } from './transition.dto.js';

/** 送达权利义务告知书 to every party that has none on record, as part of acceptance. */
export class RightsNoticeDto {
  @ApiProperty({ enum: RIGHTS_NOTICE_METHODS, description: 'In writing (书面) or orally (口头)' })
  @IsIn(RIGHTS_NOTICE_METHODS, { message: '送达方式须为书面或口头' })
  method: RightsNoticeMethod;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was delivered; now when omitted' })
  @IsOptional()
  @IsDateString({}, { message: '送达时间格式无效' })
  @IsNotFuture({ message: '送达时间不能晚于现在' })
  at?: string;

  @ApiPropertyOptional({ default: true, description: 'The parties acknowledged it (signed or confirmed)' })
  @IsOptional()
  @IsBoolean({ message: 'acknowledged 须为 true 或 false' })
  acknowledged?: boolean;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'The parties told; every party without a notice when omitted. The applicants must be among those told by now',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: '当事人 ID 无效' })
  partyIds?: string[];
}

export class AcceptDto extends VersionDto {
  @ApiPropertyOptional({
    type: RightsNoticeDto,
    description:
      'Records the rights notice for the parties it names (all without one by default); acceptance is refused (422 RIGHTS_NOTICE_MISSING) while an applicant has none',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RightsNoticeDto)
  rightsNotice?: RightsNoticeDto;
}

/** The body of a referral's acceptance: the committee takes it in and notifies the parties. */
export class AcceptReferralDto {
  @ApiPropertyOptional({ type: RightsNoticeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RightsNoticeDto)
  rightsNotice?: RightsNoticeDto;
}

export class RecordConsentDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The parties it was given by (or told to)' })
  @IsArray()
  @ArrayMinSize(1, { message: '请选择当事人' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: '当事人 ID 无效' })
  partyIds: string[];

  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS, { message: '请选择告知或同意事项' })
  kind: ConsentKind;

  @ApiPropertyOptional({
    default: true,
    description: 'false records a refusal or a withdrawal (for rights_notice: not acknowledged)',
  })
  @IsOptional()
  @IsBoolean({ message: 'given 须为 true 或 false' })
  given?: boolean;

  @ApiProperty({ enum: CONSENT_METHODS })
  @IsIn(CONSENT_METHODS, { message: '请选择方式:书面、口头、电话、录音录像或线上' })
  method: ConsentMethod;

  @ApiPropertyOptional({ format: 'date-time', description: 'When; now when omitted; never in the future' })
  @IsOptional()
  @IsDateString({}, { message: '时间格式无效' })
  @IsNotFuture({ message: '告知或同意的时间不能晚于现在' })
  at?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '备注最多 200 个字' })
  note?: string;
}

export class ConsentResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty({ enum: CONSENT_KINDS })
  kind: ConsentKind;

  @ApiProperty()
  given: boolean;

  @ApiProperty({ enum: CONSENT_METHODS })
  method: ConsentMethod;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty()
  recordedByName: string;
}
