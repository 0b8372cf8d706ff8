import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { AuthUser } from './auth-user.js';
import { CurrentUser } from './auth.decorators.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginDto, LoginResponseDto, MeResponseDto, SessionDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets the session cookie and returns a bearer token' })
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const result = await this.auth.login(
      dto.username,
      dto.password,
      req.ip ?? 'unknown',
      req.get('user-agent'),
    );
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      expires: result.expiresAt,
    });
    return {
      accessToken: result.token,
      expiresAt: result.expiresAt.toISOString(),
      user: await this.me(result.user),
    } satisfies LoginResponseDto;
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(user);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('auth/sessions')
  @ApiOperation({ summary: 'The caller’s open sign-ins (devices), this one marked `current`' })
  @ApiOkResponse({ type: [SessionDto] })
  sessions(@CurrentUser() user: AuthUser): Promise<SessionDto[]> {
    return this.auth.sessionsOf(user.id, user.sessionId);
  }

  @Post('auth/logout-others')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere else: ends every other session of the caller' })
  async logoutOthers(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logoutOthers(user);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user with their organisation' })
  @ApiOkResponse({ type: MeResponseDto })
  async me(@CurrentUser() user: AuthUser): Promise<MeResponseDto> {
    const org = await this.organisations.findVisible(user, user.organisationId);
    return {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      organisationId: user.organisationId,
      organisation: { id: org.id, name: org.name, kind: org.kind },
      mustChangePassword: user.mustChangePassword ?? false,
      idleMinutes: this.auth.idleMinutes,
    };
  }
}
