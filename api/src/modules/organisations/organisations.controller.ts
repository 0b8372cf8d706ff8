import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  CreateOrganisationDto,
  OrganisationResponseDto,
  OrganisationTreeDto,
  toOrganisationResponse,
  toOrganisationTree,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'The organisation tree visible to the caller' })
  @ApiOkResponse({ type: [OrganisationTreeDto] })
  async tree(@CurrentUser() user: AuthUser): Promise<OrganisationTreeDto[]> {
    return (await this.organisations.visibleTree(user)).map(toOrganisationTree);
  }

  @Get('mediation-bodies')
  @ApiOperation({ summary: 'Committees and centres of the caller’s county, e.g. to transfer a case to' })
  @ApiOkResponse({ type: [OrganisationResponseDto] })
  async mediationBodies(@CurrentUser() user: AuthUser): Promise<OrganisationResponseDto[]> {
    return (await this.organisations.mediationBodies(user)).map(toOrganisationResponse);
  }

  @Post()
  @ApiOperation({ summary: 'Create an organisation (admin)' })
  @ApiCreatedResponse({ type: OrganisationResponseDto })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganisationDto) {
    return toOrganisationResponse(await this.organisations.create(user, dto));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename an organisation or change its case-number prefix (admin)' })
  @ApiOkResponse({ type: OrganisationResponseDto })
  async update(@CurrentUser() user: AuthUser, @IdParam() id: string, @Body() dto: UpdateOrganisationDto) {
    return toOrganisationResponse(await this.organisations.update(user, id, dto));
  }
}
