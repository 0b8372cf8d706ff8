import {
  type AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import SignaturePad from 'signature_pad';
import type { SignatureKind } from '../../../core/api/api-types';
import { AGREEMENTS_TEXTS } from '../agreements.texts';

/** Pen settings: a ball-point line for signatures, a broad red mark for fingerprints drawn with a finger. */
const PENS = {
  signature: { penColor: '#111111', minWidth: 1.2, maxWidth: 3.6, dotSize: 2 },
  fingerprint: { penColor: '#b3261e', minWidth: 6, maxWidth: 14, dotSize: 10 },
  seal: { penColor: '#b3261e', minWidth: 2, maxWidth: 4, dotSize: 2 },
} as const satisfies Record<SignatureKind, object>;

/**
 * A large canvas for a finger, a stylus or a mouse (signature_pad, pointer events). Exports a PNG
 * with a transparent background, scaled for the screen's pixel density.
 */
@Component({
  selector: 'tj-signature-pad',
  template: `
    <canvas #canvas class="pad" role="img" [attr.aria-label]="label()"></canvas>
    <div class="baseline" aria-hidden="true"></div>
  `,
  styles: `
    :host {
      position: relative;
      display: block;
      height: var(--pad-height, 320px);
      border: 2px dashed #91caff;
      border-radius: 8px;
      background: #fff;
      touch-action: none;
      user-select: none;
    }
    .pad {
      display: block;
      width: 100%;
      height: 100%;
      touch-action: none;
      cursor: crosshair;
    }
    .baseline {
      position: absolute;
      right: 32px;
      bottom: 64px;
      left: 32px;
      border-bottom: 1px solid #d9d9d9;
      pointer-events: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignaturePadComponent implements AfterViewInit {
  readonly kind = input<SignatureKind>('signature');
  readonly label = input<string>(AGREEMENTS_TEXTS.signing.padLabel);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private pad?: SignaturePad;
  /** Strokes drawn so far (for the parent's buttons). */
  readonly strokes = signal(0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    const resize = () => this.fit();
    window.addEventListener('resize', resize);
    destroyRef.onDestroy(() => {
      window.removeEventListener('resize', resize);
      this.pad?.off();
    });
    effect(() => {
      const pen = PENS[this.kind()];
      if (this.pad) Object.assign(this.pad, pen);
    });
  }

  ngAfterViewInit(): void {
    const canvas = this.canvas().nativeElement;
    this.pad = new SignaturePad(canvas, { ...PENS[this.kind()], throttle: 8, minDistance: 2 });
    this.pad.addEventListener('endStroke', () => this.strokes.set(this.pad?.toData().length ?? 0));
    this.fit();
  }

  isEmpty(): boolean {
    return !this.pad || this.pad.isEmpty();
  }

  clear(): void {
    this.pad?.clear();
    this.strokes.set(0);
  }

  undo(): void {
    if (!this.pad) return;
    const data = this.pad.toData();
    data.pop();
    this.pad.fromData(data);
    this.strokes.set(data.length);
  }

  /** The drawing as `data:image/png;base64,…`. */
  toPng(): string {
    return this.pad ? this.pad.toDataURL('image/png') : '';
  }

  /** Matches the canvas's pixels to its size on screen (sharp lines on high-density tablets). */
  private fit(): void {
    const canvas = this.canvas().nativeElement;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const width = canvas.offsetWidth;
    const height = canvas.offsetHeight;
    if (!width || !height || !this.pad) return;
    const data = this.pad.toData();
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    this.pad.clear();
    this.pad.fromData(data);
  }
}
