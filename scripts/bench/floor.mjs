// The floor the startup bench compares against: the same banner text the after-sales placeholder shows
// (zh-Hans, region CN), drawn with Preact, its hooks and @preact/signals-core alone (what the widget is built
// on) into the placeholder's shadow root. No config, catalogs, frequency policy or styles: what any Preact
// widget with this text would cost.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleMinified } from '../bundle.mjs';
import { repoRoot } from '../paths.mjs';

/** The banner's visible text for the bench page's placeholder, from the built core. */
async function bannerText() {
  const core = await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href);
  const content = core.getContent('zh-Hans', 'after-sales', core.validateConfig({ region: 'CN' }).config);
  const t = core.createTranslator('zh-Hans');
  return {
    title: content.title,
    lines: [content.keyMessage, content.short, content.slogan.title],
    more: t('ui.learnMore'),
  };
}

/**
 * The floor as a classic script, minified like the real ones. signals-core is resolved from the widget, whose
 * dependency it is.
 */
export async function floorScript() {
  const text = JSON.stringify(await bannerText());
  return bundleMinified(
    `import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { effect, signal } from './packages/widget/node_modules/@preact/signals-core';
const text = signal(${text});
function Banner() {
  const [open, setOpen] = useState(false);
  const { title, lines, more } = text.value;
  return h('section', null, h('h2', null, title), ...lines.map((line) => h('p', null, line)),
    h('button', { type: 'button', 'aria-expanded': open, onClick: () => setOpen(!open) }, more));
}
function draw() {
  const host = document.querySelector('[data-refundguard]');
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  effect(() => render(h(Banner, null), root));
}
// An async script can run while the page is still being parsed, before the placeholder exists.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw, { once: true });
else draw();
`,
    'js',
  );
}
