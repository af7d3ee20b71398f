// After the queue snippet: calls that are not calls, between ordinary ones; a console.warn that throws.
window.__rgHeard = [];
window.RefundGuard('on', 'error', (problem) => window.__rgHeard.push(problem.code));
window.RefundGuard.q.push(Symbol('not a call'));
window.RefundGuard(Symbol('command'));
window.RefundGuard.q.push(null);
window.RefundGuard('no-such-command');
window.RefundGuard('show', 'after-sales', { prominent: true });
window.RefundGuard('checkUrl', {
  toString() {
    throw new Error('no string for you');
  },
});
window.RefundGuard('setLocale', {
  toString() {
    throw new Error('no locale either');
  },
});
window.RefundGuard('on', 'ready', () => {
  window.__rgReady = true;
});
console.warn = () => {
  throw new Error('console is locked down');
};
