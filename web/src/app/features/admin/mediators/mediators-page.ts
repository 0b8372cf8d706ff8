import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MEDIATION_BODY_KINDS, chinaDay, mayCall } from '@tiaojie/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import {
  type CreateMediatorRequest,
  type Mediator,
  type MediatorStatus,
  MediatorsApi,
  type UpdateMediatorRequest,
} from '../../../core/api/mediators-api';
import { OrganisationsApi, flatten } from '../../../core/api/organisations-api';
import { AuthService } from '../../../core/auth/auth.service';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { MediatorDialog, type MediatorDialogResult } from './mediator-dialog';

const T = ADMIN_TEXTS.mediators;

/** How close to its end a term is flagged (the API warns the directors as many days before). */
const TERM_WARNING_DAYS = 60;

/** `YYYY-MM-DD` `days` after `day`. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A term past its end (`ended`), ending within 60 days (`ending`), or neither; today is China's. */
export function termState(termEnd: string | null, today: string = chinaDay()): 'ended' | 'ending' | null {
  if (!termEnd) return null;
  if (termEnd < today) return 'ended';
  return termEnd <= addDays(today, TERM_WARNING_DAYS) ? 'ending' : null;
}

const sameList = <V>(a: readonly V[], b: readonly V[]) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of the entry that the dialog changed (the API changes only those it is sent). */
export function mediatorPatch(mediator: Mediator, result: MediatorDialogResult): UpdateMediatorRequest {
  const patch: UpdateMediatorRequest = {};
  if (result.name !== mediator.name) patch.name = result.name;
  if (!sameList(result.organisationIds, mediator.organisationIds))
    patch.organisationIds = result.organisationIds;
  if (result.kind !== mediator.kind) patch.kind = result.kind;
  if (result.fullTime !== mediator.fullTime) patch.fullTime = result.fullTime;
  if (result.courtRosterNo !== mediator.courtRosterNo) patch.courtRosterNo = result.courtRosterNo;
  if (result.termStart !== mediator.termStart) patch.termStart = result.termStart;
  if (result.termEnd !== mediator.termEnd) patch.termEnd = result.termEnd;
  if (result.status !== mediator.status) patch.status = result.status;
  if (result.userId !== mediator.userId) patch.userId = result.userId;
  if (!sameList(result.trainings, mediator.trainings)) patch.trainings = result.trainings;
  return patch;
}

/** A new entry as the API takes it: the optional fields only when filled in. */
export function newMediator(result: MediatorDialogResult): CreateMediatorRequest {
  const { courtRosterNo, userId, trainings, ...rest } = result;
  return {
    ...rest,
    ...(courtRosterNo ? { courtRosterNo } : {}),
    ...(userId ? { userId } : {}),
    ...(trainings.length ? { trainings } : {}),
  };
}

/**
 * 调解员名册 (the administrator for every mediation body, a director for his own committee): who may
 * be assigned cases — kind, the bodies served, term, status, sign-in account and training.
 */
@Component({
  selector: 'tj-mediators-page',
  imports: [
    AdminPageFrame,
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    MediatorDialog,
  ],
  templateUrl: './mediators-page.html',
  styleUrl: '../shared/admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediatorsPage {
  private readonly api = inject(MediatorsApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);
  private readonly me = inject(AuthService).user;

  protected readonly texts = T;
  protected readonly common = ADMIN_TEXTS;
  protected readonly statuses: readonly MediatorStatus[] = ['active', 'suspended', 'removed'];
  protected readonly statusColors: Readonly<Record<MediatorStatus, string>> = {
    active: 'green',
    suspended: 'orange',
    removed: 'default',
  };
  protected readonly may = computed(() => {
    const role = this.me()?.role;
    return {
      create: !!role && mayCall(role, 'POST /api/mediators'),
      edit: !!role && mayCall(role, 'PATCH /api/mediators/:id'),
    };
  });

  protected readonly resource = rxResource({ stream: () => this.api.roster() });
  private readonly mediators = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  private readonly organisationTree = rxResource({ stream: () => this.organisationsApi.tree() });
  private readonly organisations = computed(() =>
    this.organisationTree.hasValue() ? flatten(this.organisationTree.value()) : [],
  );
  /** The committees and centres in sight, in tree order. */
  protected readonly bodies = computed(() =>
    this.organisations()
      .filter((org) => MEDIATION_BODY_KINDS.includes(org.kind))
      .map(({ id, name }) => ({ id, name })),
  );
  /** A new entry is for the caller's own committee (a director's), or the one body in sight. */
  protected readonly defaultOrganisationIds = computed(() => {
    const bodies = this.bodies();
    const own = bodies.find((body) => body.id === this.me()?.organisationId);
    if (own) return [own.id];
    return bodies.length === 1 ? [bodies[0].id] : [];
  });

  protected readonly query = signal('');
  protected readonly status = signal<MediatorStatus | null>(null);
  protected readonly shown = computed(() => {
    const query = this.query().trim().toLowerCase();
    const status = this.status();
    return this.mediators().filter(
      (mediator) =>
        (!query || mediator.name.toLowerCase().includes(query)) && (!status || mediator.status === status),
    );
  });
  protected readonly total = computed(() => this.mediators().length);
  protected readonly filtered = computed(() => !!this.query().trim() || this.status() !== null);

  protected readonly editing = signal<{ mediator: Mediator | null } | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);

  protected organisationName(id: string): string {
    return this.organisations().find((org) => org.id === id)?.name ?? T.otherOrganisation;
  }

  protected termState(mediator: Mediator): 'ended' | 'ending' | null {
    return termState(mediator.termEnd);
  }

  protected open(mediator: Mediator | null): void {
    this.failure.set(null);
    this.editing.set({ mediator });
  }

  protected close(): void {
    if (!this.busy()) this.editing.set(null);
  }

  protected save(result: MediatorDialogResult): void {
    if (this.busy()) return;
    const mediator = this.editing()?.mediator;
    if (!mediator) return this.send(this.api.create(newMediator(result)), T.created);
    const patch = mediatorPatch(mediator, result);
    if (Object.keys(patch).length === 0) return this.editing.set(null);
    this.send(this.api.update(mediator.id, patch), T.saved);
  }

  private send(request: ReturnType<MediatorsApi['create']>, done: string): void {
    this.busy.set(true);
    this.failure.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.editing.set(null);
        this.message.success(done);
        this.resource.reload();
      },
      error: (error: unknown) => this.failure.set(error),
    });
  }
}
