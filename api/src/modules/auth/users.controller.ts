import { SessionDto } from './dto/auth.dto.js';
import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from './auth-user.js';
import { CurrentUser } from './auth.decorators.js';
import {
  ChangePasswordDto,
  CreatedUserDto,
  CreateUserDto,
  TemporaryPasswordDto,
  UpdateUserDto,
  UserDto,
} from './dto/users.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @ApiOperation({ summary: 'Staff accounts in scope (security administrator)' })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentUser() user: AuthUser) {
    return this.users.list(user);
  }

  @Post('users')
  @ApiOperation({ summary: 'Create an account; its temporary password is shown once' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto) {
    return this.users.create(user, dto);
  }

  @Patch('users/:id')
  @ApiOperation({ summary: 'Change name, role or organisation, or disable an account (ends its sessions)' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentUser() user: AuthUser, @IdParam('id', '用户') id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(user, id, dto);
  }

  @Post('users/:id/reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new temporary password, shown once; the account must change it' })
  @ApiOkResponse({ type: TemporaryPasswordDto })
  resetPassword(@CurrentUser() user: AuthUser, @IdParam('id', '用户') id: string) {
    return this.users.resetPassword(user, id);
  }

  @Get('users/:id/sessions')
  @ApiOperation({ summary: 'The account’s open sign-ins (security administrator)' })
  @ApiOkResponse({ type: [SessionDto] })
  sessions(@CurrentUser() user: AuthUser, @IdParam('id', '用户') id: string) {
    return this.users.sessions(user, id);
  }

  @Post('users/:id/sign-out')
  @HttpCode(204)
  @ApiOperation({ summary: 'End every session of the account (audited)' })
  @ApiNoContentResponse()
  async signOut(@CurrentUser() user: AuthUser, @IdParam('id', '用户') id: string): Promise<void> {
    await this.users.signOut(user, id);
  }

  @Post('auth/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change one’s own password (required after a temporary one)' })
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto) {
    return this.users.changeOwnPassword(user, dto);
  }
}
