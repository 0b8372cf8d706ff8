import { Directive } from '@angular/core';

/** Inputs that are buttons: Enter (or Space) on them is an explicit action and stays one. */
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);

/**
 * On a long form, Enter in a field never submits it; only the form's own button does (issue 21:
 * an ID-card reader types the number and then Enter, and three incomplete duplicate cases were
 * registered). Put it on the `<form>`: it cancels the browser's implicit submission for every
 * single-line input inside, its child components' included.
 *
 * - Textareas keep Enter for new lines; buttons keep Enter as a click; selects and date pickers
 *   handle their own Enter before the event reaches the form.
 * - In an input with `enterkeyhint="next"` (the ID number, which readers end with Enter), Enter
 *   moves the focus to the next field, never to a button. Tablets' keyboards label that key 下一项.
 */
@Directive({
  selector: 'form[tjEnterNeverSubmits]',
  host: { '(keydown)': 'onKeydown($event)' },
})
export class EnterNeverSubmits {
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || BUTTON_TYPES.has(field.type)) return;
    event.preventDefault();
    if (field.enterKeyHint === 'next' || field.getAttribute('enterkeyhint') === 'next') focusNextField(field);
  }
}

/**
 * The field after `field` in its form's document order, as Tab would go (inputs, ng-zorro's selects
 * and pickers, textareas), skipping buttons: a second Enter must not land on 提交登记.
 */
export function focusNextField(field: HTMLInputElement): void {
  const form = field.form ?? field.closest('form');
  if (!form) return;
  const fields = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea')).filter(
    (el) =>
      !(el instanceof HTMLInputElement && (el.type === 'hidden' || BUTTON_TYPES.has(el.type))) &&
      !(el as HTMLInputElement).disabled &&
      el.tabIndex >= 0 &&
      !el.closest('[hidden], [inert]'),
  );
  fields[fields.indexOf(field) + 1]?.focus();
}
