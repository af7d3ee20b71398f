// A tiny single-page app: every route replaces the view, placeholders included.
// RefundGuard mounts the new placeholders and cleans up the old ones by itself.
const routes = {
  orders: { title: 'My orders', scenario: 'order-confirmation', element: 'div' },
  parcel: { title: 'Parcel tracking', scenario: 'order-status', element: 'div' },
  refund: { title: 'Refund request', scenario: 'after-sales', element: 'refund-guard' },
  help: { title: 'Help', scenario: 'chat', element: 'div' },
};

function render(name) {
  const route = routes[name] ?? routes.orders;
  const heading = document.createElement('h1');
  heading.textContent = route.title;
  const reminder = document.createElement(route.element);
  if (route.element === 'refund-guard') reminder.setAttribute('scenario', route.scenario);
  else reminder.dataset.refundguard = route.scenario;
  document.getElementById('view').replaceChildren(heading, reminder);
}

window.addEventListener('hashchange', () => render(location.hash.slice(2)));
render(location.hash.slice(2));
