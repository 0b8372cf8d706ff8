import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { passwordProblems, PASSWORD_MIN_LENGTH } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { requiredText } from '../../shared/forms/validators';
import { DevicesCard } from './devices-card';
import { PASSWORD_TEXTS } from './login.texts';

/**
 * 修改密码: required after a temporary password (the API answers every other route 403 until then),
 * and open to anyone signed in. The rule is the API's own (libs/contracts/src/password-policy.ts),
 * shown while typing; repeating a recent password is known to the API only and comes back as its message.
 */
@Component({
  selector: 'tj-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    DevicesCard,
  ],
  templateUrl: './password-page.html',
  styleUrl: './login-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly texts = PASSWORD_TEXTS;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly required = this.auth.user()?.mustChangePassword ?? false;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      current: ['', requiredText],
      next: ['', [requiredText, (control: AbstractControl<string>) => this.ruleOf(control.value)]],
      confirm: ['', requiredText],
    },
    {
      validators: (group: AbstractControl<{ next: string; confirm: string }>) =>
        group.value.next === group.value.confirm ? null : { mismatch: true },
    },
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  /** The first broken rule, in Chinese, as the field's error. */
  protected problemOf(value: string): string {
    return passwordProblems(value, this.auth.user()?.username ?? '')[0] ?? this.texts.nextRequired;
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      for (const control of Object.values(this.form.controls)) {
        control.markAsDirty();
        control.updateValueAndValidity({ onlySelf: true });
      }
      if (this.form.hasError('mismatch')) this.error.set(this.texts.mismatch);
      return;
    }
    const { current, next } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.auth
      .changePassword(current, next)
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl('/'),
        error: (error: unknown) => this.error.set(apiErrorMessage(error)),
      });
  }

  private ruleOf(value: string): ValidationErrors | null {
    return value && passwordProblems(value, this.auth.user()?.username ?? '').length ? { rule: true } : null;
  }
}
