/** The app shell: header (navigation, language, who is signed in) and hash routes to the pages. */

import './styles.css';

import { onUnauthorized } from './api';
import { currentSession, homeFor, mayOpen, type Session, signOut } from './auth';
import { disposeCharts, resizeCharts } from './charts';
import { type Cleanup, fill, h } from './dom';
import { lang, type Lang, roleName, referenceName, setLang, t } from './i18n';
import { renderDashboard } from './pages/dashboard';
import { renderLogin } from './pages/login';
import { renderQueue } from './pages/queue';
import { buildHash, parseHash, type Route } from './route';

const header = document.getElementById('top') as HTMLElement;
const main = document.getElementById('main') as HTMLElement;
let cleanup: Cleanup | undefined;

function go(path: string, params: Record<string, string> = {}): void {
  const target = buildHash(path, params);
  if (location.hash === target) {
    render();
  }
  else {
    location.hash = target;
  }
}

function renderHeader(session: Session | null, route: Route): void {
  const messages = t();
  const navItem = (path: string, label: string) =>
    h('li', {}, h('a', { href: `#${path}`, 'aria-current': route.path === path ? 'page' : null }, label));
  const nav = session
    ? h('nav', { 'aria-label': messages.appTitle },
      h('ul', { class: 'nav' },
        mayOpen(session.claims.role, '/dashboard') && navItem('/dashboard', messages.navDashboard),
        mayOpen(session.claims.role, '/queue') && navItem('/queue', messages.navQueue)))
    : null;
  const languageButton = (code: Lang, label: string) =>
    h('button', {
      type: 'button',
      class: 'lang-button',
      lang: code,
      'aria-pressed': String(lang() === code),
      onclick: () => {
        if (lang() !== code) {
          setLang(code);
          render();
        }
      },
    }, label);
  const who = session
    ? h('div', { class: 'who' },
      h('span', { class: 'who-label' }, `${messages.signedInAs}: `),
      h('strong', { 'data-testid': 'signed-in-user' }, displayName(session)),
      h('span', { class: 'who-role' },
        ` · ${roleName(session.claims.role)}${session.claims.region ? ` · ${referenceName(session.claims.region)}` : ''}`),
      h('a', {
        href: '#/login',
        class: 'sign-out',
        onclick: (event: Event) => {
          event.preventDefault();
          signOut();
          go('/login');
        },
      }, messages.signOut))
    : null;
  fill(header,
    h('div', { class: 'brand' },
      h('a', { href: '#/', class: 'brand-name' }, messages.appTitle),
      h('span', { class: 'brand-sub' }, messages.appSubtitle)),
    nav,
    h('div', { class: 'header-end' },
      who,
      h('div', { class: 'lang-switch', role: 'group', 'aria-label': messages.language },
        languageButton('ko', '한국어'),
        languageButton('en', 'English'))));
}

function displayName(session: Session): string {
  const name = session.displayName;
  if (name) {
    return lang() === 'ko' ? name.ko : name.en;
  }
  return session.claims.sub;
}

function render(): void {
  cleanup?.();
  cleanup = undefined;
  disposeCharts();
  document.documentElement.lang = lang();
  document.title = t().appTitle;
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) {
    skipLink.textContent = t().skipToContent;
  }
  const route = parseHash(location.hash);
  const session = currentSession();
  renderHeader(session, route);
  main.replaceChildren();

  if (route.path === '/login') {
    renderLogin(main, route, session, (path) => go(path));
    return;
  }
  if (!session) {
    go('/login');
    return;
  }
  const home = homeFor(session.claims.role);
  if (route.path === '/' || !mayOpen(session.claims.role, route.path)) {
    if (home && route.path !== home) {
      go(home);
      return;
    }
    if (!home) {
      fill(main, h('h1', {}, t().appTitle), h('p', { class: 'notice', role: 'status' }, t().noPageForRole));
      return;
    }
  }
  switch (route.path) {
    case '/dashboard':
      cleanup = renderDashboard(main, route, session);
      break;
    case '/queue':
      cleanup = renderQueue(main, route, session);
      break;
    default:
      go(home ?? '/login');
  }
}

onUnauthorized(() => {
  signOut();
  go('/login', { expired: '1' });
});

document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(resizeCharts, 150);
});
window.addEventListener('hashchange', render);
render();
