import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Translate } from './translate.js';

/** Props of {@link LearnMore}. */
export interface LearnMoreProps {
  t: Translate;
  /** The details, hidden until the button is pressed. */
  children: ComponentChildren;
}

/** A disclosure: a button with `aria-expanded`/`aria-controls` and the panel it shows. */
export function LearnMore({ t, children }: LearnMoreProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" class="rg-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t(open ? 'ui.showLess' : 'ui.learnMore')}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </>
  );
}
