import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, PieChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption, ECElementEvent } from 'echarts/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only the parts the statistics use, so the bundle stays small.
echarts.use([
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** The chart options the program's charts may use. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export interface EChartProps {
  option: ChartOption;
  height?: number;
  style?: CSSProperties;
  /** Called with the clicked data item's index and name (bar or pie slice). */
  onItemClick?: (item: { dataIndex: number; name: string; seriesIndex: number }) => void;
  'data-testid'?: string;
}

/** A small React wrapper around ECharts: init on a ref, setOption on change, resize with the box, dispose. */
export function EChart({ option, height = 320, style, onItemClick, 'data-testid': testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      clickRef.current?.({
        dataIndex: event.dataIndex,
        name: event.name,
        seriesIndex: event.seriesIndex ?? 0,
      });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    // Drawn in a task of its own: the page paints first, and a screen opening with several charts
    // does not hold the window for all of them in one go.
    const drawing = setTimeout(() => instance.setOption(option, { notMerge: true }), 0);
    return () => clearTimeout(drawing);
  }, [option]);

  return <div ref={box} style={{ width: '100%', height, ...style }} data-testid={testId} />;
}
