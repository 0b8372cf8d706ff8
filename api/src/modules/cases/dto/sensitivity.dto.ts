import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { SENSITIVITY_REASONS, type SensitivityReason } from '../case-sensitivity.js';

/** PUT /api/cases/:id/sensitivity and PUT /api/cases/:id/sessions/:sessionId/sensitivity. */
export class SensitivityDto {
  @ApiProperty({
    enum: SENSITIVITY_REASONS,
    nullable: true,
    type: String,
    description: 'family, health or minors; null: not sensitive',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(SENSITIVITY_REASONS, { message: '敏感类别须为婚姻家庭、健康医疗或未成年人' })
  sensitivity: SensitivityReason | null;
}
