import { render, within } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach } from 'vitest';
import { prepareShadowRoot } from '../../src/host/shadow.js';
import type { ThemeInput, ThemeOptions } from '../../src/styles/index.js';

const hosts = new Set<HTMLElement>();
afterEach(() => {
  for (const host of hosts) host.remove();
  hosts.clear();
});

/** Options for {@link renderInShadow}. */
export interface ShadowRenderOptions {
  theme?: ThemeInput;
  themeOptions?: ThemeOptions;
  nonce?: string;
}

/**
 * Render `ui` the way the guard does: into the shadow root of a host element in the document,
 * styles installed. The returned queries look inside that shadow root (`screen` cannot see it).
 */
export function renderInShadow(ui: ComponentChild, options: ShadowRenderOptions = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.add(host);
  const root = prepareShadowRoot(host, options.nonce, options.theme, options.themeOptions);
  // Testing Library types its containers as HTMLElement; a ShadowRoot offers every query method it uses.
  const container = root as unknown as HTMLElement;
  const result = render(ui, { container, baseElement: container });
  return { ...result, ...within(container), host, root };
}

/** The focused element inside `root` (the document only sees the host). */
export function focusedIn(root: ShadowRoot): Element | null {
  return root.activeElement;
}
