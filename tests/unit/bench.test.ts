import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, quantile } from '../../scripts/bench/startup.mjs';

const shift = (value: number, startTime: number, hadRecentInput = false) => ({ value, startTime, hadRecentInput });

describe('bench: cumulative layout shift', () => {
  it('adds shifts less than a second apart into one session', () => {
    expect(cumulativeLayoutShift([shift(0.05, 100), shift(0.05, 600)])).toBeCloseTo(0.1);
  });

  it('reports the worst session when shifts are more than a second apart', () => {
    expect(cumulativeLayoutShift([shift(0.05, 100), shift(0.04, 1700), shift(0.03, 2200)])).toBeCloseTo(0.07);
  });

  it('leaves out shifts right after input, and is 0 without shifts', () => {
    expect(cumulativeLayoutShift([shift(0.2, 100, true)])).toBe(0);
    expect(cumulativeLayoutShift([])).toBe(0);
  });
});

describe('bench: quantiles', () => {
  it('takes the nearest rank, so the median and p95 of 20 loads are real loads', () => {
    const loads = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(quantile(loads, 0.5)).toBe(10);
    expect(quantile(loads, 0.95)).toBe(19);
  });
});

describe('docs/performance.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/performance.md', import.meta.url)), 'utf8');

  it('says when and on what machine it was measured', () => {
    expect(doc).toMatch(/^- Date: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m);
    expect(doc).toMatch(/^- Machine: .+, \d+ cores, [\d.]+ GiB, .+; Node v\d+.+; Chromium \d+/m);
  });

  it('shows every target of the performance issues with its verdict', () => {
    for (const target of [
      /refundguard\.js ≤ 24 KB gzip.*\|\s+(ok|OVER)\s*\|/,
      /refundguard-chat\.js ≤ 48 KB gzip.*\|\s+(ok|OVER)\s*\|/,
      /scanText only, from the published dist, ≤ 24 KB gzip.*\|\s+(ok|OVER)\s*\|/,
      /refundguard\.js startup ≤ 2× the floor at 1× CPU.*\|\s+(ok|OVER)\s*\|/,
      /refundguard-chat\.js startup ≤ 2\.5× the floor at 1× CPU.*\|\s+(ok|OVER)\s*\|/,
      /refundguard\.js startup ≤ 1\.3× the floor at 4× CPU.*\|\s+(ok|OVER)\s*\|/,
      /refundguard-chat\.js startup ≤ 1\.6× the floor at 4× CPU.*\|\s+(ok|OVER)\s*\|/,
      /script start → reminder on screen ≤ 20 ms median.*\|\s+(ok|OVER)\s*\|/,
      /no task over 50 ms.*\|\s+(ok|OVER)\s*\|/,
      /cumulative layout shift 0, recommended placeholder placement.*\|\s+(ok|OVER)\s*\|/,
      /worst case per character ≤ 4× typical scanText.*\|\s+(ok|OVER)\s*\|/,
      /doubling an input at most doubles the time.*\|\s+(ok|OVER)\s*\|/,
    ]) {
      expect(doc).toMatch(target);
    }
  });
});
