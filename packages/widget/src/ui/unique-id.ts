import { useState } from 'preact/hooks';

let made = 0;

/**
 * An id for `aria-labelledby` and `aria-controls`, unique on the page and stable for the component's life.
 * Preact's `useId` also keeps ids stable between server and client renders, which a reminder drawn only in the
 * browser does not need; this one leaves its code out of refundguard.js.
 */
export const useUniqueId = (): string => useState(() => `rg${++made}`)[0];
