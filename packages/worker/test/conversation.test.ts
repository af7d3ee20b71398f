import { describe, expect, it } from 'vitest';
import { levelAfter, type TurnSummary } from '../src/conversation.js';

const turn = (role: string, level: TurnSummary['level'], categories: TurnSummary['categories']): TurnSummary => ({
  role,
  level,
  score: 0,
  ids: categories.map((category) => `${category}.x`),
  categories,
});

describe('levelAfter', () => {
  const claim = turn('agent', 'low', ['impersonation']);
  const story = turn('agent', 'low', ['pretext']);
  const step = turn('agent', 'low', ['credentials']);

  it('is high once one speaker has told the whole script across turns', () => {
    expect(levelAfter([claim, story])).toBe('low');
    expect(levelAfter([claim, story, step])).toBe('high');
  });

  it('judges each speaker on their own words', () => {
    expect(levelAfter([claim, story, turn('buyer', 'low', ['credentials'])])).toBe('low');
  });

  it('stops raising when the same speaker gives genuine safety advice', () => {
    expect(levelAfter([claim, story, turn('agent', 'low', ['credentials', 'safety'])])).toBe('low');
  });

  it('forgets turns that left the window', () => {
    const quiet = turn('buyer', 'none', []);
    expect(levelAfter([claim, story, quiet, quiet, quiet, quiet, step])).toBe('low');
  });

  it('never goes below the level of a turn in the window', () => {
    expect(levelAfter([turn('agent', 'medium', ['pressure']), turn('buyer', 'none', [])])).toBe('medium');
  });
});
