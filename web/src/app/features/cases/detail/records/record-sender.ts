import { signal } from '@angular/core';
import { type Observable, finalize } from 'rxjs';
import { apiErrorMessage } from '../../../../core/api/api-error';

/**
 * One record sent from a dialog: `busy` while it goes, `error` for the dialog to show when it fails,
 * `done` on success (the card closes its dialog and asks for the case again).
 */
export class RecordSender {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  send<T>(request: Observable<T>, done: (answer: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (answer) => done(answer),
      error: (error: unknown) => this.error.set(apiErrorMessage(error)),
    });
  }
}
