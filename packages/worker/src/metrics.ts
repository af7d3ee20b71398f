/** Counts kept by one worker and written in the Prometheus text format (version 0.0.4). */

type Labels = Record<string, string>;

const labelText = (labels: Labels): string => {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/["\\\n]/g, '\\$&')}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
};

/** A monotonically increasing count, optionally split by labels. */
export class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels)) ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [labels, value] of this.values) lines.push(`${this.name}${labels} ${value}`);
    return lines.join('\n');
  }
}

/** Observations counted into cumulative buckets (upper bounds in seconds). */
export class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {
    this.counts = buckets.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    const index = this.buckets.findIndex((bound) => value <= bound);
    if (index !== -1) this.counts[index] = (this.counts[index] ?? 0) + 1;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    let cumulative = 0;
    this.buckets.forEach((bound, index) => {
      cumulative += this.counts[index] ?? 0;
      lines.push(`${this.name}_bucket{le="${bound}"} ${cumulative}`);
    });
    lines.push(
      `${this.name}_bucket{le="+Inf"} ${this.count}`,
      `${this.name}_sum ${this.sum}`,
      `${this.name}_count ${this.count}`,
    );
    return lines.join('\n');
  }
}

const gauge = (name: string, help: string, value: number): string =>
  [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`].join('\n');

/** Everything `/metrics` shows for one worker. */
export class WorkerMetrics {
  readonly processed = new Counter('refundguard_worker_processed_total', 'Entries acknowledged, by outcome.');
  readonly errors = new Counter('refundguard_worker_errors_total', 'Poison entries and failed batches, by code.');
  readonly levels = new Counter('refundguard_worker_verdicts_total', 'Verdicts written, by message level.');
  readonly conversationLevels = new Counter(
    'refundguard_worker_conversation_levels_total',
    'Verdicts written, by conversation level after the message.',
  );
  readonly claimed = new Counter('refundguard_worker_claimed_total', 'Entries taken over from a silent consumer.');
  readonly orderChecks = new Counter(
    'refundguard_worker_order_checks_total',
    'Turns read while an earlier turn of their conversation was still being recorded elsewhere, so checked again before the verdict.',
  );
  readonly scanSeconds = new Histogram(
    'refundguard_worker_scan_seconds',
    'Time to scan one message with core.',
    [0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.1],
  );
  inFlight = 0;

  /** The text for `/metrics`; `lag` and `pending` come from the group at the time of the request. */
  render(stream: { lag: number; pending: number } | null): string {
    const parts = [
      this.processed.render(),
      this.errors.render(),
      this.levels.render(),
      this.conversationLevels.render(),
      this.claimed.render(),
      this.orderChecks.render(),
      this.scanSeconds.render(),
      gauge('refundguard_worker_in_flight', 'Entries read and not yet acknowledged by this worker.', this.inFlight),
    ];
    if (stream) {
      parts.push(
        gauge('refundguard_stream_lag', 'Entries in the stream not yet handed to the group.', stream.lag),
        gauge('refundguard_stream_pending', 'Entries handed out and not yet acknowledged, group-wide.', stream.pending),
      );
    }
    return `${parts.join('\n')}\n`;
  }
}
