import type { components } from './schema';

type Schemas = components['schemas'];

/** The signed-in user as `/api/me` and the login call return it. */
export type Me = Schemas['MeResponseDto'];
export type Role = Me['role'];
export type LoginRequest = Schemas['LoginDto'];
export type LoginResponse = Schemas['LoginResponseDto'];

/** Every error the API sends has this body (docs/api.md, "Errors"). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown[];
}
