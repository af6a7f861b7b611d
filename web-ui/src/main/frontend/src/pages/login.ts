/**
 * Sign-in: the local stack's demo users as buttons (GET /auth/demo-users, POST /auth/dev-token), or a
 * pasted bearer token anywhere else.
 */

import { ApiError, parseJson, postJson, problemFrom } from '../api';
import { decodeClaims, type DisplayName, homeFor, isExpired, type Session, signIn, signOut } from '../auth';
import { fill, h } from '../dom';
import { lang, referenceName, roleName, t } from '../i18n';
import { type DemoUser, demoUserName } from '../model';
import type { Route } from '../route';
import { problemBox } from './problem';

type Navigate = (path: string) => void;

export function renderLogin(main: HTMLElement, route: Route, session: Session | null, navigate: Navigate): void {
  const messages = t();
  const error = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const demoSection = h('section', { class: 'card', 'aria-labelledby': 'demo-users-title', hidden: true });
  const tokenDetails = h('details', { class: 'card token-card', open: true });

  const enter = (token: string, name?: DisplayName) => {
    const claims = decodeClaims(token);
    if (!claims) {
      fill(error, problemBox(new ApiError(400, messages.tokenInvalid, undefined)));
      return;
    }
    if (isExpired(claims, Date.now())) {
      fill(error, problemBox(new ApiError(401, messages.tokenExpired, undefined)));
      return;
    }
    signIn(token, name);
    navigate(homeFor(claims.role) ?? '/');
  };

  const textarea = h('textarea', {
    id: 'token-input',
    name: 'token',
    rows: 4,
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'token-hint',
  });
  const tokenForm = h('form', {
    onsubmit: (event: Event) => {
      event.preventDefault();
      const token = textarea.value.trim();
      if (!token) {
        fill(error, problemBox(new ApiError(400, messages.tokenMissing, undefined)));
        textarea.focus();
        return;
      }
      enter(token);
    },
  },
  h('label', { for: 'token-input' }, messages.tokenLabel),
  h('p', { id: 'token-hint', class: 'hint' }, messages.pasteTokenHint),
  textarea,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, messages.signInWithToken)));
  fill(tokenDetails, h('summary', {}, messages.pasteToken), tokenForm);

  fill(main,
    h('h1', {}, messages.signInTitle),
    h('p', { class: 'lead' }, messages.signInIntro),
    route.params.get('expired') && !session
      ? h('p', { class: 'notice warn', role: 'alert' }, messages.sessionExpired)
      : null,
    session ? signedInNotice(session, navigate) : null,
    error,
    h('div', { class: 'login-grid' }, demoSection, tokenDetails));

  void loadDemoUsers().then((users) => {
    if (users.length === 0) {
      return;
    }
    tokenDetails.open = false;
    demoSection.hidden = false;
    fill(demoSection,
      h('h2', { id: 'demo-users-title' }, messages.demoUsers),
      h('p', { class: 'hint' }, messages.demoUsersHint),
      h('ul', { class: 'demo-users' }, users.map((user) => h('li', {}, demoUserButton(user)))));
  });

  function demoUserButton(user: DemoUser): HTMLButtonElement {
    const button: HTMLButtonElement = h('button', {
      type: 'button',
      class: 'demo-user',
      'data-subject': user.subject,
      onclick: async () => {
        button.disabled = true;
        fill(error);
        try {
          const issued = await postJson<{ token: string }>('/auth/dev-token', {
            subject: user.subject,
            role: user.role,
            ...(user.region ? { region: user.region } : {}),
          });
          if (!issued?.token) {
            throw new ApiError(502, messages.tokenInvalid, undefined);
          }
          enter(issued.token, { ko: demoUserName(user, 'ko'), en: demoUserName(user, 'en') });
        }
        catch (problem) {
          fill(error, problemBox(problem));
        }
        finally {
          button.disabled = false;
        }
      },
    },
    h('span', { class: 'demo-name' }, demoUserName(user, lang())),
    h('span', { class: 'demo-role' },
      roleName(user.role) + (user.region ? ` · ${referenceName(user.region)}` : '')));
    return button;
  }
}

function signedInNotice(session: Session, navigate: Navigate): HTMLElement {
  const messages = t();
  const home = homeFor(session.claims.role);
  return h('div', { class: 'notice', role: 'status' },
    h('p', {}, messages.alreadySignedIn, ' ', h('strong', {}, session.claims.sub), ` (${roleName(session.claims.role)})`),
    h('p', { class: 'actions' },
      home ? h('a', { href: `#${home}`, class: 'button primary' }, messages.continueTo) : null,
      h('button', {
        type: 'button',
        class: 'button',
        onclick: () => {
          signOut();
          navigate('/login');
        },
      }, messages.signOut)));
}

/** The demo users when the local stack offers them; none otherwise (404 outside the local profile). */
async function loadDemoUsers(): Promise<DemoUser[]> {
  try {
    const response = await fetch('/auth/demo-users', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      await problemFrom(response);
      return [];
    }
    const users = parseJson(await response.text());
    return Array.isArray(users)
      ? users.filter((user): user is DemoUser =>
        typeof user === 'object' && user !== null && typeof user.subject === 'string' && typeof user.role === 'string')
      : [];
  }
  catch {
    return [];
  }
}
