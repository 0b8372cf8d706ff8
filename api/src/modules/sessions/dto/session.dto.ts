import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  REMOTE_CONSENT_METHODS,
  type RemoteConsentMethod,
  SESSION_MEDIA,
  SESSION_MODES,
  type SessionMedium,
  type SessionMode,
} from '../../cases/case.enums.js';
import { SENSITIVITY_REASONS, type SensitivityReason } from '../../cases/case-sensitivity.js';
import { IsNotFuture } from '../../../common/validators.js';

export class ParticipantDto {
  @ApiProperty({ example: '李书记' })
  @IsString()
  @IsNotEmpty({ message: '请填写参加人姓名' })
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '村党支部书记(被申请人亲属)' })
  @IsString()
  @IsNotEmpty({ message: '请填写参加人身份或与当事人的关系' })
  @MaxLength(100)
  relation: string;

  @ApiProperty({ description: 'The parties agreed to invite this person (Art 20)' })
  @IsBoolean({ message: '请确认当事人是否同意邀请' })
  consent: boolean;
}

export class RemoteConsentDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The parties who consented to remote mediation',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: '当事人 ID 无效' })
  partyIds: string[];

  @ApiProperty({ enum: REMOTE_CONSENT_METHODS, description: 'oral, recorded (audio/video) or written' })
  @IsIn(REMOTE_CONSENT_METHODS, { message: '同意方式须为口头、录音录像或书面' })
  method: RemoteConsentMethod;

  @ApiProperty({ format: 'date-time', description: 'When the consent was given' })
  @IsDateString({ strict: true }, { message: '同意时间格式不正确' })
  @IsNotFuture({ message: '同意时间不能晚于现在' })
  at: string;
}

export class CreateSessionDto {
  @ApiProperty({
    enum: SESSION_MODES,
    description: 'back_to_back: one party; face_to_face: all parties; site_visit: any',
  })
  @IsIn(SESSION_MODES, { message: '调解方式须为背靠背、面对面或现场查看' })
  mode: SessionMode;

  @ApiPropertyOptional({
    enum: SESSION_MEDIA,
    description: 'in_person, or remote by phone or video (needs remoteConsent of every party present)',
  })
  @IsOptional()
  @IsIn(SESSION_MEDIA, { message: '调解形式须为现场、电话或视频' })
  medium?: SessionMedium;

  @ApiPropertyOptional({ type: RemoteConsentDto, description: 'Required for a phone or video session' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RemoteConsentDto)
  remoteConsent?: RemoteConsentDto;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: '开始时间格式不正确' })
  @IsNotFuture({ message: '开始时间不能晚于现在' })
  startedAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '结束时间格式不正确' })
  @IsNotFuture({ message: '结束时间不能晚于现在' })
  endedAt?: string;

  @ApiProperty({ example: '老杨调解中心调解室' })
  @IsString()
  @IsNotEmpty({ message: '请填写地点' })
  @MaxLength(200)
  place: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: '当事人 ID 无效' })
  partyIds: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(9)
  @IsUUID('all', { each: true, message: '调解员 ID 无效' })
  mediatorIds: string[];

  @ApiPropertyOptional({ type: [ParticipantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants?: ParticipantDto[];

  @ApiProperty({ description: 'What happened; shown on the timeline' })
  @IsString()
  @IsNotEmpty({ message: '请填写调解情况' })
  @MaxLength(20000)
  summary: string;

  @ApiPropertyOptional({ description: 'Back-to-back notes: visible only to the case’s mediators' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  privateNotes?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITY_REASONS,
    nullable: true,
    description: 'A sensitive session (family, health, minors): its summary for the case team only',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(SENSITIVITY_REASONS, { message: '敏感类别须为婚姻家庭、健康医疗或未成年人' })
  sensitivity?: SensitivityReason | null;
}

export class ParticipantResponseDto {
  @ApiProperty() name: string;
  @ApiProperty() relation: string;
  @ApiProperty() consent: boolean;
}

export class RemoteConsentResponseDto {
  @ApiProperty({ type: [String], format: 'uuid' }) partyIds: string[];
  @ApiProperty({ enum: REMOTE_CONSENT_METHODS }) method: RemoteConsentMethod;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SessionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: SESSION_MODES }) mode: SessionMode;
  @ApiProperty({ enum: SESSION_MEDIA }) medium: SessionMedium;
  @ApiProperty({ type: RemoteConsentResponseDto, nullable: true })
  remoteConsent: RemoteConsentResponseDto | null;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endedAt: string | null;
  @ApiProperty() place: string;
  @ApiProperty({ type: [String], format: 'uuid' }) partyIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) mediatorIds: string[];
  @ApiProperty({ type: [ParticipantResponseDto] }) participants: ParticipantResponseDto[];
  @ApiProperty({
    description: 'For a sensitive case or session outside its team: 〔敏感案件,内容仅限办案人员查阅〕',
  })
  summary: string;
  @ApiProperty({
    enum: SENSITIVITY_REASONS,
    nullable: true,
    type: String,
    description: 'Sensitive on its own',
  })
  sensitivity: SensitivityReason | null;
  @ApiPropertyOptional({
    description: 'Present only for the case’s mediators (or a logged break-glass read)',
  })
  privateNotes?: string;
  @ApiProperty({ description: 'Whether the session has private notes (the caller may not see them)' })
  hasPrivateNotes: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
