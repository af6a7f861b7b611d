/** ECharts, imported piece by piece so the bundle carries only the charts the dashboard draws. */

import { BarChart, GaugeChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import { CAPITAL_AREA, REGION_CODES, referenceName, type Stage, stageName, STAGES, t } from './i18n';
import { capitalAreaFirst, type FlowRow, isCapitalArea, type SankeyData } from './model';
import { formatWon, formatWonShort, toWon } from './money';

echarts.use([BarChart, GaugeChart, SankeyChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent,
  SVGRenderer]);

export const STAGE_COLORS: Record<Stage, string> = {
  allocated: '#1f4e79',
  proposed: '#7a9cc6',
  approved: '#3c9d9b',
  committed: '#d08b00',
  disbursed: '#2e7d32',
};

const FONT = 'system-ui, "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const live = new Set<echarts.ECharts>();

function chartIn(element: HTMLElement): echarts.ECharts {
  const existing = echarts.getInstanceByDom(element);
  if (existing) {
    return existing;
  }
  const chart = echarts.init(element, undefined, { renderer: 'svg' });
  live.add(chart);
  return chart;
}

/** Charts of a page that is being left. */
export function disposeCharts(): void {
  live.forEach((chart) => chart.dispose());
  live.clear();
}

export function resizeCharts(): void {
  live.forEach((chart) => chart.resize());
}

/** Chart geometry only: the figures people read are formatted from the exact integers. */
function plotValue(amount: FlowRow[Stage]): number {
  return Number(toWon(amount));
}

/** An earmark's progress toward its target as a gauge, the percent in its middle. */
export function drawGauge(element: HTMLElement, percent: number, color: string): void {
  const shown = Math.max(0, Math.min(100, percent));
  chartIn(element).setOption({
    textStyle: { fontFamily: FONT },
    series: [
      {
        type: 'gauge',
        startAngle: 210,
        endAngle: -30,
        min: 0,
        max: 100,
        radius: '95%',
        center: ['50%', '58%'],
        progress: { show: true, width: 14, itemStyle: { color } },
        axisLine: { lineStyle: { width: 14, color: [[1, '#e6e9ef']] } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '0%'],
          fontSize: 24,
          fontWeight: 700,
          color: '#1b2430',
          formatter: () => `${percent.toFixed(1)}%`,
        },
        data: [{ value: shown }],
      },
    ],
  }, true);
}

/**
 * Flows as horizontal bars per group, one series per stage (legend toggles them). For regions the capital
 * area comes first under a shaded band, its names marked ◆, so it stands apart from the regions that count
 * toward the regional earmark.
 */
export function drawFlowBars(element: HTMLElement, groupBy: string, rows: readonly FlowRow[]): void {
  const byRegion = groupBy === 'region';
  const ordered = byRegion ? capitalAreaFirst(rows) : [...rows];
  const capitalCount = byRegion ? ordered.filter(isCapitalArea).length : 0;
  // A horizontal category axis draws its first category at the bottom; reversed, the list reads top down.
  // (The axis' own "inverse" would do the same but shifts mark areas by one category.)
  const topDown = [...ordered].reverse();
  const names = topDown.map((row) => referenceName(row.key, row.label));
  const firstCapital = topDown.length - capitalCount;
  const shownByDefault: Record<Stage, boolean> = {
    allocated: true,
    proposed: false,
    approved: false,
    committed: true,
    disbursed: true,
  };
  const legendSelected = Object.fromEntries(STAGES.map((stage) => [stageName(stage), shownByDefault[stage]]));
  const capitalBand = capitalCount > 0
    ? {
        silent: true,
        itemStyle: { color: 'rgba(176, 58, 46, 0.08)' },
        label: { show: true, position: 'insideRight', color: '#b03a2e', fontWeight: 700, formatter: t().capitalArea },
        data: [[{ yAxis: names[firstCapital] }, { yAxis: names[names.length - 1] }]],
      }
    : undefined;
  chartIn(element).setOption({
    textStyle: { fontFamily: FONT },
    legend: { type: 'scroll', top: 0, data: STAGES.map((stage) => stageName(stage)), selected: legendSelected },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? formatWon(BigInt(Math.round(value))) : ''),
    },
    xAxis: {
      type: 'value',
      splitNumber: element.clientWidth < 560 ? 3 : 5,
      axisLabel: {
        hideOverlap: true,
        formatter: (value: number) => (value === 0 ? '0' : formatWonShort(BigInt(Math.round(value)))),
      },
      splitLine: { lineStyle: { color: '#e6e9ef' } },
    },
    yAxis: {
      type: 'category',
      data: names,
      axisTick: { show: false },
      axisLabel: {
        formatter: (name: string, index: number) => (index >= firstCapital ? `{capital|◆ ${name}}` : name),
        rich: { capital: { color: '#b03a2e', fontWeight: 700 } },
      },
    },
    series: STAGES.map((stage) => ({
      name: stageName(stage),
      type: 'bar',
      barMaxWidth: 14,
      itemStyle: { color: STAGE_COLORS[stage] },
      data: topDown.map((row) => plotValue(row[stage])),
      markArea: stage === 'allocated' ? capitalBand : undefined,
    })),
  }, true);
}

/** Fund → region → industry; nodes are named by their ids and shown by their labels. */
export function drawSankey(element: HTMLElement, data: SankeyData): void {
  const targets = new Set(data.links.map((link) => link.target));
  let industries = 0;
  const colorOf = (name: string): string => {
    if (!targets.has(name)) {
      return '#1b2430';
    }
    const code = name.slice(name.lastIndexOf(':') + 1);
    if (REGION_CODES.has(code)) {
      return CAPITAL_AREA.has(code) ? '#b03a2e' : '#1f4e79';
    }
    return INDUSTRY_COLORS[industries++ % INDUSTRY_COLORS.length];
  };
  const labels = new Map(data.nodes.map((node) => [node.name, referenceName(node.name, node.label)]));
  const exact = new Map(data.links.map((link) => [`${link.source}→${link.target}`, link.value]));
  chartIn(element).setOption({
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataType?: string; name?: string; value?: number; data?: { source?: string; target?: string } }) => {
        if (params.dataType === 'edge' && params.data?.source && params.data.target) {
          const { source, target } = params.data;
          const value = exact.get(`${source}→${target}`);
          return `${labels.get(source) ?? source} → ${labels.get(target) ?? target}<br>${value === undefined ? '' : formatWon(value)}`;
        }
        const name = params.name ?? '';
        return `${labels.get(name) ?? name}<br>${typeof params.value === 'number' ? formatWon(BigInt(Math.round(params.value))) : ''}`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 140,
        top: 8,
        bottom: 8,
        nodeGap: 12,
        nodeAlign: 'justify',
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        label: { formatter: (params: { name: string }) => labels.get(params.name) ?? params.name, color: '#1b2430' },
        data: data.nodes.map((node) => ({ name: node.name, itemStyle: { color: colorOf(node.name) } })),
        links: data.links.map((link) => ({ source: link.source, target: link.target, value: plotValue(link.value) })),
      },
    ],
  }, true);
}

const INDUSTRY_COLORS = ['#3c9d9b', '#7b3fa0', '#d08b00', '#2e7d32', '#5c6bc0', '#c2185b', '#00838f', '#8d6e63'];

