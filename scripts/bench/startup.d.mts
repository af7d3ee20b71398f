/** One layout-shift entry as the bench page records it. */
export interface RecordedShift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  sources?: string[];
}

/** Windowed CLS as Chromium reports it: the worst session (gaps < 1 s, at most 5 s) of shifts without input. */
export function cumulativeLayoutShift(shifts: RecordedShift[]): number;

/** The value at quantile `q` (0..1) of a list of numbers, nearest rank. */
export function quantile(values: number[], q: number): number;
