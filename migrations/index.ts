import type { MigrationInterface } from 'typeorm';
import { Initial1795304443085 } from './1795304443085-initial.js';

/** Every migration, oldest first. `npm run db:generate -- Name` appends new ones. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795304443085];
