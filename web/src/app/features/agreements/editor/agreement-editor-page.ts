import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize, forkJoin, of } from 'rxjs';
import {
  apiErrorCode,
  apiErrorMessage,
  apiFieldErrors,
  isVersionConflict,
} from '../../../core/api/api-error';
import type { Agreement, CaseDetail, Term, TermKind } from '../../../core/api/api-types';
import { AgreementsApi } from '../../../core/api/agreements-api';
import { CasesApi } from '../../../core/api/cases-api';
import { amountInCapitals } from '@tiaojie/contracts';
import { applyServerErrors, firstError, revealErrors } from '../../../shared/forms/field-errors';
import { PARTY_ROLE_LABELS } from '../../../shared/labels/case-labels';
import { AGREEMENTS_TEXTS } from '../agreements.texts';
import { checkParts } from '../shared/check-parts';
import { ChecklistPanel } from '../shared/checklist-panel';
import {
  type AgreementEditorForm,
  createAgreementForm,
  createTermForm,
  toAgreementContent,
} from './agreement-form';

/** Terms that name money, a date and a method: the fields shown for each kind. */
const SHOWS_AMOUNT: readonly TermKind[] = ['pay'];
const SHOWS_DUE: readonly TermKind[] = ['pay', 'act', 'other'];

/** 起草 / 编辑调解协议: the content of a draft agreement and its legal checklist. */
@Component({
  selector: 'tj-agreement-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSegmentedModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    ChecklistPanel,
  ],
  templateUrl: './agreement-editor-page.html',
  styleUrl: './agreement-editor-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementEditorPage {
  private readonly cases = inject(CasesApi);
  private readonly api = inject(AgreementsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);

  /** The case id, bound from the route. */
  readonly id = input.required<string>();
  /** The agreement id; absent on /agreements/new. */
  readonly agreementId = input<string | undefined>(undefined);

  protected readonly texts = AGREEMENTS_TEXTS.editor;
  protected readonly common = AGREEMENTS_TEXTS;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly errorOf = firstError;
  protected readonly capitals = amountInCapitals;
  protected readonly kinds = Object.entries(AGREEMENTS_TEXTS.termKinds).map(([value, label]) => ({
    value: value as TermKind,
    label,
  }));
  protected readonly formKinds = [
    { value: 'written', label: this.texts.written },
    { value: 'oral', label: this.texts.oral },
  ];

  private readonly resource = rxResource({
    params: () => ({ caseId: this.id(), agreementId: this.agreementId() }),
    stream: ({ params }) =>
      forkJoin({
        detail: this.cases.get(params.caseId),
        agreement: params.agreementId ? this.api.get(params.agreementId) : of(null),
      }),
  });
  protected readonly detail = computed<CaseDetail | undefined>(() =>
    this.resource.hasValue() ? this.resource.value().detail : undefined,
  );
  protected readonly loadError = computed(() =>
    this.resource.status() === 'error' ? apiErrorMessage(this.resource.error()) : '',
  );
  /** The saved agreement (null until the first save); its version and checklist follow each save. */
  protected readonly agreement = signal<Agreement | null>(null);
  protected readonly form = signal<AgreementEditorForm | undefined>(undefined);
  protected readonly frozen = computed(() => {
    const status = this.agreement()?.status;
    return !!status && status !== 'draft';
  });
  /** The content is legally complete: signing may start. */
  protected readonly contentComplete = computed(() => {
    const agreement = this.agreement();
    return !!agreement && checkParts(agreement.check).content.length === 0;
  });
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    // Build the form once per load; saving only updates `agreement`, so typing is never lost.
    effect(() => {
      if (!this.resource.hasValue()) return;
      const { detail, agreement } = this.resource.value();
      untracked(() => {
        const form = createAgreementForm(detail, agreement ?? undefined);
        if (agreement) form.controls.form.disable();
        if (agreement && agreement.status !== 'draft') form.disable();
        this.agreement.set(agreement);
        this.form.set(form);
      });
    });
  }

  protected showsAmount(kind: TermKind): boolean {
    return SHOWS_AMOUNT.includes(kind);
  }

  protected showsDue(kind: TermKind): boolean {
    return SHOWS_DUE.includes(kind);
  }

  protected partyLabel(detail: CaseDetail, id: string): string {
    const party = detail.parties.find((p) => p.id === id);
    return party ? `${this.roles[party.role]} ${party.name}` : '';
  }

  protected addTerm(form: AgreementEditorForm, detail: CaseDetail): void {
    const previous = form.controls.terms.at(form.controls.terms.length - 1)?.getRawValue();
    const respondent = detail.parties.find((p) => p.role === 'respondent');
    const seed: Partial<Term> = {
      obligorPartyId: previous?.obligorPartyId ?? respondent?.id ?? '',
      obligeePartyId: previous?.obligeePartyId ?? '',
    };
    form.controls.terms.push(createTermForm(seed));
  }

  protected removeTerm(form: AgreementEditorForm, index: number): void {
    form.controls.terms.removeAt(index);
  }

  protected pdfUrl(agreement: Agreement): string {
    return this.api.pdfUrl(agreement.id);
  }

  protected save(form: AgreementEditorForm, detail: CaseDetail): void {
    if (this.saving() || this.frozen()) return;
    if (form.invalid) {
      revealErrors(form);
      this.errors.set([this.texts.fixErrors]);
      return;
    }
    this.saving.set(true);
    this.errors.set([]);
    const content = toAgreementContent(form);
    const current = this.agreement();
    const request = current
      ? this.api.update(current.id, {
          version: current.version,
          facts: content.facts,
          responsibility: content.responsibility,
          terms: content.terms,
          performance: content.performance,
          unresolvedMatters: content.unresolvedMatters ?? '',
          routesInformed: content.routesInformed ?? '',
          copies: content.copies,
        })
      : this.api.create(detail.id, content);
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (saved) => {
        this.agreement.set(saved);
        form.markAsPristine();
        if (current) {
          this.message.success(this.texts.saved);
        } else {
          this.message.success(this.texts.created);
          void this.router.navigate(['/cases', detail.id, 'agreements', saved.id], { replaceUrl: true });
        }
      },
      error: (error: unknown) => {
        const code = apiErrorCode(error);
        if (isVersionConflict(error) || code === 'AGREEMENT_FROZEN') {
          this.message.warning(
            isVersionConflict(error) ? this.texts.versionConflict : apiErrorMessage(error),
          );
          this.resource.reload();
          return;
        }
        const unplaced = applyServerErrors(form, apiFieldErrors(error));
        const head = code === 'AGREEMENT_IN_PROGRESS' ? this.texts.inProgress : apiErrorMessage(error);
        this.errors.set([head, ...unplaced]);
      },
    });
  }
}
