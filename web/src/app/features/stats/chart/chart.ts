import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { ECharts, EChartsCoreOption } from './echarts-setup';

/** Which bar, point or slice was clicked: its index in the series data. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
}

/**
 * One ECharts chart in a div. ECharts is loaded on first render (it needs a laid-out element),
 * follows the option input, resizes with the window and is disposed with the component.
 */
@Component({
  selector: 'tj-chart',
  template: '<div #host class="chart" role="img" [attr.aria-label]="label()"></div>',
  styles: ':host { display: block; } .chart { width: 100%; height: var(--chart-height, 300px); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  readonly option = input.required<EChartsCoreOption>();
  readonly label = input('');
  readonly itemClick = output<ChartClick>();

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: ECharts | undefined;
  private destroyed = false;
  private readonly resize = () => this.chart?.resize();

  constructor() {
    afterNextRender(() => void this.start());
    effect(() => {
      const option = this.option();
      // notMerge: a new period replaces the series rather than mixing old bars in.
      this.chart?.setOption(option, true);
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      window.removeEventListener('resize', this.resize);
      this.chart?.dispose();
      this.chart = undefined;
    });
  }

  private async start(): Promise<void> {
    const { init } = await import('./echarts-setup');
    if (this.destroyed) return;
    const chart = init(this.host().nativeElement, undefined, { renderer: 'svg' });
    chart.on('click', (event) => {
      const { dataIndex, seriesIndex } = event as { dataIndex?: number; seriesIndex?: number };
      if (dataIndex !== undefined) this.itemClick.emit({ dataIndex, seriesIndex: seriesIndex ?? 0 });
    });
    chart.setOption(this.option(), true);
    this.chart = chart;
    window.addEventListener('resize', this.resize);
  }
}
