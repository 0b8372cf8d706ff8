import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  CreateMediatorDto,
  MediatorDto,
  MediatorListDto,
  MediatorQueryDto,
  UpdateMediatorDto,
} from './dto/mediator.dto.js';
import { MediatorsService } from './mediators.service.js';

@ApiTags('mediators')
@Controller('mediators')
export class MediatorsController {
  constructor(private readonly mediators: MediatorsService) {}

  @Get()
  @ApiOperation({ summary: 'Mediator roster of the organisations visible to the caller' })
  @ApiOkResponse({ type: MediatorListDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: MediatorQueryDto): Promise<MediatorListDto> {
    return { items: await this.mediators.list(user, query.organisationId, query.all === 'true') };
  }

  @Post()
  @ApiOperation({ summary: 'Add a mediator to the roster (admin; a director for his own committee)' })
  @ApiCreatedResponse({ type: MediatorDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMediatorDto): Promise<MediatorDto> {
    return this.mediators.create(user, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a roster entry: term, status, organisations, account, training' })
  @ApiOkResponse({ type: MediatorDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '调解员') id: string,
    @Body() dto: UpdateMediatorDto,
  ): Promise<MediatorDto> {
    return this.mediators.update(user, id, dto);
  }
}
