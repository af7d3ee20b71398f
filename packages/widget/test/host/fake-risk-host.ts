import type { RiskDialogRequest, RiskHost, RiskNotice } from '../../src/host/risk-host.js';

/** A RiskHost that records what it was asked to show. */
export function fakeRiskHost() {
  const reported: RiskNotice[] = [];
  const cautions: { anchor: Element; notice: RiskNotice; removed: boolean }[] = [];
  const dialogs: RiskDialogRequest[] = [];
  const host: RiskHost = {
    report: (notice) => reported.push(notice),
    placeCaution(anchor, notice) {
      const entry = { anchor, notice, removed: false };
      cautions.push(entry);
      return () => {
        entry.removed = true;
      };
    },
    openDialog(request) {
      dialogs.push(request);
      return true;
    },
  };
  return { host, reported, cautions, dialogs };
}
