import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PartyChannelService, type PartyPrincipal } from './party-channel.service.js';

type PartyRequest = Request & { party?: PartyPrincipal };

/**
 * The routes the policy gives to `party` (libs/contracts/src/route-policy.ts): a party's session token
 * as `Authorization: Bearer`, for that party and case only. A staff session is no party session.
 */
@Injectable()
export class PartyGuard implements CanActivate {
  constructor(private readonly channel: PartyChannelService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PartyRequest>();
    const header = request.headers.authorization;
    request.party = await this.channel.principal(
      header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined,
    );
    return true;
  }
}

/** The party PartyGuard found. */
export const CurrentParty = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<PartyRequest>().party!,
);
