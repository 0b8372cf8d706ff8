import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzMessageService } from 'ng-zorro-antd/message';
import { type Observable, finalize } from 'rxjs';
import { apiErrorMessage, isConflict, isVersionConflict } from '../../../core/api/api-error';
import type { CaseDetail, Mediator, OrganisationNode } from '../../../core/api/api-types';
import { CasesApi } from '../../../core/api/cases-api';
import { OrganisationsApi } from '../../../core/api/organisations-api';
import { CASES_TEXTS } from '../cases.texts';

/** One case, the changes made to it, and what the action dialogs need (loaded when first asked). */
@Injectable()
export class CaseDetailStore {
  private readonly api = inject(CasesApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);

  private readonly id = signal<string | undefined>(undefined);
  private readonly caseResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });

  readonly detail = computed(() => (this.caseResource.hasValue() ? this.caseResource.value() : undefined));
  readonly loading = computed(() => this.caseResource.isLoading() && !this.detail());
  readonly failed = computed(() => this.caseResource.status() === 'error');
  readonly loadError = computed(() => (this.failed() ? apiErrorMessage(this.caseResource.error()) : ''));
  /** A change is being sent; buttons wait for it. */
  readonly busy = signal(false);

  private readonly rosterWanted = signal(false);
  private readonly rosterResource = rxResource({
    params: () => (this.rosterWanted() ? this.detail()?.organisationId : undefined),
    stream: ({ params }) => this.organisationsApi.mediators(params),
  });
  /** The mediators of the case's committee (for assigning and for conflicts). */
  readonly roster = computed<Mediator[]>(() =>
    this.rosterResource.hasValue() ? this.rosterResource.value() : [],
  );

  private readonly bodiesWanted = signal(false);
  private readonly bodiesResource = rxResource({
    params: () => (this.bodiesWanted() ? true : undefined),
    stream: () => this.organisationsApi.mediationBodies(),
  });
  /** Other committees and centres the case could be transferred to. */
  readonly transferTargets = computed<OrganisationNode[]>(() => {
    const own = this.detail()?.organisationId;
    return this.bodiesResource.hasValue() ? this.bodiesResource.value().filter((org) => org.id !== own) : [];
  });

  load(id: string): void {
    this.id.set(id);
  }

  reload(): void {
    this.caseResource.reload();
  }

  needRoster(): void {
    this.rosterWanted.set(true);
  }

  needTransferTargets(): void {
    this.bodiesWanted.set(true);
  }

  /**
   * Sends a change built from the current version. On success shows the new state and calls
   * `done`; when someone else changed the case first, says so, reloads, and calls `done` too.
   */
  change(send: (current: CaseDetail) => Observable<CaseDetail>, success: string, done?: () => void): void {
    const current = this.detail();
    if (!current || this.busy()) return;
    this.busy.set(true);
    send(current)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (updated) => {
          this.caseResource.set(updated);
          this.message.success(success);
          done?.();
        },
        error: (error: unknown) => {
          if (isConflict(error)) {
            // The case changed under us (another user, another tab): show what it is now.
            const text = isVersionConflict(error)
              ? CASES_TEXTS.detail.versionConflict
              : apiErrorMessage(error);
            this.message.warning(text);
            this.reload();
            done?.();
          } else {
            this.message.error(apiErrorMessage(error));
          }
        },
      });
  }
}
