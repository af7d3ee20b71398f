/**
 * The component styles. They read only `--rg-*` variables (set by {@link themeCss}).
 *
 * The host element sits in the page, so everything that inherits reaches the shadow tree through it. `:host`
 * resets those properties with `!important`: between two important declarations the one from inside the
 * shadow tree wins, so even `* { font-size: 30px !important }` in the page stops at the host. Sizes are in `em`
 * of `--rg-font-size` (the keyword `medium`, the buyer's browser text size), never `rem`, so the page's root
 * font size changes nothing. Large text scales the top element (see {@link themeCss}).
 * `font-family: var(--rg-font)` is left without a fallback on purpose: when the token is unset the
 * declaration behaves as `unset`, which inherits the host page's font.
 */
export const mainStyles =
  ':host{all:initial;display:block;font:400 var(--rg-font-size)/1.5 a!important;font-family:var(--rg-font)!important;color:var(--rg-text)!important;-webkit-text-fill-color:currentcolor!important;letter-spacing:normal!important;word-spacing:normal!important;text-transform:none!important;text-indent:0!important;text-align:start!important;text-shadow:none!important;white-space:normal!important;word-break:normal!important;hyphens:manual!important;writing-mode:horizontal-tb!important;visibility:visible!important;cursor:auto!important;pointer-events:auto!important}' +
  '*{box-sizing:border-box}' +
  '[hidden]{display:none!important}' +
  '.rg{color:var(--rg-text);background:var(--rg-bg);border:2px solid var(--rg-border);border-radius:var(--rg-radius);padding:var(--rg-space);max-width:100%;overflow-wrap:break-word}' +
  '.rg p,.rg ul,.rg ol,.rg h2,.rg h3{margin:0 0 .6em}' +
  '.rg h2{font-size:1.25em;line-height:1.3}' +
  '.rg h3{font-size:1.05em;margin-top:1em}' +
  '.rg ul,.rg ol{padding-inline-start:1.3em}' +
  '.rg li{margin-bottom:.3em}' +
  '.rg li>strong{display:block}' +
  '.rg-calm{border-inline-start:.4em solid var(--rg-calm)}' +
  '.rg-key{font-weight:700}' +
  '.rg-muted{color:var(--rg-muted)}' +
  '.rg-row{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.6em 0}' +
  'button,.rg-call{font:inherit;line-height:1.25;min-height:max(44px,2.75em);min-width:max(44px,2.75em);padding:.5em 1em;border:2px solid var(--rg-calm);border-radius:calc(var(--rg-radius)*.75);background:var(--rg-bg);color:var(--rg-text)}' +
  '.rg-call{display:inline-flex;align-items:center;font-weight:700;text-decoration:none;color:var(--rg-calm);background:var(--rg-calm-bg)}' +
  '.rg-calls{list-style:none;padding:0!important;display:flex;flex-wrap:wrap;gap:.5em}' +
  '.rg-r{position:relative;padding:.5em .75em}' +
  '.rg-r h2{font-size:1.1em;line-height:1.25;margin:0}' +
  '.rg-r h2:before{content:"";float:inline-end;width:2.2em;height:1em}' +
  '.rg-x{position:absolute;top:0;inset-inline-end:0;min-width:max(44px,2em);min-height:max(44px,2em);padding:0;border-color:transparent;font-size:1.25em;line-height:1}' +
  '.rg-r ul{margin:.4em 0 0;padding-inline-start:1.1em}' +
  '.rg-r li{margin:0;line-height:1.4}' +
  '.rg-r>.rg-row{margin:.4em 0 0}' +
  '.rg-r .rg-row>*{padding-inline:.6em}' +
  '.rg-r>:last-child{margin-top:.6em}' +
  ':focus-visible{outline:3px solid var(--rg-focus);outline-offset:2px}' +
  '.rg-toast{position:fixed;inset:var(--rg-toast-inset);z-index:var(--rg-z);max-width:32em;max-height:calc(100% - 24px);overflow:auto;margin-inline:auto;box-shadow:var(--rg-shadow);animation:rg-in .25s ease-out}' +
  '@keyframes rg-in{from{opacity:0;transform:translateY(1em)}}' +
  '@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}';

/**
 * Firm surfaces and the self-check's questions and verdict: what the self-check, the cautions and the risk dialog
 * use. Their components add it with {@link addStyles} when their module loads, so a bundle without them carries
 * none of it (refundguard.js has it for the self-check a reminder opens).
 */
export const firmStyles =
  '.rg fieldset{margin:0 0 .6em}' +
  '.rg-firm{border-color:var(--rg-danger);background:var(--rg-danger-bg)}' +
  '.rg-firm>h2,.rg-firm h3:first-child,.rg-ct{color:var(--rg-danger)}' +
  'fieldset{border:0;padding:0;min-width:0}' +
  'legend{padding:0;font-weight:700;font-size:1.1em}' +
  '.rg-verdict{border:2px solid var(--rg-calm);border-radius:var(--rg-radius);padding:.75em}' +
  '.rg-verdict>:first-child{margin-top:0}';

/**
 * What only the chat guards' cautions and risk dialog use on top of {@link firmStyles}: the caution's head, the
 * dialog and its backdrop, its primary and waiting buttons, its spoken countdown. Only refundguard-chat.js has it.
 */
export const guardStyles =
  '.rg-head{display:flex;gap:.5em;align-items:flex-start;justify-content:space-between}' +
  '.rg-primary{background:var(--rg-calm);color:var(--rg-on-accent);font-weight:700}' +
  'button:disabled{border-style:dashed;color:var(--rg-muted)}' +
  '.rg-head button{flex:none}' +
  '.rg-caution{padding:.75em}' +
  'dialog.rg{width:min(36em,calc(100% - 1em));max-height:calc(100% - 1em);margin:auto;padding:var(--rg-space)}' +
  'dialog::backdrop{background:rgb(0 0 0/.65)}' +
  '.rg-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';
