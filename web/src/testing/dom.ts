/** Small DOM helpers that act the way a user does: by visible labels and text. */

export function inputByLabel(root: HTMLElement, label: string): HTMLInputElement {
  const labelEl = Array.from(root.querySelectorAll('label')).find((el) => el.textContent?.trim() === label);
  const id = labelEl?.htmlFor;
  const input = id ? root.querySelector<HTMLInputElement>(`#${id}`) : null;
  if (!input) throw new Error(`No input labelled "${label}"`);
  return input;
}

export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function buttonByText(root: HTMLElement, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((el) => el.textContent?.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

export function textOf(root: HTMLElement): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

/** Opens an ng-zorro select (by the id given to it with `nzId`) and clicks the option with `label`. */
export async function chooseOption(
  root: HTMLElement,
  selectId: string,
  label: string,
  stable: () => Promise<unknown>,
): Promise<void> {
  const select = root.querySelector(`#${selectId}`)?.closest('nz-select');
  if (!select) throw new Error(`No select #${selectId}`);
  (select as HTMLElement).click();
  let option: HTMLElement | undefined;
  // The options open in an overlay, which takes a few rounds of change detection to appear.
  for (let round = 0; round < 10 && !option; round++) {
    await stable();
    option = Array.from(document.querySelectorAll<HTMLElement>('nz-option-item')).find(
      (item) => item.textContent?.trim() === label,
    );
  }
  if (!option) throw new Error(`No option "${label}" in #${selectId}`);
  option.click();
  await stable();
}

/** The form item (label, field and its message) that holds the element with `id`. */
export function formItemOf(root: HTMLElement, id: string): HTMLElement {
  const item = root.querySelector(`#${id}`)?.closest('nz-form-item');
  if (!item) throw new Error(`No form item around #${id}`);
  return item as HTMLElement;
}

/** Text of ng-zorro's pop-ups (messages, modals), which live outside the component. */
export function overlayText(): string {
  return textOf(document.body);
}

/**
 * Presses Enter in a field the way a browser does (an ID-card reader ends the number with it): the
 * keydown, then, unless a handler cancelled it, the implicit submission of a single-line input's
 * form through its default button (HTML §4.10.21.2), which jsdom does not do by itself. Returns
 * whether the keydown was cancelled.
 */
export function pressEnter(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    code: 'Enter',
    bubbles: true,
    cancelable: true,
  });
  field.dispatchEvent(event);
  const implicit = field instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(field.type);
  if (!event.defaultPrevented && implicit && field.form) {
    const button = field.form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
    if (!button?.disabled) field.form.requestSubmit(button ?? undefined);
  }
  return event.defaultPrevented;
}
