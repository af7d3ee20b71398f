// Set before the body is parsed: ?css=1 turns on the aggressive global rules, ?rtl=1 makes the page right-to-left.
const query = new URLSearchParams(location.search);
if (query.get('css') === '1') document.documentElement.classList.add('aggressive');
if (query.get('rtl') === '1') document.documentElement.dir = 'rtl';

// Page-side helpers the tests call with a plain evaluate, so any browser driver can use them.

/** Every RefundGuard shadow root on the page. */
const roots = () => [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));

/** The box of the first element matching `selector` in a RefundGuard shadow root, or null. */
const box = (selector) => {
  for (const root of roots()) {
    const el = root.querySelector(selector);
    if (el) {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height, right: r.right, bottom: r.bottom };
    }
  }
  return null;
};

/** What the tests compare: the card, the dialog when open, the visual viewport, and what a tap at each corner hits. */
window.measureLayout = () => {
  const vv = window.visualViewport;
  const view = { width: vv ? vv.width : innerWidth, height: vv ? vv.height : innerHeight };
  const corners = [
    [1, 1],
    [view.width - 2, 1],
    [1, view.height - 2],
    [view.width - 2, view.height - 2],
  ];
  const overlay = document.querySelector('[data-refundguard-own="overlay"]');
  return {
    view,
    card: box('section'),
    dialog: box('dialog[open]'),
    // With the dialog open, every corner of the screen is its backdrop (retargeted to the overlay's host).
    cornersOnBackdrop: corners.filter(([x, y]) => overlay && document.elementFromPoint(x, y) === overlay).length,
  };
};

/** Resolves once the card is drawn. */
window.cardReady = () =>
  new Promise((resolve) => {
    const check = () => (box('section') ? resolve(true) : requestAnimationFrame(check));
    check();
  });

/** Open the risk dialog as a tap on a lookalike link would, and resolve once it is open. */
window.openRiskDialog = () => {
  window.RefundGuard.track('link_clicked', { url: 'https://example-mall.com.refund-desk.cn/claim' });
  return new Promise((resolve) => {
    const check = () => (box('dialog[open]') ? resolve(true) : requestAnimationFrame(check));
    check();
  });
};
