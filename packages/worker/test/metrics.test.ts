import { describe, expect, it } from 'vitest';
import { WorkerMetrics } from '../src/metrics.js';

describe('WorkerMetrics', () => {
  it('writes counters, a histogram and gauges in the Prometheus text format', () => {
    const metrics = new WorkerMetrics();
    metrics.processed.inc({ outcome: 'verdict' }, 3);
    metrics.levels.inc({ level: 'high' });
    metrics.scanSeconds.observe(0.0003);
    metrics.scanSeconds.observe(2);
    const text = metrics.render({ lag: 5, pending: 2 });
    expect(text).toContain('# TYPE refundguard_worker_processed_total counter');
    expect(text).toContain('refundguard_worker_processed_total{outcome="verdict"} 3');
    expect(text).toContain('refundguard_worker_verdicts_total{level="high"} 1');
    expect(text).toContain('refundguard_worker_scan_seconds_bucket{le="0.0005"} 1');
    expect(text).toContain('refundguard_worker_scan_seconds_bucket{le="+Inf"} 2');
    expect(text).toContain('refundguard_stream_lag 5');
    expect(text.endsWith('\n')).toBe(true);
  });
});
