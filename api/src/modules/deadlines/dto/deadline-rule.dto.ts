import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CLOCK_KINDS, type ClockKind } from '../clock.entity.js';

/** A time limit (docs/api.md "Administration"): how long a clock runs, and why. */
export class UpdateDeadlineRuleDto {
  @ApiProperty({ minimum: 1, maximum: 365, example: 20 })
  @IsInt({ message: '期限天数须为 1–365 的整数' })
  @Min(1, { message: '期限天数须为 1–365 的整数' })
  @Max(365, { message: '期限天数须为 1–365 的整数' })
  days: number;

  @ApiProperty({ description: 'true: working days (holidays and weekends skipped); false: calendar days' })
  @IsBoolean({ message: '请选择按工作日或自然日计算' })
  workingDays: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 365,
    description: 'Days of extension in all by the parties alone; beyond them the court must consent',
  })
  @IsOptional()
  @IsInt({ message: '可延长天数须为 0–365 的整数' })
  @Min(0, { message: '可延长天数须为 0–365 的整数' })
  @Max(365, { message: '可延长天数须为 0–365 的整数' })
  maxExtensionDays?: number | null;

  @ApiPropertyOptional({ example: '法院委派调解 20 日(诸暨市人民法院诉调对接办法)' })
  @IsOptional()
  @IsString({ message: '请填写依据' })
  @IsNotEmpty({ message: '请填写依据' })
  @MaxLength(200, { message: '依据不能超过 200 个字' })
  basis?: string;
}

export class DeadlineRuleDto {
  @ApiProperty({ description: 'The system rule (the key of a committee’s own rule too)' }) id: number;
  @ApiProperty({ enum: CLOCK_KINDS }) kind: ClockKind;
  @ApiProperty({ nullable: true, type: String, description: 'Case source it is for; null: every source' })
  source: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dispute type it is for; null: every type' })
  disputeType: string | null;
  @ApiProperty() days: number;
  @ApiProperty() workingDays: boolean;
  @ApiProperty({ nullable: true, type: Number }) maxExtensionDays: number | null;
  @ApiProperty() basis: string;
  @ApiProperty({ description: 'Fixed by law or the court: no committee may change it' }) statutory: boolean;
  @ApiProperty({ description: 'The committee’s own rule is in force instead of the system’s' })
  overridden: boolean;
  @ApiPropertyOptional({ description: 'The system rule’s days, when the committee has its own' })
  defaultDays?: number;
  @ApiPropertyOptional() defaultWorkingDays?: boolean;
}
