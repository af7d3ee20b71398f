import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, readConfig, type WorkerConfig } from '../src/config.js';

const read = (argv: string[], env: NodeJS.ProcessEnv = {}) => readConfig(argv, env) as WorkerConfig;

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    expect(read([])).toMatchObject({
      redis: 'redis://127.0.0.1:6379',
      stream: 'refundguard:messages',
      group: 'refundguard',
      verdicts: 'refundguard:verdicts',
      metricsPort: 0,
      quiet: false,
    });
    expect(read([]).consumer).toMatch(/-\d+$/);
  });

  it('takes each option from its environment variable, and a flag over the variable', () => {
    const env = { REFUNDGUARD_REDIS_URL: 'redis://cache:6380', REFUNDGUARD_BATCH: '50', REFUNDGUARD_QUIET: 'yes' };
    expect(read([], env)).toMatchObject({ redis: 'redis://cache:6380', batch: 50, quiet: true });
    expect(read(['--batch', '7', '--redis', 'redis://other:1'], env)).toMatchObject({
      batch: 7,
      redis: 'redis://other:1',
    });
  });

  it('rejects unknown flags and unusable numbers with a message naming them', () => {
    expect(() => read(['--bacth', '3'])).toThrow(ConfigError);
    expect(() => read(['--batch', '0'])).toThrow(/--batch \(REFUNDGUARD_BATCH\) must be a whole number of at least 1/);
    expect(() => read([], { REFUNDGUARD_CLAIM_IDLE_MS: 'soon' })).toThrow(/REFUNDGUARD_CLAIM_IDLE_MS/);
    expect(() => read(['--verdicts', 'refundguard:messages'])).toThrow(/must differ/);
    expect(readConfig(['--help'], {})).toBe('help');
  });

  it('never prints a Redis password', () => {
    const config = read(['--redis', 'redis://user:hunter2@cache:6379/0']);
    expect(JSON.stringify(describeConfig(config))).not.toContain('hunter2');
    expect(describeConfig(config).redis).toBe('redis://user:***@cache:6379/0');
  });
});
