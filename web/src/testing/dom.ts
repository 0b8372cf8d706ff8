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
