import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The text field next to the seal image (multipart). */
export class RegisterSealDto {
  @ApiProperty({ example: '杨光照', description: 'Who keeps the physical seal (印章保管人)' })
  @IsString({ message: '请填写印章保管人' })
  @IsNotEmpty({ message: '请填写印章保管人' })
  @MaxLength(50, { message: '印章保管人最多 50 个字' })
  custodian: string;
}

export class SealResponseDto {
  @ApiProperty() sha256: string;
  @ApiProperty() custodian: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
}

class RegisteredSealDto {
  @ApiProperty() sha256: string;
  @ApiProperty() custodian: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
}

class SealUseDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty({ description: 'Who put the seal on' }) by: string;
  @ApiProperty({ description: 'The registered seal was in force (else the drawn seal)' })
  registeredSeal: boolean;
}

export class SealUsesDto {
  @ApiProperty({ type: RegisteredSealDto, nullable: true }) seal: RegisteredSealDto | null;
  @ApiProperty({ type: [SealUseDto] }) uses: SealUseDto[];
}
