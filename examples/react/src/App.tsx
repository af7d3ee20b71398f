/** @jsxImportSource react */
import type { RefundGuardConfig, ScenarioId } from '@refundguard/widget';
import { useEffect, useState } from 'react';
import { Chat } from './Chat.js';
import { useRefundGuard } from './use-refund-guard.js';

// A module constant keeps its identity, so the guard is created once (see useRefundGuard).
const GUARD_CONFIG: RefundGuardConfig = {
  locale: 'auto',
  region: 'HK',
  platform: { name: 'Example Mall', contactPath: 'Orders → Contact seller' },
};

const TABS: { scenario: ScenarioId; label: string }[] = [
  { scenario: 'order-status', label: 'Delivery' },
  { scenario: 'after-sales', label: 'Returns and refunds' },
];

/** The help part of the order page: one guard, the reminder for the open tab, and the chat. */
function OrderHelp() {
  const guard = useRefundGuard(GUARD_CONFIG);
  const [scenario, setScenario] = useState<ScenarioId>('order-status');
  const [warnings, setWarnings] = useState(0);

  useEffect(() => {
    if (!guard) return;
    const count = () => setWarnings((total) => total + 1);
    guard.on('risk', count);
    return () => guard.off('risk', count);
  }, [guard]);

  return (
    <>
      <nav className="tabs nav" aria-label="Order help">
        {TABS.map((tab) => (
          <button
            key={tab.scenario}
            type="button"
            className="shop-button"
            aria-pressed={tab.scenario === scenario}
            onClick={() => setScenario(tab.scenario)}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      <refund-guard scenario={scenario} />
      <Chat guard={guard} />
      <p role="status">Scam warnings on this page: {warnings}</p>
    </>
  );
}

export function App() {
  const [helpOpen, setHelpOpen] = useState(true);
  return (
    <main>
      <h1>Order 2026-1128-12</h1>
      <p>
        <button type="button" className="shop-button" onClick={() => setHelpOpen(!helpOpen)}>
          {helpOpen ? 'Close order help' : 'Open order help'}
        </button>
      </p>
      {helpOpen ? <OrderHelp /> : <p>Order help is closed.</p>}
    </main>
  );
}
