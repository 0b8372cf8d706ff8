import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../organisations/organisation-kind.js';
import { ROLES, type Role } from '../role.js';

export class LoginDto {
  @ApiProperty({ example: 'mediator.yang' })
  @IsString()
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'tiaojie-demo' })
  @IsString()
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(200)
  password: string;
}

export class MeOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
}

export class MeResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ type: MeOrganisationDto }) organisation: MeOrganisationDto;
  @ApiProperty({
    description:
      'A temporary password: every route but POST /api/auth/password answers 403 until it is changed',
  })
  mustChangePassword: boolean;
  @ApiProperty({
    description:
      'Minutes without a request after which the session ends (TIAOJIE_IDLE_MINUTES); the web warns before',
    example: 30,
  })
  idleMinutes: number;
}

/** One open sign-in of an account (docs/api.md "Administration"). */
export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'The User-Agent that signed in' })
  userAgent: string | null;
  @ApiProperty({ description: 'The session this request is made with' }) current: boolean;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for API clients; browsers use the session cookie' })
  accessToken: string;

  @ApiProperty({ format: 'date-time' }) expiresAt: string;

  @ApiProperty({ type: MeResponseDto }) user: MeResponseDto;
}
