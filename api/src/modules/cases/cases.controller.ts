import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from './case-access.service.js';
import { CaseActionsService, type TransitionInput } from './case-actions.service.js';
import { CaseCorrectionsService } from './case-corrections.service.js';
import { CasesService } from './cases.service.js';
import { CaseQueryDto } from './dto/case-query.dto.js';
import { AcceptDto, RecordConsentDto } from './dto/consent.dto.js';
import { CaseDetailDto, CasePageDto, PartyResponseDto } from './dto/case-response.dto.js';
import { AddPartyDto, UpdateCaseDto, UpdatePartyDto } from './dto/correction.dto.js';
import { CreateCaseDto } from './dto/create-case.dto.js';
import {
  ArchiveDto,
  AssignDto,
  CloseDto,
  ConflictDto,
  ExtendDto,
  ReasonDto,
  RefusalDto,
  RemediationDto,
  RemediationResponseDto,
  RiskDto,
  TerminateDto,
  TransferDto,
  VersionDto,
} from './dto/transition.dto.js';

const CaseId = () => IdParam('id', '案件');

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly actions: CaseActionsService,
    private readonly corrections: CaseCorrectionsService,
  ) {}

  @Patch(':id')
  @ApiOperation({
    summary:
      'Correct the registered facts (更正) with a reason, on the version seen (409 if changed, or once the case is finished)',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  async update(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: UpdateCaseDto) {
    await this.corrections.updateCase(user, id, dto);
    return this.cases.detail(user, id);
  }

  @Post(':id/parties')
  @ApiOperation({ summary: 'Add a party after registration, with a reason' })
  @ApiCreatedResponse({ type: PartyResponseDto })
  addParty(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: AddPartyDto) {
    return this.corrections.addParty(user, id, dto);
  }

  @Patch(':id/parties/:partyId')
  @ApiOperation({ summary: 'Correct or complete a party (phone, address, birth date …), with a reason' })
  @ApiOkResponse({ type: PartyResponseDto })
  updateParty(
    @CurrentUser() user: AuthUser,
    @CaseId() id: string,
    @IdParam('partyId', '当事人') partyId: string,
    @Body() dto: UpdatePartyDto,
  ) {
    return this.corrections.updateParty(user, id, partyId, dto);
  }

  @Post()
  @ApiOperation({ summary: 'Register a dispute (登记) with at least two parties' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key creates nothing new',
  })
  @ApiCreatedResponse({ type: CaseDetailDto })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDetailDto> {
    const { detail, replayed } = await this.cases.create(user, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return detail;
  }

  @Get()
  @ApiOperation({ summary: 'Cases visible to the caller, most recently active first' })
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: CaseQueryDto): Promise<CasePageDto> {
    return this.cases.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A case with parties, mediators, sessions and timeline' })
  @ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: 'Director only: percent-encoded reason to read private notes (audited)',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  detail(
    @CurrentUser() user: AuthUser,
    @CaseId() id: string,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    return this.cases.detail(user, id, breakGlass);
  }

  private async act(user: AuthUser, id: string, input: TransitionInput): Promise<CaseDetailDto> {
    await this.actions.transition(user, id, input);
    return this.cases.detail(user, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '受理: registered → accepted (422 when a party refused mediation or has no rights notice on record)',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  accept(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: AcceptDto) {
    return this.act(user, id, { action: 'accept', dto });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '不予受理: registered → not_accepted' })
  @ApiOkResponse({ type: CaseDetailDto })
  reject(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: ReasonDto) {
    return this.act(user, id, { action: 'reject', dto });
  }

  @Post(':id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: '指派调解员: → in_mediation (422 MEDIATOR_CONFLICT on a conflict or recusal)' })
  @ApiOkResponse({ type: CaseDetailDto })
  assign(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: AssignDto) {
    return this.act(user, id, { action: 'assign', dto });
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: '中止: in_mediation → paused' })
  @ApiOkResponse({ type: CaseDetailDto })
  pause(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: ReasonDto) {
    return this.act(user, id, { action: 'pause', dto });
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: '恢复: paused → in_mediation' })
  @ApiOkResponse({ type: CaseDetailDto })
  resume(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: VersionDto) {
    return this.act(user, id, { action: 'resume', dto });
  }

  @Post(':id/extend')
  @HttpCode(200)
  @ApiOperation({ summary: '延期: every party must consent' })
  @ApiOkResponse({ type: CaseDetailDto })
  extend(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: ExtendDto) {
    return this.act(user, id, { action: 'extend', dto });
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @ApiOperation({ summary: '终止调解, with the routes the parties were told of (Art 26)' })
  @ApiOkResponse({ type: CaseDetailDto })
  terminate(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: TerminateDto) {
    return this.act(user, id, { action: 'terminate', dto });
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @ApiOperation({ summary: '移送 to another committee' })
  @ApiOkResponse({ type: CaseDetailDto })
  transfer(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: TransferDto) {
    return this.act(user, id, { action: 'transfer', dto });
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '结案 (director)' })
  @ApiOkResponse({ type: CaseDetailDto })
  close(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: CloseDto) {
    return this.act(user, id, { action: 'close', dto });
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: '归档 (director): binds the case file (422 listing missing required items)' })
  @ApiOkResponse({ type: CaseDetailDto })
  archive(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: ArchiveDto) {
    return this.act(user, id, { action: 'archive', dto });
  }

  @Post(':id/remediation')
  @ApiOperation({ summary: '重新调解: a linked new case after a refused confirmation or a voided agreement' })
  @ApiCreatedResponse({ type: RemediationResponseDto })
  remediation(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: RemediationDto) {
    return this.actions.remediate(user, id, dto);
  }

  @Post(':id/risk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a risk of escalation (激化风险) and notify the director (and police for red)',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  async risk(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: RiskDto) {
    await this.actions.raiseRisk(user, id, dto);
    return this.cases.detail(user, id);
  }

  @Post(':id/refusals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a party clearly refused mediation (Art 17)' })
  @ApiOkResponse({ type: CaseDetailDto })
  async refusal(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: RefusalDto) {
    await this.actions.recordRefusal(user, id, dto);
    return this.cases.detail(user, id);
  }

  @Post(':id/consents')
  @HttpCode(200)
  @ApiOperation({
    summary: '告知与同意: record a rights notice delivered, or a consent given or withdrawn, by parties',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  async consent(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: RecordConsentDto) {
    await this.actions.recordConsent(user, id, dto);
    return this.cases.detail(user, id);
  }

  @Post(':id/conflicts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a mediator’s conflict of interest or a party’s recusal request (回避)' })
  @ApiOkResponse({ type: CaseDetailDto })
  async conflict(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() dto: ConflictDto) {
    await this.actions.recordConflict(user, id, dto);
    return this.cases.detail(user, id);
  }
}
