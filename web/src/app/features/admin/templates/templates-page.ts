import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnDestroy,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { DomSanitizer } from '@angular/platform-browser';
import { REFERRING_BODY_KINDS, mayCall } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize, of } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { OrganisationsApi } from '../../../core/api/organisations-api';
import {
  type TemplateOrigin,
  type TemplateSource,
  type TemplateSummary,
  TemplatesApi,
} from '../../../core/api/templates-api';
import { AuthService } from '../../../core/auth/auth.service';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { organisationOptions } from '../shared/organisation-options';

const T = ADMIN_TEXTS.templates;

const ORIGIN_COLOURS: Readonly<Record<TemplateOrigin, string>> = {
  default: 'default',
  own: 'blue',
  inherited: 'cyan',
};

/**
 * 文书模板: the templates an organisation prints its documents with, and where each version in force
 * comes from (the default, an ancestor's, its own). One is edited as Handlebars source, previewed as the
 * PDF of a sample case, and saved; the API checks it on sample cases first and refuses (422) one that
 * would not print. A director works on his own committee; the administrator chooses any organisation
 * of the mediation tree (a bureau's or an office's version is inherited below it).
 */
@Component({
  selector: 'tj-templates-page',
  imports: [
    AdminPageFrame,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
  ],
  templateUrl: './templates-page.html',
  styleUrls: ['../shared/admin-page.css', './templates-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPage implements OnDestroy {
  private readonly api = inject(TemplatesApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly me = inject(AuthService).user;

  protected readonly texts = T;
  protected readonly common = ADMIN_TEXTS;
  protected readonly originColours = ORIGIN_COLOURS;

  /** The administrator configures any organisation; a director his own only. */
  protected readonly choosesOrganisation = computed(() => {
    const role = this.me()?.role;
    return !!role && mayCall(role, 'PATCH /api/organisations/:id');
  });

  private readonly organisationTree = rxResource({
    params: () => (this.choosesOrganisation() ? true : undefined),
    stream: () => this.organisationsApi.tree(),
  });
  /** The mediation tree (bureau › offices › committees), indented; referring bodies print no documents. */
  protected readonly organisations = computed(() =>
    this.organisationTree.hasValue()
      ? organisationOptions(this.organisationTree.value()).filter(
          (org) => !REFERRING_BODY_KINDS.includes(org.kind),
        )
      : [],
  );

  /** The administrator's choice at the top. */
  protected readonly chosen = signal<string | null>(null);
  protected readonly organisationId = computed<string | null>(() =>
    this.choosesOrganisation() ? this.chosen() : (this.me()?.organisationId ?? null),
  );
  /** A director's own committee, named under the title. */
  protected readonly ownOrganisation = computed(() =>
    this.choosesOrganisation() ? null : (this.me()?.organisation.name ?? null),
  );

  protected readonly resource = rxResource({
    params: () => this.organisationId() ?? undefined,
    stream: ({ params }) => (params ? this.api.list(params) : of([])),
  });
  protected readonly templates = computed(() => (this.resource.hasValue() ? this.resource.value() : []));

  /** The template being opened (its 编辑 button spins). */
  protected readonly opening = signal<string | null>(null);
  /** The version in force of the template being edited, as last loaded or saved. */
  protected readonly current = signal<TemplateSource | null>(null);
  protected readonly draft = signal('');
  protected readonly dirty = computed(() => {
    const current = this.current();
    return !!current && this.draft() !== current.source;
  });
  protected readonly previewing = signal(false);
  protected readonly saving = signal(false);
  protected readonly resetting = signal(false);
  protected readonly busy = computed(() => this.previewing() || this.saving() || this.resetting());
  /** The API's refusal (TEMPLATE_INVALID names the line or variable), shown until the next attempt. */
  protected readonly problem = signal<string | null>(null);

  /** The object URL of the last preview, and the source it shows. */
  protected readonly previewUrl = signal<string | null>(null);
  private readonly previewedSource = signal<string | null>(null);
  protected readonly previewFrameUrl = computed(() => {
    const url = this.previewUrl();
    // An object URL this page made from the API's PDF.
    return url ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  protected readonly previewStale = computed(
    () => this.previewUrl() !== null && this.previewedSource() !== this.draft(),
  );

  protected choose(value: string | null): void {
    this.chosen.set(value);
  }

  protected edit(template: TemplateSummary): void {
    const organisationId = this.organisationId();
    if (!organisationId || this.opening()) return;
    this.opening.set(template.name);
    this.api
      .get(organisationId, template.name)
      .pipe(
        finalize(() => this.opening.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (source) => {
          this.problem.set(null);
          this.current.set(source);
          this.draft.set(source.source);
        },
        error: (error: unknown) => this.message.error(apiErrorMessage(error)),
      });
  }

  /** Back to the list; edits not saved are given up only once confirmed. */
  protected back(): void {
    if (this.busy()) return;
    if (!this.dirty()) return this.close();
    this.modal.confirm({
      nzTitle: T.discardTitle,
      nzContent: T.discardContent,
      nzOkText: T.discard,
      nzOkDanger: true,
      nzCancelText: T.keepEditing,
      nzOnOk: () => this.close(),
    });
  }

  protected preview(): void {
    const current = this.current();
    const organisationId = this.organisationId();
    if (!current || !organisationId || this.busy()) return;
    const source = this.draft();
    this.previewing.set(true);
    this.problem.set(null);
    this.api
      .preview(organisationId, current.name, source)
      .pipe(
        finalize(() => this.previewing.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (pdf) => {
          this.setPreview(URL.createObjectURL(pdf));
          this.previewedSource.set(source);
        },
        error: (error: unknown) => this.problem.set(apiErrorMessage(error)),
      });
  }

  protected save(): void {
    const current = this.current();
    const organisationId = this.organisationId();
    if (!current || !organisationId || this.busy()) return;
    const source = this.draft();
    this.saving.set(true);
    this.problem.set(null);
    this.api
      .save(organisationId, current.name, source)
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.loaded(saved, source);
          this.message.success(T.saved);
          this.resource.reload();
        },
        error: (error: unknown) => this.problem.set(apiErrorMessage(error)),
      });
  }

  /** Drops the organisation's own version, after a confirmation: the inherited or default one is back. */
  protected reset(): void {
    const current = this.current();
    const organisationId = this.organisationId();
    if (!current || current.origin !== 'own' || !organisationId || this.busy()) return;
    this.modal.confirm({
      nzTitle: T.resetTitle(current.title),
      nzContent: T.resetContent,
      nzOkText: T.reset,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => {
        this.resetting.set(true);
        this.problem.set(null);
        this.api
          .reset(organisationId, current.name)
          .pipe(
            finalize(() => this.resetting.set(false)),
            takeUntilDestroyed(this.destroyRef),
          )
          .subscribe({
            next: (restored) => {
              this.current.set(restored);
              this.draft.set(restored.source);
              this.message.success(T.resetDone);
              this.resource.reload();
            },
            error: (error: unknown) => this.problem.set(apiErrorMessage(error)),
          });
      },
    });
  }

  ngOnDestroy(): void {
    this.setPreview(null);
  }

  /** The saved version; what was typed meanwhile stays. */
  private loaded(saved: TemplateSource, sent: string): void {
    this.current.set(saved);
    if (this.draft() === sent) this.draft.set(saved.source);
  }

  private close(): void {
    this.current.set(null);
    this.draft.set('');
    this.problem.set(null);
    this.setPreview(null);
  }

  private setPreview(url: string | null): void {
    const old = this.previewUrl();
    if (old) URL.revokeObjectURL(old);
    this.previewUrl.set(url);
    if (!url) this.previewedSource.set(null);
  }
}
