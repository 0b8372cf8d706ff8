import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Equals,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DISPUTE_TYPES, type DisputeType } from '../../cases/case.enums.js';
import { PartyInputDto } from '../../cases/dto/party.dto.js';
import { IsMainlandPhone } from '../../../common/validators.js';

/** The other side, as the applicant knows it. */
export class RespondentDto {
  @ApiProperty({ example: '刘建平' })
  @IsString({ message: '请填写对方姓名或单位名称' })
  @IsNotEmpty({ message: '请填写对方姓名或单位名称' })
  @MaxLength(100, { message: '对方姓名或单位名称最多 100 个字' })
  name: string;

  @ApiPropertyOptional({ example: '13900000002' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string;
}

/** `POST /api/public/applications`: a party applies for mediation without an account. */
export class PublicApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'The committee or centre applied to' })
  @IsUUID('all', { message: '请选择调解组织' })
  organisationId: string;

  @ApiProperty({ enum: DISPUTE_TYPES })
  @IsIn(DISPUTE_TYPES, { message: '请选择纠纷类型' })
  disputeType: DisputeType;

  @ApiProperty({ description: '纠纷简要情况' })
  @IsString({ message: '请简要说明纠纷情况' })
  @IsNotEmpty({ message: '请简要说明纠纷情况' })
  @MaxLength(2000, { message: '纠纷情况最多 2000 个字' })
  facts: string;

  @ApiProperty({ description: '申请事项: what the applicant asks for' })
  @IsString({ message: '请填写您的请求' })
  @IsNotEmpty({ message: '请填写您的请求' })
  @MaxLength(1000, { message: '请求最多 1000 个字' })
  requests: string;

  @ApiProperty({ type: PartyInputDto, description: 'The applicant; the phone receives the tracking code' })
  @ValidateNested()
  @Type(() => PartyInputDto)
  applicant: PartyInputDto;

  @ApiProperty({ type: RespondentDto })
  @ValidateNested()
  @Type(() => RespondentDto)
  respondent: RespondentDto;

  @ApiProperty({ enum: [true], description: 'Consent to mediation by the committee (voluntary, Art 17)' })
  @Equals(true, { message: '请阅读并同意申请人民调解的须知' })
  consent: true;
}

export class ApplicationReceiptDto {
  @ApiProperty({ example: '3F9A21C07B4E', description: '一案一码: the tracking code' })
  code: string;

  @ApiProperty({ example: 'https://tiaojie.example.gov.cn/track/3F9A21C07B4E' })
  trackUrl: string;
}

export class TrackEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: '已受理' }) label: string;
}

/** What anyone holding the code learns: the case number, where it stands and its milestones; no names. */
export class TrackDto {
  @ApiProperty({ type: String, nullable: true, description: 'Once the committee accepted it' })
  caseNumber: string | null;

  @ApiProperty({ example: 'registered' }) status: string;
  @ApiProperty({ example: '待受理' }) statusLabel: string;
  @ApiProperty({ example: '老杨调解中心' }) organisationName: string;
  @ApiProperty({ type: [TrackEventDto] }) timeline: TrackEventDto[];
}
