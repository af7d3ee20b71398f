import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Reminder, type ReminderVariant, SELF_CHECK_QUESTIONS, type SelfCheckVerdict } from '../../src/ui/index.js';
import { contentWithLine } from '../support/content.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

const total = SELF_CHECK_QUESTIONS.length;

/** A reminder with "Learn more" open, and the self-check's disclosure button in it. */
function openLearnMore(variant: ReminderVariant = 'card') {
  const onSelfCheck = vi.fn<(verdict: SelfCheckVerdict) => void>();
  const view = renderInShadow(
    <Reminder content={contentWithLine('order-status')} t={t} variant={variant} onSelfCheck={onSelfCheck} />,
  );
  fireEvent.click(view.getByRole('button', { name: t('ui.learnMore') }));
  const button = view.getByRole('button', { name: t('ui.selfCheck') });
  const panel = view.root.getElementById(button.getAttribute('aria-controls') ?? '');
  const answer = (yes: boolean) =>
    fireEvent.click(view.getByRole('button', { name: t(yes ? 'selfcheck.yes' : 'selfcheck.no') }));
  return { ...view, button, panel, answer, onSelfCheck };
}

describe('the self-check in a reminder', () => {
  it('waits behind "Learn more", off the first screen, in every variant', () => {
    for (const variant of ['card', 'banner', 'toast'] as const) {
      const view = renderInShadow(<Reminder content={contentWithLine()} t={t} variant={variant} />);
      expect(view.queryByRole('button', { name: t('ui.selfCheck') })).toBeNull();
      fireEvent.click(view.getByRole('button', { name: t('ui.learnMore') }));
      expect(view.getByRole('button', { name: t('ui.selfCheck') })).toBeTruthy();
      view.unmount();
    }
  });

  it('opens in place as a disclosure, moving focus to the first question, and closes again', () => {
    for (const variant of ['card', 'banner', 'toast'] as const) {
      const view = openLearnMore(variant);
      expect(view.button.getAttribute('aria-expanded')).toBe('false');
      expect(view.panel?.hidden).toBe(true);
      expect(view.queryByRole('group')).toBeNull();

      fireEvent.click(view.button);
      expect(view.button.getAttribute('aria-expanded')).toBe('true');
      expect(view.panel?.hidden).toBe(false);
      const region = view.getByRole('region', { name: t('selfcheck.title') });
      expect(view.panel?.contains(region)).toBe(true);
      const legend = view.getByRole('group').querySelector('legend');
      expect(legend?.textContent).toContain(t('selfcheck.progress', { n: 1, total }));
      expect(legend?.textContent).toContain(t('selfcheck.q.knowsOrder'));
      expect(view.root.activeElement).toBe(legend);

      fireEvent.click(view.button);
      expect(view.button.getAttribute('aria-expanded')).toBe('false');
      expect(view.panel?.hidden).toBe(true);
      expect(view.queryByRole('region', { name: t('selfcheck.title') })).toBeNull();
      view.unmount();
    }
  });

  const paths: [SelfCheckVerdict, boolean[]][] = [
    ['clear', SELF_CHECK_QUESTIONS.map(() => false)],
    ['caution', SELF_CHECK_QUESTIONS.map((_, i) => i === 0)],
    ['scam', [false, false, false, true]],
  ];
  for (const [verdict, answers] of paths) {
    it(`reaches the ${verdict} verdict, focuses it and reports it once`, () => {
      const view = openLearnMore();
      fireEvent.click(view.button);
      answers.forEach((yes, i) => {
        const legend = view.getByRole('group').querySelector('legend');
        expect(view.root.activeElement).toBe(legend);
        expect(legend?.textContent).toContain(t('selfcheck.progress', { n: i + 1, total }));
        view.answer(yes);
      });
      const heading = view.getByRole('heading', { name: t(`selfcheck.verdict.${verdict}`) });
      expect(view.root.activeElement).toBe(heading);
      expect(view.getByText(t(`selfcheck.verdict.${verdict}Body`))).toBeTruthy();
      expect(view.onSelfCheck.mock.calls).toEqual([[verdict]]);
    });
  }

  it('starts again from the first question after "Start again"', () => {
    const view = openLearnMore();
    fireEvent.click(view.button);
    view.answer(false);
    view.answer(false);
    view.answer(false);
    view.answer(true);
    fireEvent.click(view.getByRole('button', { name: t('selfcheck.restart') }));
    const legend = view.getByRole('group').querySelector('legend');
    expect(legend?.textContent).toContain(t('selfcheck.progress', { n: 1, total }));
    expect(view.root.activeElement).toBe(legend);
    expect(view.onSelfCheck.mock.calls).toEqual([['scam']]);
  });
});
