/** Problem details (RFC 9457) shown so that people can read them: title, detail, the fields at fault. */

import { ApiError } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

export function problemBox(problem: unknown): HTMLElement {
  const error = problem instanceof ApiError
    ? problem
    : new ApiError(0, problem instanceof Error ? problem.message : String(problem), undefined);
  const status = error.status > 0 ? ` (${error.status})` : '';
  return h('div', { class: 'problem', role: 'alert', 'data-status': error.status },
    h('p', { class: 'problem-title' }, h('strong', {}, error.title), status),
    error.status === 403 && !error.detail ? h('p', {}, t().forbidden) : null,
    error.detail ? h('p', { class: 'problem-detail' }, error.detail) : null,
    error.fieldErrors.length > 0
      ? h('ul', { class: 'problem-fields' },
        error.fieldErrors.map((field) => h('li', {}, h('code', {}, field.field), ` ${field.message}`)))
      : null);
}

/**
 * Loads a section's data, with "loading" and, on failure, the problem and a retry in its status slot.
 * The section's content stays in place while it refreshes (charts keep their instances); a quiet
 * refresh (after a live change) shows no "loading".
 */
export async function loadInto<T>(
  status: HTMLElement,
  load: () => Promise<T>,
  show: (value: T) => void,
  quiet = false,
): Promise<boolean> {
  if (!quiet) {
    status.replaceChildren(h('p', { class: 'loading' }, t().loading));
  }
  status.closest('section')?.setAttribute('aria-busy', 'true');
  try {
    const value = await load();
    status.replaceChildren();
    show(value);
    return true;
  }
  catch (problem) {
    status.replaceChildren(problemBox(problem),
      h('button', { type: 'button', class: 'button', onclick: () => void loadInto(status, load, show) }, t().retry));
    return false;
  }
  finally {
    status.closest('section')?.removeAttribute('aria-busy');
  }
}
