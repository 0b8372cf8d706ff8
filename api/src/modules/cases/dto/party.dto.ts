import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCreditCode, IsIdNumber, IsMainlandPhone } from '../../../common/validators.js';
import { AGENT_SCOPES, type AgentScope } from '../../../../../libs/contracts/src/representation.js';
import {
  ID_TYPES,
  type IdType,
  PARTY_KINDS,
  PARTY_ROLES,
  type PartyKind,
  type PartyRole,
} from '../case.enums.js';

export class AgentDto {
  @ApiProperty({ example: '王律师' })
  @IsString()
  @IsNotEmpty({ message: '请填写代理人姓名' })
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: '13900000002' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string;

  @ApiPropertyOptional({ example: '代为参加调解、陈述意见、达成并签署调解协议' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  authority?: string;

  @ApiPropertyOptional({ enum: AGENT_SCOPES, description: '一般授权 or 特别授权 (may agree and sign)' })
  @IsOptional()
  @IsIn(AGENT_SCOPES, { message: '授权范围须为一般授权或特别授权' })
  scope?: AgentScope;

  @ApiPropertyOptional({ format: 'date', description: 'The last day the power of attorney is valid' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '授权期限格式应为 YYYY-MM-DD' })
  validUntil?: string;
}

/** 监护人 (法定代理人) of a minor or of a person without full capacity. */
export class GuardianDto {
  @ApiProperty({ example: '王建军' })
  @IsString()
  @IsNotEmpty({ message: '请填写监护人姓名' })
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '父亲' })
  @IsString()
  @IsNotEmpty({ message: '请填写监护人与当事人的关系' })
  @MaxLength(20)
  relation: string;

  @ApiPropertyOptional({ example: '13900000003' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string;
}

export class PartyInputDto {
  @ApiProperty({ enum: PARTY_ROLES })
  @IsIn(PARTY_ROLES, { message: '当事人身份须为申请人、被申请人或第三人' })
  role: PartyRole;

  @ApiProperty({ enum: PARTY_KINDS })
  @IsIn(PARTY_KINDS, { message: '当事人类型须为自然人或单位' })
  kind: PartyKind;

  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty({ message: '请填写当事人姓名或单位名称' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ enum: ['male', 'female'] })
  @IsOptional()
  @IsIn(['male', 'female'], { message: '性别须为男或女' })
  sex?: 'male' | 'female';

  @ApiPropertyOptional({ example: '汉族' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  ethnicity?: string;

  @ApiPropertyOptional({ format: 'date', example: '1985-03-15' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '出生日期格式应为 YYYY-MM-DD' })
  birthDate?: string;

  @ApiPropertyOptional({ enum: ID_TYPES, default: 'resident_id' })
  @IsOptional()
  @IsIn(ID_TYPES, { message: '证件类型无效' })
  idType?: IdType;

  @ApiPropertyOptional({ example: '330681198503150021' })
  @IsOptional()
  @IsIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '13800000001' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  occupation?: string;

  @ApiPropertyOptional({ description: 'Legal representative of an organisation party' })
  @ValidateIf(
    (party: PartyInputDto) => party.kind === 'organisation' || party.legalRepresentative !== undefined,
  )
  @IsString()
  @IsNotEmpty({ message: '单位当事人须填写法定代表人或负责人' })
  @MaxLength(50)
  legalRepresentative?: string;

  @ApiPropertyOptional({ description: '统一社会信用代码' })
  @IsOptional()
  @IsCreditCode()
  creditCode?: string;

  @ApiPropertyOptional({
    type: GuardianDto,
    description: 'Required before an agreement for a party under 18',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto;

  @ApiPropertyOptional({ type: AgentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgentDto)
  agent?: AgentDto;
}
