/**
 * The working group's review queue: its region's proposed matches (the server scopes the region from the
 * token), highest score first, each with the reasons for its score, four-eyes state and review history,
 * and approve / reject (with a reason) / request info.
 */

import { getJson, postJson, withQuery } from '../api';
import type { Session } from '../auth';
import { type Cleanup, fill, h } from '../dom';
import { formatBrn, formatInstant } from '../format';
import { decisionName, lang, referenceName, ruleName, statusName, t } from '../i18n';
import {
  type Decision,
  fourEyes,
  MAX_REASON_LENGTH,
  type Match,
  outcomeKind,
  type PageOf,
  type Review,
  sortByScore,
  validateReview,
} from '../model';
import { formatWon, formatWonDigits } from '../money';
import { buildHash, type Route } from '../route';
import { loadInto, problemBox } from './problem';

const PAGE_SIZE = 20;

export function renderQueue(main: HTMLElement, route: Route, session: Session): Cleanup {
  const messages = t();
  const requested = Number.parseInt(route.params.get('page') ?? '0', 10);
  const page = Number.isSafeInteger(requested) && requested >= 0 ? requested : 0;
  const status = h('div', { class: 'section-status' });
  const count = h('p', { class: 'count', role: 'status' });
  const list = h('ol', { class: 'match-list', 'data-testid': 'match-list' });
  const pager = h('nav', { class: 'pager', 'aria-label': messages.queueTitle });
  const region = session.claims.region;

  fill(main,
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', {}, messages.queueTitle, region ? ` — ${referenceName(region)}` : ''),
        h('p', { class: 'lead' }, messages.queueIntro))),
    count,
    status,
    list,
    pager);

  const path = withQuery('/api/matches', { status: 'PROPOSED', page, size: PAGE_SIZE });
  void loadInto(status, () => getJson<PageOf<Match>>(path), (result) => {
    const matches = sortByScore(result.content ?? []);
    const total = result.totalElements ?? matches.length;
    const pages = Math.max(1, result.totalPages ?? 1);
    count.textContent = messages.total(total);
    if (matches.length === 0) {
      fill(list, h('li', { class: 'empty card' }, messages.queueEmpty));
    }
    else {
      fill(list, matches.map((match) => h('li', {}, matchCard(match))));
    }
    fill(pager,
      page > 0 ? h('a', { class: 'button', href: buildHash('/queue', { page: String(page - 1) }) }, `← ${messages.previous}`) : null,
      h('span', {}, messages.page(page + 1, pages)),
      page + 1 < pages ? h('a', { class: 'button', href: buildHash('/queue', { page: String(page + 1) }) }, `${messages.next} →`) : null);
  });

  return () => undefined;
}

function matchCard(initial: Match): HTMLElement {
  const messages = t();
  let match = initial;
  const titleId = `match-${match.id}-title`;
  const reasonId = `match-${match.id}-reason`;
  const reasonHintId = `${reasonId}-hint`;
  const statusBadge = h('span', { class: 'badge', 'data-testid': 'match-status' });
  const fourEyesSlot = h('div', { class: 'four-eyes', 'data-testid': 'four-eyes' });
  const historySlot = h('div', { class: 'history' });
  const historyDetails = h('details', { class: 'history-details', open: (match.reviews?.length ?? 0) > 0 },
    h('summary', {}, messages.history), historySlot);
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const reasonInput = h('textarea', {
    id: reasonId,
    name: 'reason',
    rows: 2,
    maxlength: MAX_REASON_LENGTH,
    'aria-describedby': reasonHintId,
  });
  const reasonError = h('p', { class: 'field-error', id: `${reasonId}-error`, role: 'alert', hidden: true });
  const buttons: HTMLButtonElement[] = [];
  const decisionButton = (decision: Decision, label: string, style: string) => {
    const button: HTMLButtonElement = h('button', {
      type: 'button',
      class: `button ${style}`,
      'data-decision': decision,
      onclick: () => void submit(decision),
    }, label);
    buttons.push(button);
    return button;
  };
  const actions = h('form', { class: 'review-form', onsubmit: (event: Event) => event.preventDefault() },
    h('label', { for: reasonId }, messages.reason),
    h('p', { id: reasonHintId, class: 'hint' }, messages.reasonHint),
    reasonInput,
    reasonError,
    h('div', { class: 'actions' },
      decisionButton('APPROVE', messages.approve, 'approve'),
      decisionButton('REJECT', messages.reject, 'reject'),
      decisionButton('REQUEST_INFO', messages.requestInfo, 'info')));

  const card = h('article', { class: 'card match-card', 'aria-labelledby': titleId, 'data-match-id': match.id },
    h('header', { class: 'match-head' },
      h('div', {},
        h('h2', { id: titleId }, match.companyName ?? formatBrn(match.brn)),
        h('p', { class: 'match-sub' },
          h('span', { 'data-testid': 'brn' }, formatBrn(match.brn)), ' · ', referenceName(match.region))),
      h('div', { class: 'score', 'aria-label': `${messages.score} ${match.score}` },
        h('span', { class: 'score-value' }, String(match.score)),
        h('span', { class: 'score-label' }, messages.score))),
    h('dl', { class: 'match-facts' },
      h('div', {}, h('dt', {}, messages.amount),
        h('dd', { class: 'amount', title: formatWonDigits(match.amount) }, formatWon(match.amount))),
      h('div', {}, h('dt', {}, messages.allocation), h('dd', {}, h('code', { class: 'id' }, match.allocationId))),
      h('div', {}, h('dt', {}, messages.status), h('dd', {}, statusBadge))),
    h('div', { class: 'match-body' },
      reasonsList(match),
      h('div', { class: 'match-review' },
        fourEyesSlot,
        historyDetails,
        actions,
        outcome)));

  showState();
  if (match.reviews) {
    showHistory(match.reviews);
  }
  else {
    void loadInto(historySlot, () => getJson<Match>(`/api/matches/${encodeURIComponent(match.id)}`),
      (details) => showHistory(details.reviews ?? []));
  }

  function showState(): void {
    statusBadge.textContent = statusName(match.status);
    statusBadge.className = `badge status-${match.status.toLowerCase()}`;
    const { approvals, required } = fourEyes(match);
    fill(fourEyesSlot,
      h('span', { class: 'four-eyes-label' }, messages.fourEyes),
      h('span', { class: 'dots', 'aria-hidden': 'true' },
        Array.from({ length: required }, (_, index) => h('span', { class: index < approvals ? 'dot on' : 'dot' }))),
      h('strong', {}, messages.approvalsOf(approvals, required)),
      required > 1 ? h('span', { class: 'hint' }, messages.fourEyesNeeded) : null);
    const open = match.status === 'PROPOSED';
    card.classList.toggle('decided', !open);
    actions.hidden = !open;
  }

  function showHistory(reviews: readonly Review[]): void {
    if (reviews.length === 0) {
      fill(historySlot, h('p', { class: 'empty' }, messages.historyEmpty));
      return;
    }
    fill(historySlot, h('ol', { class: 'history-list' }, reviews.map((review) => h('li', {},
      h('span', { class: `badge decision-${review.decision.toLowerCase()}` }, decisionName(review.decision)),
      ' ', h('strong', {}, review.reviewer),
      ' · ', h('time', { datetime: review.at }, formatInstant(review.at, lang())),
      review.reason ? h('p', { class: 'history-reason' }, review.reason) : null))));
  }

  async function submit(decision: Decision): Promise<void> {
    const reason = reasonInput.value.trim();
    const problem = validateReview(decision, reason);
    if (problem) {
      reasonError.textContent = problem === 'reasonRequired' ? messages.reasonRequired : messages.reasonTooLong(MAX_REASON_LENGTH);
      reasonError.hidden = false;
      reasonInput.setAttribute('aria-invalid', 'true');
      reasonInput.setAttribute('aria-describedby', `${reasonHintId} ${reasonError.id}`);
      reasonInput.focus();
      return;
    }
    reasonError.hidden = true;
    reasonInput.removeAttribute('aria-invalid');
    reasonInput.setAttribute('aria-describedby', reasonHintId);
    buttons.forEach((button) => (button.disabled = true));
    fill(outcome, h('p', { class: 'loading' }, messages.submitting));
    try {
      const path = `/api/matches/${encodeURIComponent(match.id)}/reviews`;
      const answered = await postJson<Match>(path, reason ? { decision, reason } : { decision });
      match = answered?.status ? answered : await getJson<Match>(`/api/matches/${encodeURIComponent(match.id)}`);
      reasonInput.value = '';
      showState();
      if (match.reviews) {
        showHistory(match.reviews);
        historyDetails.open = true;
      }
      fill(outcome, h('p', { class: 'success', role: 'status' }, messages.reviewDone(statusName(match.status))));
    }
    catch (error) {
      fill(outcome, problemBox(error));
    }
    finally {
      buttons.forEach((button) => (button.disabled = false));
    }
  }

  return card;
}

function reasonsList(match: Match): HTMLElement {
  const messages = t();
  return h('section', { class: 'reasons', 'aria-label': messages.reasons },
    h('h3', {}, messages.reasons),
    h('ul', {}, match.reasons.map((reason) => {
      const kind = outcomeKind(reason.outcome);
      const label = kind === 'matched' ? messages.matched : kind === 'near-miss' ? messages.nearMiss : reason.outcome;
      return h('li', { class: `reason ${kind}`, 'data-outcome': reason.outcome },
        h('span', { class: 'reason-icon', 'aria-hidden': 'true' }, kind === 'matched' ? '✓' : kind === 'near-miss' ? '△' : '•'),
        h('span', { class: 'reason-rule' }, ruleName(reason.rule)),
        h('span', { class: 'reason-outcome' }, label),
        h('span', { class: 'reason-points' }, messages.points(reason.points)),
        reason.detail ? h('span', { class: 'reason-detail' }, reason.detail) : null);
    })));
}
