import { createTranslator } from '@refundguard/core';
import type { Translate } from '../../src/ui/index.js';

/** The English translator, with the same platform name as the test content; tests read expected text through it. */
export const t: Translate = createTranslator('en', { platform: { name: 'Example Mall' } });
