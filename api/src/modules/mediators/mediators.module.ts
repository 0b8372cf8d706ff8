import { Module } from '@nestjs/common';
import { MediatorsController } from './mediators.controller.js';
import { MediatorsService } from './mediators.service.js';

@Module({ controllers: [MediatorsController], providers: [MediatorsService] })
export class MediatorsModule {}
