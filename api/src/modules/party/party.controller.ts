import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  CreatePartyLinkDto,
  PartyCaseDto,
  PartyEvaluationDto,
  PartyLinkDto,
  PartySessionDto,
  PartySessionRequestDto,
  PartyTokenDto,
} from './dto/party.dto.js';
import { PartyChannelService, type PartyPrincipal } from './party-channel.service.js';
import { CurrentParty, PartyGuard } from './party.guard.js';

/** The case team sends a party a one-time link. */
@ApiTags('party')
@Controller('cases/:id/party-links')
export class PartyLinksController {
  constructor(private readonly channel: PartyChannelService) {}

  @Post()
  @ApiOperation({ summary: 'Send a party a one-time link by SMS: read, sign or evaluate (case team)' })
  @ApiCreatedResponse({ type: PartyLinkDto })
  create(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: CreatePartyLinkDto) {
    return this.channel.createLink(user, id, dto);
  }
}

/** The party's side: the code, the session, its own case, its evaluation. */
@ApiTags('party')
@Controller('party')
export class PartyController {
  constructor(private readonly channel: PartyChannelService) {}

  @Post('otp')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send the 6-digit code of a link to the party’s phone' })
  @ApiNoContentResponse()
  otp(@Body() dto: PartyTokenDto, @Req() req: Request): Promise<void> {
    return this.channel.sendCode(dto.token, req.ip ?? 'unknown');
  }

  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the link’s one session with the code (5 tries, then locked)' })
  @ApiOkResponse({ type: PartySessionDto })
  session(@Body() dto: PartySessionRequestDto, @Req() req: Request): Promise<PartySessionDto> {
    return this.channel.openSession(dto.token, dto.code, req.ip ?? 'unknown');
  }

  @Get('case')
  @UseGuards(PartyGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The party’s own view of its case (its data, joint sessions, the agreement)' })
  @ApiOkResponse({ type: PartyCaseDto })
  case(@CurrentParty() party: PartyPrincipal): Promise<PartyCaseDto> {
    return this.channel.caseView(party);
  }

  @Post('evaluations')
  @UseGuards(PartyGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The party’s evaluation of the mediation, 1–5 (an evaluate link, once)' })
  @ApiCreatedResponse({ description: 'Recorded' })
  evaluate(@CurrentParty() party: PartyPrincipal, @Body() dto: PartyEvaluationDto): Promise<{ id: string }> {
    return this.channel.evaluate(party, dto);
  }
}
