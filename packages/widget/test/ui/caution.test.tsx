import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Caution } from '../../src/ui/index.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

describe('Caution', () => {
  it('says in a sentence what was seen in the message or link', () => {
    const view = renderInShadow(<Caution t={t} explanations={['asks for your SMS code']} />);
    const region = view.getByRole('region', { name: t('caution.title') });
    const sentence = t('caution.seen', { subject: t('caution.subject.message'), what: 'asks for your SMS code' });
    expect(region.textContent).toContain(sentence);
    expect(region.textContent).toContain(t('caution.checkInApp'));

    view.rerender(<Caution t={t} subject="link" explanations={['imitates example.com']} />);
    expect(view.getByText(t('caution.seen', { subject: t('caution.subject.link'), what: 'imitates example.com' })));
    expect(view.root.activeElement).toBeNull();
  });

  it('can be dismissed', () => {
    const onDismiss = vi.fn();
    const view = renderInShadow(<Caution t={t} explanations={['asks you to pay a deposit']} onDismiss={onDismiss} />);
    fireEvent.click(view.getByRole('button', { name: t('ui.dismiss') }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
