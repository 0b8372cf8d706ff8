import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from './auth-user.js';
import { CurrentUser } from './auth.decorators.js';
import { ApiKeysService } from './api-keys.service.js';

export class CreateApiKeyDto {
  @ApiProperty({ format: 'uuid', description: 'The referring body (court, police station …)' })
  @IsUUID('all', { message: '请选择移交单位' })
  organisationId: string;

  @ApiProperty({ example: '诸暨市人民法院诉前调解平台' })
  @IsString()
  @IsNotEmpty({ message: '请填写密钥用途' })
  @MaxLength(100)
  name: string;
}

export class ApiKeySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'tj_Ab3dE9x' }) prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastUsedAt: string | null;
}

export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Shown this once; only its hash is kept' }) key: string;
  @ApiProperty() prefix: string;
}

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'Keys of referring bodies’ systems (admin)' })
  @ApiOkResponse({ type: [ApiKeySummaryDto] })
  list() {
    return this.keys.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a key for a referring body; the key is shown once' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateApiKeyDto) {
    return this.keys.create(user, dto.organisationId, dto.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key: its next request gets 401' })
  @ApiNoContentResponse()
  revoke(@CurrentUser() user: AuthUser, @IdParam('id', '接口密钥') id: string) {
    return this.keys.revoke(user, id);
  }
}
