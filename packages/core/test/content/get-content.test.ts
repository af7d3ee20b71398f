import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/index.js';

describe('getContent', () => {
  it('names the platform from config in the key message', () => {
    const content = getContent('en', 'after-sales', { platform: { name: 'Taobao' } });
    expect(content.keyMessage).toContain('Taobao');
  });
});
