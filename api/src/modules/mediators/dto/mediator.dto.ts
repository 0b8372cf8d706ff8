import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MEDIATOR_KINDS,
  MEDIATOR_STATUSES,
  type MediatorKind,
  type MediatorStatus,
} from '../mediator.entity.js';

export class MediatorQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'true: also suspended and removed mediators (the roster page)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'all 须为 true 或 false' })
  all?: 'true' | 'false';
}

export class MediatorTrainingDto {
  @ApiProperty({ example: '2026-06-18', description: 'The day the training ended' })
  @IsDateString({ strict: true }, { message: '培训日期格式应为 YYYY-MM-DD' })
  day: string;

  @ApiProperty({ example: '民法典婚姻家庭编专题培训' })
  @IsString({ message: '请填写培训内容' })
  @IsNotEmpty({ message: '请填写培训内容' })
  @MaxLength(100, { message: '培训内容不能超过 100 个字' })
  topic: string;

  @ApiProperty({ example: 8, minimum: 0.5, maximum: 200 })
  @Type(() => Number)
  @Min(0.5, { message: '培训学时须在 0.5–200 之间' })
  @Max(200, { message: '培训学时须在 0.5–200 之间' })
  hours: number;
}

/** 调解员名册 entry (docs/api.md "Administration"). */
export class CreateMediatorDto {
  @ApiProperty({ example: '钱国强' })
  @IsString({ message: '请填写姓名' })
  @IsNotEmpty({ message: '请填写姓名' })
  @MaxLength(50, { message: '姓名不能超过 50 个字' })
  name: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Its sign-in account' })
  @IsOptional()
  @IsUUID('all', { message: '账号 ID 无效' })
  userId?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The first is the one mainly served' })
  @IsArray({ message: '请选择所属调解组织' })
  @ArrayMinSize(1, { message: '请至少选择一个所属调解组织' })
  @ArrayMaxSize(10, { message: '所属调解组织不能超过 10 个' })
  @IsUUID('all', { each: true, message: '调解组织 ID 无效' })
  organisationIds: string[];

  @ApiProperty({ enum: MEDIATOR_KINDS, description: 'member: 调委会委员; engaged: 聘任调解员' })
  @IsIn(MEDIATOR_KINDS, { message: '调解员类别须为委员或聘任调解员' })
  kind: MediatorKind;

  @ApiProperty({ description: '专职 (true) or 兼职' })
  @IsBoolean({ message: '请选择专职或兼职' })
  fullTime: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: '法院特邀调解员名册编号' })
  @IsOptional()
  @IsString({ message: '特邀调解员编号无效' })
  @MaxLength(32, { message: '特邀调解员编号不能超过 32 个字符' })
  courtRosterNo?: string | null;

  @ApiProperty({ example: '2026-01-01' })
  @IsDateString({ strict: true }, { message: '任期开始日期格式应为 YYYY-MM-DD' })
  termStart: string;

  @ApiProperty({ example: '2028-12-31' })
  @IsDateString({ strict: true }, { message: '任期结束日期格式应为 YYYY-MM-DD' })
  termEnd: string;

  @ApiProperty({ enum: MEDIATOR_STATUSES })
  @IsIn(MEDIATOR_STATUSES, { message: '状态须为在任、暂停或已解聘' })
  status: MediatorStatus;

  @ApiPropertyOptional({ type: [MediatorTrainingDto] })
  @IsOptional()
  @IsArray({ message: '培训记录格式无效' })
  @ArrayMaxSize(100, { message: '培训记录不能超过 100 条' })
  @ValidateNested({ each: true })
  @Type(() => MediatorTrainingDto)
  trainings?: MediatorTrainingDto[];
}

export class UpdateMediatorDto extends PartialType(CreateMediatorDto) {}

export class MediatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', description: 'The organisation mainly served' }) organisationId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) organisationIds: string[];
  @ApiProperty({ enum: MEDIATOR_KINDS }) kind: MediatorKind;
  @ApiProperty() fullTime: boolean;
  @ApiProperty({ nullable: true, type: String }) courtRosterNo: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) termStart: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) termEnd: string | null;
  @ApiProperty({ enum: MEDIATOR_STATUSES }) status: MediatorStatus;
  @ApiProperty({ type: [MediatorTrainingDto] }) trainings: MediatorTrainingDto[];
}

export class MediatorListDto {
  @ApiProperty({ type: [MediatorDto] }) items: MediatorDto[];
}
