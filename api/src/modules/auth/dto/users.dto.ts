import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, type Role } from '../role.js';

export class CreateUserDto {
  @ApiProperty({ example: 'mediator.qian', description: 'Lower-case letters, digits, dot, dash, underscore' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: '用户名须为 3–64 位小写字母、数字、点、横线或下划线' })
  username: string;

  @ApiProperty({ example: '钱国强' })
  @IsString()
  @IsNotEmpty({ message: '请填写姓名' })
  @MaxLength(50, { message: '姓名不能超过 50 个字' })
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: '角色无效' })
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择所属单位' })
  organisationId: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: '请填写姓名' })
  @MaxLength(50, { message: '姓名不能超过 50 个字' })
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: '角色无效' })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '请选择所属单位' })
  organisationId?: string;

  @ApiPropertyOptional({ description: 'false disables the account and ends its sessions' })
  @IsOptional()
  @IsBoolean({ message: '启用状态无效' })
  active?: boolean;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: '请输入当前密码' })
  @MaxLength(200)
  current: string;

  @ApiProperty({
    description: 'At least 10 characters with letters and digits (libs/contracts/src/password-policy.ts)',
  })
  @IsString()
  @IsNotEmpty({ message: '请输入新密码' })
  @MaxLength(200)
  next: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() active: boolean;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) passwordChangedAt: string | null;
}

export class CreatedUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Shown this once; must be changed at the first sign-in' })
  temporaryPassword: string;
}

export class TemporaryPasswordDto {
  @ApiProperty({ description: 'Shown this once; must be changed at the next sign-in' })
  temporaryPassword: string;
}
