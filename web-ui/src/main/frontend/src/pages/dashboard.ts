/**
 * The ministry dashboard: earmark gauges, stage funnel, flows by region (or industry, instrument, channel,
 * stage), the Sankey of fund → region → industry, the live feed and CSV downloads.
 */

import { ApiError, download, getJson, withQuery } from '../api';
import type { Session } from '../auth';
import { drawFlowBars, drawGauge, drawSankey, STAGE_COLORS } from '../charts';
import { type Cleanup, fill, h } from '../dom';
import { formatInstant } from '../format';
import { groupByName, lang, referenceName, stageName, STAGES, t } from '../i18n';
import {
  addToFeed,
  capitalAreaFirst,
  type Earmark,
  type FeedEvent,
  feedMessage,
  type Flows,
  type Fund,
  GROUP_BYS,
  isCapitalArea,
  type PageOf,
  parseFeedEvent,
  SANKEY_MEASURES,
  type SankeyData,
  type Summary,
  totalOf,
} from '../model';
import { formatPercent, formatWon, formatWonDigits, percentOf, toWon, type Won } from '../money';
import { buildHash, isIsoDate, type Route } from '../route';
import { openEventStream, type StreamState } from '../sse';
import { loadInto, problemBox } from './problem';

const FEED_CAP = 50;
const LIVE_REFRESH_DELAY_MS = 1500;

/** The feed outlives a re-render (a language switch), and resumes the stream where it stopped. */
const feedMemory: { events: FeedEvent[]; lastEventId: string | null } = { events: [], lastEventId: null };

type GroupBy = (typeof GROUP_BYS)[number];
type Measure = (typeof SANKEY_MEASURES)[number];

export function renderDashboard(main: HTMLElement, route: Route, session: Session): Cleanup {
  const messages = t();
  const state = {
    fundId: route.params.get('fundId') ?? '',
    asOf: isIsoDate(route.params.get('asOf') ?? '') ? (route.params.get('asOf') as string) : '',
    groupBy: (GROUP_BYS as readonly string[]).includes(route.params.get('groupBy') ?? '')
      ? (route.params.get('groupBy') as GroupBy)
      : 'region',
    measure: (SANKEY_MEASURES as readonly string[]).includes(route.params.get('measure') ?? '')
      ? (route.params.get('measure') as Measure)
      : 'allocated',
  };
  let stopFeed: (() => void) | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  // Filters
  const fundSelect = h('select', { id: 'fund-select', name: 'fundId', disabled: true });
  const asOfInput = h('input', {
    id: 'as-of',
    name: 'asOf',
    type: 'date',
    value: state.asOf,
    max: new Date().toISOString().slice(0, 10),
    'aria-describedby': 'as-of-hint',
  });
  const filterStatus = h('div', { class: 'section-status' });
  const capFigure = h('p', { class: 'cap-figure', 'data-testid': 'total-cap' });

  // Earmarks and funnel
  const summaryStatus = h('div', { class: 'section-status' });
  const regionalCard = earmarkCard('regional', messages.regionalEarmark, messages.regionalEarmarkHint);
  const aiCard = earmarkCard('ai', messages.aiEarmark, messages.aiEarmarkHint);
  const funnelBody = h('div', { class: 'funnel', 'data-testid': 'funnel' });

  // Flows
  const groupBySelect = h('select', { id: 'group-by', name: 'groupBy' },
    GROUP_BYS.map((groupBy) => h('option', { value: groupBy, selected: groupBy === state.groupBy }, groupByName(groupBy))));
  const flowsStatus = h('div', { class: 'section-status' });
  const flowsTitle = h('h2', { id: 'flows-title' });
  const flowsNote = h('p', { class: 'hint capital-note' });
  const flowsChart = h('div', { class: 'chart', role: 'img', 'data-testid': 'flows-chart' });
  const flowsTable = h('div', { class: 'table-wrap' });

  // Sankey
  const measureSelect = h('select', { id: 'sankey-measure', name: 'measure' },
    SANKEY_MEASURES.map((measure) => h('option', { value: measure, selected: measure === state.measure }, stageName(measure))));
  const sankeyStatus = h('div', { class: 'section-status' });
  const sankeyChart = h('div', { class: 'chart', role: 'img', 'aria-label': messages.sankey, 'data-testid': 'sankey-chart' });

  // Feed
  const feedState = h('p', { class: 'feed-state', role: 'status' });
  const feedList = h('ol', { class: 'feed', 'aria-live': 'polite', 'data-testid': 'feed' });

  // Downloads
  const downloadStatus = h('div', { class: 'section-status', 'aria-live': 'polite' });

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', {}, messages.dashboardTitle), capFigure),
      h('form', { class: 'filters', onsubmit: (event: Event) => event.preventDefault() },
        h('div', { class: 'field' }, h('label', { for: 'fund-select' }, messages.fund), fundSelect),
        h('div', { class: 'field' },
          h('label', { for: 'as-of' }, messages.asOf),
          h('div', { class: 'inline' }, asOfInput,
            h('button', {
              type: 'button',
              class: 'button',
              onclick: () => {
                asOfInput.value = '';
                changeAsOf('');
              },
            }, messages.asOfNow)),
          h('span', { id: 'as-of-hint', class: 'hint' }, messages.asOfHint)))),
    filterStatus,
    h('div', { class: 'grid top-grid' },
      h('section', { class: 'card', 'aria-labelledby': 'earmarks-title' },
        h('h2', { id: 'earmarks-title' }, messages.earmarks),
        summaryStatus,
        h('div', { class: 'gauges' }, regionalCard.element, aiCard.element)),
      h('section', { class: 'card', 'aria-labelledby': 'funnel-title' },
        h('h2', { id: 'funnel-title' }, messages.funnel),
        h('p', { class: 'hint' }, messages.funnelHint),
        funnelBody)),
    h('div', { class: 'grid flows-grid' },
      h('section', { class: 'card', 'aria-labelledby': 'flows-title' },
        h('div', { class: 'card-head' }, flowsTitle,
          h('div', { class: 'field inline-field' }, h('label', { for: 'group-by' }, messages.groupBy), groupBySelect)),
        flowsNote,
        flowsStatus,
        flowsChart,
        h('details', { class: 'table-details' }, h('summary', {}, messages.showTable), flowsTable)),
      h('section', { class: 'card feed-card', 'aria-labelledby': 'feed-title' },
        h('h2', { id: 'feed-title' }, messages.liveFeed),
        feedState,
        feedList)),
    h('section', { class: 'card', 'aria-labelledby': 'sankey-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'sankey-title' }, messages.sankey),
        h('div', { class: 'field inline-field' }, h('label', { for: 'sankey-measure' }, messages.measure), measureSelect)),
      sankeyStatus,
      h('div', { class: 'chart-scroll' }, sankeyChart)),
    h('section', { class: 'card', 'aria-labelledby': 'downloads-title' },
      h('h2', { id: 'downloads-title' }, messages.downloads),
      h('p', { class: 'hint' }, messages.downloadsHint),
      h('div', { class: 'actions' },
        downloadButton(messages.downloadAllocations, () =>
          withQuery('/api/allocations', { fundId: state.fundId, format: 'csv' }), () => `allocations-${state.fundId}.csv`),
        downloadButton(messages.downloadCompanies, () => '/api/companies?format=csv', () => 'companies.csv'),
        downloadButton(messages.downloadMatches, () => '/api/matches?format=csv', () => 'matches.csv')),
      downloadStatus));

  fundSelect.addEventListener('change', () => {
    state.fundId = fundSelect.value;
    feedMemory.events = [];
    renderFeed();
    rememberInUrl();
    loadFigures(false);
  });
  asOfInput.addEventListener('change', () => {
    if (asOfInput.value === '' || isIsoDate(asOfInput.value)) {
      changeAsOf(asOfInput.value);
    }
  });
  groupBySelect.addEventListener('change', () => {
    state.groupBy = groupBySelect.value as GroupBy;
    rememberInUrl();
    void loadFlows(false);
  });
  measureSelect.addEventListener('change', () => {
    state.measure = measureSelect.value as Measure;
    rememberInUrl();
    void loadSankey(false);
  });

  function changeAsOf(value: string): void {
    state.asOf = value;
    rememberInUrl();
    loadFigures(false);
    syncFeed();
  }

  /** The filters live in the address (shareable), without re-rendering the page. */
  function rememberInUrl(): void {
    history.replaceState(null, '', buildHash('/dashboard', {
      fundId: state.fundId,
      asOf: state.asOf,
      groupBy: state.groupBy === 'region' ? '' : state.groupBy,
      measure: state.measure === 'allocated' ? '' : state.measure,
    }));
  }

  function loadFigures(quiet: boolean): void {
    if (!state.fundId) {
      return;
    }
    void loadSummary(quiet);
    void loadFlows(quiet);
    void loadSankey(quiet);
  }

  function loadSummary(quiet: boolean): Promise<boolean> {
    const path = withQuery('/api/dashboard/summary', { fundId: state.fundId, asOf: state.asOf });
    return loadInto(summaryStatus, () => getJson<Summary>(path), (summary) => {
      fill(capFigure,
        `${messages.totalCap} `, h('strong', { title: formatWonDigits(summary.totalCap) }, formatWon(summary.totalCap)),
        ` · ${summary.asOf ? `${summary.asOf} ${messages.asOfShown}` : messages.today}`);
      regionalCard.show(summary.regional, '#1f4e79');
      aiCard.show(summary.ai, '#7b3fa0');
      renderFunnel(summary);
    }, quiet);
  }

  function renderFunnel(summary: Summary): void {
    const allocated = toWon(summary.allocated);
    const rows = STAGES.map((stage) => {
      const amount = summary[stage];
      const share = allocated === 0n ? 0 : Number(percentOf(amount, allocated).replace('%', ''));
      return h('li', { class: 'funnel-row', 'data-stage': stage },
        h('span', { class: 'funnel-label' }, stageName(stage)),
        h('span', { class: 'funnel-track', 'aria-hidden': 'true' },
          h('span', { class: 'funnel-bar', style: `width:${Math.min(100, share)}%;background:${STAGE_COLORS[stage]}` })),
        h('span', { class: 'funnel-amount', title: formatWonDigits(amount), 'data-testid': `stage-${stage}` }, formatWon(amount)),
        h('span', { class: 'funnel-share' }, allocated === 0n ? '–' : percentOf(amount, allocated)));
    });
    fill(funnelBody,
      h('ol', { class: 'funnel-list' }, rows),
      h('p', { class: 'cap-share' },
        `${messages.allocatedOfCap}: `,
        h('strong', {}, percentOf(summary.allocated, summary.totalCap)),
        ` (${formatWon(summary.allocated)} / ${formatWon(summary.totalCap)})`));
  }

  function loadFlows(quiet: boolean): Promise<boolean> {
    const groupBy = state.groupBy;
    const path = withQuery('/api/dashboard/flows', { fundId: state.fundId, groupBy, asOf: state.asOf });
    flowsTitle.textContent = groupBy === 'region' ? messages.flowByRegion : `${messages.flows}: ${groupByName(groupBy)}`;
    flowsNote.textContent = groupBy === 'region' ? messages.capitalAreaNote : '';
    return loadInto(flowsStatus, () => getJson<Flows>(path), (flows) => {
      const rows = flows.rows ?? [];
      if (rows.length === 0) {
        flowsChart.hidden = true;
        fill(flowsTable, h('p', { class: 'empty' }, messages.noData));
        return;
      }
      flowsChart.hidden = false;
      flowsChart.style.height = `${Math.max(260, rows.length * 34 + 70)}px`;
      flowsChart.setAttribute('aria-label', `${flowsTitle.textContent ?? ''} (${messages.showTable})`);
      drawFlowBars(flowsChart, groupBy, rows);
      renderFlowsTable(groupBy, flows);
    }, quiet);
  }

  function renderFlowsTable(groupBy: string, flows: Flows): void {
    const rows = groupBy === 'region' ? capitalAreaFirst(flows.rows) : flows.rows;
    fill(flowsTable, h('table', { class: 'data-table', 'data-testid': 'flows-table' },
      h('caption', { class: 'visually-hidden' }, flowsTitle.textContent ?? ''),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, groupByName(groupBy)),
        STAGES.map((stage) => h('th', { scope: 'col', class: 'num' }, stageName(stage))))),
      h('tbody', {}, rows.map((row) => {
        const capital = groupBy === 'region' && isCapitalArea(row);
        return h('tr', { class: capital ? 'capital' : null, 'data-key': row.key },
          h('th', { scope: 'row' }, capital ? '◆ ' : '', referenceName(row.key, row.label),
            capital ? h('span', { class: 'tag capital-tag' }, messages.capitalArea) : null),
          STAGES.map((stage) => moneyCell(row[stage])));
      })),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row' }, messages.totalRow),
        STAGES.map((stage) => moneyCell(totalOf(flows.rows, stage)))))));
  }

  function loadSankey(quiet: boolean): Promise<boolean> {
    const path = withQuery('/api/dashboard/sankey', { fundId: state.fundId, measure: state.measure, asOf: state.asOf });
    return loadInto(sankeyStatus, () => getJson<SankeyData>(path), (sankey) => {
      if (sankey.links.length === 0) {
        sankeyChart.hidden = true;
        fill(sankeyStatus, h('p', { class: 'empty' }, messages.noData));
        return;
      }
      sankeyChart.hidden = false;
      sankeyChart.style.height = `${Math.max(360, sankey.nodes.length * 26)}px`;
      drawSankey(sankeyChart, sankey);
    }, quiet);
  }

  function downloadButton(label: string, path: () => string, name: () => string): HTMLButtonElement {
    const button: HTMLButtonElement = h('button', {
      type: 'button',
      class: 'button',
      onclick: async () => {
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        fill(downloadStatus);
        try {
          await download(path(), name());
        }
        catch (problem) {
          fill(downloadStatus, h('p', {}, `${messages.downloadFailed}: ${label}`), problemBox(problem));
        }
        finally {
          button.disabled = false;
          button.removeAttribute('aria-busy');
        }
      },
    }, '⬇ ', label, ' (CSV)');
    return button;
  }

  // Live feed
  function syncFeed(): void {
    if (state.asOf) {
      stopFeed?.();
      stopFeed = undefined;
      feedState.className = 'feed-state paused';
      feedState.textContent = messages.feedPaused;
      return;
    }
    if (stopFeed) {
      return;
    }
    stopFeed = openEventStream({
      url: '/api/dashboard/stream',
      lastEventId: feedMemory.lastEventId,
      token: () => session.token,
      onEvent: (message) => {
        feedMemory.lastEventId = message.id ?? feedMemory.lastEventId;
        const event = parseFeedEvent(message.id, message.data);
        if (!event || (event.fundId && state.fundId && event.fundId !== state.fundId)) {
          return;
        }
        feedMemory.events = addToFeed(feedMemory.events, event, FEED_CAP);
        renderFeed();
        scheduleLiveRefresh();
      },
      onState: showFeedState,
      onRefused: (status) => {
        fill(feedList, h('li', {}, problemBox(new ApiError(status, status === 403 ? messages.forbidden : messages.sessionExpired, undefined))));
      },
    });
  }

  function showFeedState(streamState: StreamState): void {
    const text: Record<StreamState, string> = {
      connecting: messages.feedConnecting,
      open: messages.feedLive,
      reconnecting: messages.feedReconnecting,
      closed: '',
    };
    if (streamState === 'closed' && state.asOf) {
      return;
    }
    feedState.className = `feed-state ${streamState}`;
    feedState.textContent = text[streamState];
  }

  function renderFeed(): void {
    if (feedMemory.events.length === 0) {
      fill(feedList, h('li', { class: 'empty' }, messages.feedEmpty));
      return;
    }
    fill(feedList, feedMemory.events.map((event) => h('li', { class: `feed-item type-${cssToken(event.type)}` },
      h('time', { datetime: event.at }, formatInstant(event.at, lang())),
      h('span', { class: 'feed-message' }, feedMessage(event, lang())),
      h('span', { class: 'feed-meta' },
        event.region ? h('span', { class: 'tag' }, referenceName(event.region)) : null,
        event.amount !== undefined && event.amount !== null
          ? h('span', { class: 'feed-amount', title: formatWonDigits(event.amount) }, formatWon(event.amount))
          : null))));
  }

  /** A live change moves the figures: refresh them once the burst of events has passed. */
  function scheduleLiveRefresh(): void {
    if (state.asOf) {
      return;
    }
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => loadFigures(true), LIVE_REFRESH_DELAY_MS);
  }

  // Start: funds first, then everything for the chosen fund.
  renderFeed();
  void loadInto(filterStatus, () => getJson<PageOf<Fund>>(withQuery('/api/funds', { size: 200 })), (page) => {
    const funds = page.content ?? [];
    if (funds.length === 0) {
      fill(filterStatus, h('p', { class: 'notice' }, messages.noFunds));
      return;
    }
    if (!funds.some((fund) => fund.id === state.fundId)) {
      state.fundId = funds[0].id;
    }
    fill(fundSelect, funds.map((fund) =>
      h('option', { value: fund.id, selected: fund.id === state.fundId }, `${fund.name} (${formatWon(fund.totalCap)})`)));
    fundSelect.disabled = false;
    rememberInUrl();
    loadFigures(false);
    syncFeed();
  });

  return () => {
    stopFeed?.();
    clearTimeout(refreshTimer);
  };
}

interface EarmarkCard {
  element: HTMLElement;
  show: (earmark: Earmark, color: string) => void;
}

function earmarkCard(kind: 'regional' | 'ai', title: string, hint: string): EarmarkCard {
  const messages = t();
  const gauge = h('div', { class: 'gauge', role: 'img' });
  const figures = h('dl', { class: 'figures' });
  const element = h('article', { class: 'earmark', 'data-testid': `earmark-${kind}` },
    h('h3', {}, title),
    h('p', { class: 'hint' }, hint),
    gauge,
    figures);
  return {
    element,
    show: (earmark, color) => {
      const percent = typeof earmark.percent === 'number'
        ? earmark.percent
        : Number(percentOf(earmark.amount, earmark.target).replace('%', '')) || 0;
      const percentText = typeof earmark.percent === 'number'
        ? formatPercent(earmark.percent)
        : percentOf(earmark.amount, earmark.target);
      const remaining = toWon(earmark.target) - toWon(earmark.amount);
      gauge.setAttribute('aria-label', `${title}: ${percentText} (${formatWon(earmark.amount)} / ${formatWon(earmark.target)})`);
      drawGauge(gauge, percent, color);
      fill(figures,
        h('div', {}, h('dt', {}, messages.achieved),
          h('dd', { title: formatWonDigits(earmark.amount), 'data-testid': `earmark-${kind}-amount` }, formatWon(earmark.amount))),
        h('div', {}, h('dt', {}, messages.target),
          h('dd', { title: formatWonDigits(earmark.target), 'data-testid': `earmark-${kind}-target` }, formatWon(earmark.target))),
        h('div', {}, h('dt', {}, messages.share),
          h('dd', { 'data-testid': `earmark-${kind}-percent` }, percentText)),
        h('div', {}, h('dt', {}, messages.remaining),
          h('dd', { title: formatWonDigits(remaining > 0n ? remaining : 0n) }, formatWon(remaining > 0n ? remaining : 0n))));
    },
  };
}

function moneyCell(amount: Won): HTMLTableCellElement {
  return h('td', { class: 'num', title: formatWonDigits(amount) }, formatWon(amount));
}

function cssToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
