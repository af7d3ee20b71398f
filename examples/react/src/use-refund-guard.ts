import {
  createRefundGuard,
  defineRefundGuardElement,
  type RefundGuard,
  type RefundGuardConfig,
} from '@refundguard/widget';
import { chatGuards } from '@refundguard/widget/chat';
import { useEffect, useState } from 'react';

/**
 * One guard for as long as the calling component is on screen: created in an effect, bound to
 * every <refund-guard> element, destroyed in the cleanup. The app has a chat, so the guard gets the
 * chat guards too. `config` must keep its identity (a module constant or useMemo), or the guard is
 * created again on every render.
 */
export function useRefundGuard(config: RefundGuardConfig): RefundGuard | null {
  const [guard, setGuard] = useState<RefundGuard | null>(null);
  useEffect(() => {
    const created = createRefundGuard(config, { integrations: [chatGuards()] });
    defineRefundGuardElement(created);
    setGuard(created);
    return () => {
      defineRefundGuardElement(null);
      created.destroy();
      setGuard(null);
    };
  }, [config]);
  return guard;
}
