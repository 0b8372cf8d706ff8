import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize, forkJoin, type Observable } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import type { Agreement, CaseDetail, SignatureKind, SignatureRequest } from '../../../core/api/api-types';
import { AgreementsApi } from '../../../core/api/agreements-api';
import { CasesApi } from '../../../core/api/cases-api';
import { AuthService } from '../../../core/auth/auth.service';
import { PARTY_ROLE_LABELS } from '../../../shared/labels/case-labels';
import { AGREEMENTS_TEXTS } from '../agreements.texts';
import { checkParts } from '../shared/check-parts';
import { ChecklistPanel } from '../shared/checklist-panel';
import { PaperSigningPanel } from './paper-signing';
import { SignaturePadComponent } from './signature-pad';
import { type Signer, type SignerState, allSigned, kindsFor, nextSigner, signerStates } from './signers';

/**
 * 签署调解协议: a tablet passed from signer to signer. Each party signs or puts a fingerprint on
 * the pad, a mediator signs, the director applies the committee seal, then 确认生效.
 */
@Component({
  selector: 'tj-signing-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzResultModule,
    NzSegmentedModule,
    NzSpinModule,
    NzTagModule,
    ChecklistPanel,
    PaperSigningPanel,
    SignaturePadComponent,
  ],
  templateUrl: './signing-page.html',
  styleUrl: './signing-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SigningPage {
  private readonly cases = inject(CasesApi);
  private readonly api = inject(AgreementsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  /** The case id and the agreement id, bound from the route. */
  readonly id = input.required<string>();
  readonly agreementId = input.required<string>();

  protected readonly texts = AGREEMENTS_TEXTS.signing;
  protected readonly common = AGREEMENTS_TEXTS;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly kindLabels = AGREEMENTS_TEXTS.signatureKinds;

  private readonly resource = rxResource({
    params: () => ({ caseId: this.id(), agreementId: this.agreementId() }),
    stream: ({ params }) =>
      forkJoin({ detail: this.cases.get(params.caseId), agreement: this.api.get(params.agreementId) }),
  });
  protected readonly detail = computed<CaseDetail | undefined>(() =>
    this.resource.hasValue() ? this.resource.value().detail : undefined,
  );
  protected readonly loadError = computed(() =>
    this.resource.status() === 'error' ? apiErrorMessage(this.resource.error()) : '',
  );
  /** The agreement as the last answer returned it. */
  protected readonly agreement = signal<Agreement | undefined>(undefined);

  protected readonly states = computed<SignerState[]>(() => {
    const detail = this.detail();
    const agreement = this.agreement();
    return detail && agreement ? signerStates(detail, agreement) : [];
  });
  /** An oral agreement needs no signatures (Art 28, 30): its recorded content is enough. */
  protected readonly oral = computed(() => this.agreement()?.form === 'oral');
  protected readonly complete = computed(() => {
    if (this.oral()) return this.ready();
    const detail = this.detail();
    const agreement = this.agreement();
    return !!detail && !!agreement && allSigned(detail, agreement);
  });
  protected readonly isDirector = computed(() => this.user()?.role === 'director');
  protected readonly effective = computed(() => {
    const status = this.agreement()?.status;
    return status === 'effective' || status === 'superseded';
  });
  /** Signing may start once the content is complete (the API's rule). */
  protected readonly ready = computed(() => {
    const agreement = this.agreement();
    return !!agreement && checkParts(agreement.check).content.length === 0;
  });

  /** The signer whose pad is open, by key. */
  protected readonly selected = signal<string | null>(null);
  protected readonly selectedState = computed(() => this.states().find((s) => s.key === this.selected()));
  protected readonly kind = signal<SignatureKind>('signature');
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  private readonly pad = viewChild(SignaturePadComponent);

  constructor() {
    effect(() => {
      if (!this.resource.hasValue()) return;
      const { agreement } = this.resource.value();
      untracked(() => this.agreement.set(agreement));
    });
  }

  protected label(signer: Signer): string {
    switch (signer.type) {
      case 'party':
        return `${this.roles[signer.role]} ${signer.name}`;
      case 'mediator':
        return `${this.texts.mediator} ${signer.name}`;
      case 'seal':
        return this.texts.committee;
    }
  }

  protected nameOf(signer: Signer): string {
    return signer.type === 'seal' ? this.texts.committee : signer.name;
  }

  protected kindsOf(signer: Signer): { value: SignatureKind; label: string }[] {
    return kindsFor(signer).map((value) => ({ value, label: this.kindLabels[value] }));
  }

  protected doneLabel(state: SignerState): string {
    return state.done.map((s) => this.texts.signed(this.kindLabels[s.kind])).join('、');
  }

  protected open(state: SignerState): void {
    if (state.signer.type === 'seal') return;
    this.error.set('');
    this.kind.set(kindsFor(state.signer)[0]);
    this.selected.set(state.key);
  }

  protected close(): void {
    this.selected.set(null);
    this.error.set('');
  }

  protected submit(state: SignerState): void {
    const pad = this.pad();
    if (!pad || pad.isEmpty()) {
      this.error.set(this.texts.empty);
      return;
    }
    const signer = state.signer;
    const body: SignatureRequest = {
      signer:
        signer.type === 'party'
          ? { partyId: signer.id }
          : signer.type === 'mediator'
            ? { mediatorId: signer.id }
            : { seal: true },
      kind: this.kind(),
      image: pad.toPng(),
    };
    this.send(body, this.nameOf(signer), true);
  }

  protected seal(): void {
    this.send({ signer: { seal: true }, kind: 'seal' }, this.texts.committee, false);
  }

  protected finalise(): void {
    const agreement = this.agreement();
    if (!agreement || !this.complete() || this.busy()) return;
    this.request(this.api.finalise(agreement.id), () => this.message.success(this.texts.finalised));
  }

  protected pdfUrl(agreement: Agreement): string {
    return this.api.pdfUrl(agreement.id);
  }

  private send(body: SignatureRequest, name: string, moveOn: boolean): void {
    const agreement = this.agreement();
    if (!agreement || this.busy()) return;
    this.request(this.api.sign(agreement.id, body), () => {
      this.message.success(this.texts.recorded(name));
      if (moveOn) {
        // Hand the tablet on: open the next signer's pad, or go back to the list.
        const next = nextSigner(this.states());
        this.selected.set(next?.key ?? null);
        this.kind.set('signature');
        this.pad()?.clear();
      }
    });
  }

  private request(call: Observable<Agreement>, done: () => void): void {
    this.busy.set(true);
    this.error.set('');
    call.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (updated) => {
        this.agreement.set(updated);
        done();
      },
      error: (error: unknown) => this.error.set(apiErrorMessage(error)),
    });
  }
}
