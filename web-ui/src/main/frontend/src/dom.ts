/** A tiny element builder: text goes in as text nodes, never as HTML, so server data cannot inject markup. */

/** What a page leaves running (streams, timers), stopped when the person navigates away. */
export type Cleanup = () => void;

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    }
    else if (name === 'class') {
      element.className = String(value);
    }
    else if (value === true) {
      element.setAttribute(name, '');
    }
    else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    }
    else if (child instanceof Node) {
      parent.appendChild(child);
    }
    else {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
