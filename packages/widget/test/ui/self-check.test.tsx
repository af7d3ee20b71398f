import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SELF_CHECK_QUESTIONS, SelfCheck, selfCheckVerdict } from '../../src/ui/index.js';
import { contentWithLine } from '../support/content.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

const content = contentWithLine();
const total = SELF_CHECK_QUESTIONS.length;

function start() {
  const onComplete = vi.fn();
  const view = renderInShadow(<SelfCheck content={content} t={t} onComplete={onComplete} />);
  const answer = (yes: boolean) =>
    fireEvent.click(view.getByRole('button', { name: t(yes ? 'selfcheck.yes' : 'selfcheck.no') }));
  const question = () => view.getByRole('group');
  return { ...view, answer, question, onComplete };
}

describe('SelfCheck', () => {
  it('asks one labelled yes/no question at a time, moving focus to each next question', () => {
    const view = start();
    expect(view.getByRole('region', { name: t('selfcheck.title') })).toBeTruthy();
    expect(view.question().textContent).toContain(t('selfcheck.progress', { n: 1, total }));
    expect(view.root.activeElement).toBeNull();
    view.answer(false);
    const legend = view.question().querySelector('legend');
    expect(legend?.textContent).toContain(t('selfcheck.progress', { n: 2, total }));
    expect(legend?.textContent).toContain(t('selfcheck.q.offersMoney'));
    expect(view.root.activeElement).toBe(legend);
  });

  it('answers "all no" with the clear verdict, focused', () => {
    const view = start();
    for (let i = 0; i < total; i++) view.answer(false);
    const verdict = view.getByRole('heading', { name: t('selfcheck.verdict.clear') });
    expect(view.root.activeElement).toBe(verdict);
    expect(view.getByText(t('selfcheck.verdict.clearBody'))).toBeTruthy();
    expect(view.onComplete).toHaveBeenCalledWith('clear');
  });

  it('answers a trap-only yes with caution and the next steps', () => {
    const view = start();
    view.answer(true); // knows the order
    for (let i = 1; i < total; i++) view.answer(false);
    expect(view.getByRole('heading', { name: t('selfcheck.verdict.caution') })).toBeTruthy();
    expect(view.getByText(t('selfcheck.next.contactPlatform'))).toBeTruthy();
    expect(view.getByRole('link').getAttribute('href')).toBe('tel:96110');
    expect(view.onComplete).toHaveBeenCalledWith('caution');
  });

  it.each(SELF_CHECK_QUESTIONS.flatMap((q, i) => (q.harmful ? [[q.key, i] as const] : [])))(
    'calls it a scam as soon as %s is answered yes, with what to do and what to do after a loss',
    (_key, index) => {
      const view = start();
      for (let i = 0; i < index; i++) view.answer(false);
      view.answer(true);
      const verdict = view.getByRole('heading', { name: t('selfcheck.verdict.scam') });
      expect(view.root.activeElement).toBe(verdict);
      expect(view.getByText(t('selfcheck.next.dontPay'))).toBeTruthy();
      expect(view.getByText(t('selfcheck.next.callHelp'))).toBeTruthy();
      expect(view.getByRole('heading', { name: content.afterLoss.title })).toBeTruthy();
      for (const step of content.afterLoss.steps) expect(view.getByText(step)).toBeTruthy();
      expect(view.getByRole('link').getAttribute('href')).toBe('tel:96110');
      expect(view.onComplete).toHaveBeenCalledExactlyOnceWith('scam');
    },
  );

  it('starts again from the first question, with focus on it', () => {
    const view = start();
    for (let i = 0; i < total; i++) view.answer(false);
    fireEvent.click(view.getByRole('button', { name: t('selfcheck.restart') }));
    const legend = view.question().querySelector('legend');
    expect(legend?.textContent).toContain(t('selfcheck.progress', { n: 1, total }));
    expect(view.root.activeElement).toBe(legend);
  });
});

describe('selfCheckVerdict', () => {
  it('waits for every answer unless a harmful action was confirmed', () => {
    expect(selfCheckVerdict([])).toBeNull();
    expect(selfCheckVerdict([true, true, true])).toBeNull();
    expect(selfCheckVerdict([false, false, false, true])).toBe('scam');
  });
});
