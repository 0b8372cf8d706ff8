import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from './schema';

type Schemas = components['schemas'];

/** A staff account as the security administrator sees it (docs/api.md "Administration"). */
export type StaffUser = Schemas['UserDto'];
export type CreateUserRequest = Schemas['CreateUserDto'];
export type UpdateUserRequest = Schemas['UpdateUserDto'];
/** The new account's id and its temporary password, shown this once. */
export type CreatedUser = Schemas['CreatedUserDto'];
export type TemporaryPassword = Schemas['TemporaryPasswordDto'];

/** HTTP calls of the staff accounts (用户与角色); no state, no UI. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<StaffUser[]> {
    return this.http.get<StaffUser[]>('/api/users');
  }

  create(body: CreateUserRequest): Observable<CreatedUser> {
    return this.http.post<CreatedUser>('/api/users', body);
  }

  /** Disabling the account, or changing its role or organisation, ends its sessions. */
  update(id: string, body: UpdateUserRequest): Observable<StaffUser> {
    return this.http.patch<StaffUser>(`/api/users/${encodeURIComponent(id)}`, body);
  }

  /** A new temporary password, shown this once; the account must change it at its next sign-in. */
  /** 强制下线: ends every session of the account. */
  signOut(id: string): Observable<void> {
    return this.http.post<void>(`/api/users/${encodeURIComponent(id)}/sign-out`, {});
  }

  resetPassword(id: string): Observable<TemporaryPassword> {
    return this.http.post<TemporaryPassword>(`/api/users/${encodeURIComponent(id)}/reset-password`, {});
  }
}
