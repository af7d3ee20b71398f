import { fireEvent } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RiskDialog } from '../../src/ui/index.js';
import { contentWithLine } from '../support/content.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

const content = contentWithLine();

function openDialog(overrides: { coolingOffSeconds?: number } = {}) {
  const onStop = vi.fn();
  const onContinue = vi.fn();
  const view = renderInShadow(
    <RiskDialog
      content={content}
      t={t}
      kind="message"
      explanations={['asks for your SMS code']}
      onStop={onStop}
      onContinue={onContinue}
      {...overrides}
    />,
  );
  const dialog = view.getByRole('dialog', { name: t('dialog.title.message') });
  return { ...view, dialog, onStop, onContinue };
}

/** Let `ms` of the cooling-off pass, rendering what changed. */
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const continueButton = (view: ReturnType<typeof openDialog>) =>
  view.getAllByRole('button').find((b) => b.textContent?.startsWith(t('dialog.continue'))) as HTMLButtonElement;
const liveRegion = (view: ReturnType<typeof openDialog>) =>
  view.root.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('RiskDialog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens modal, names the danger and what a real refund looks like, with focus on "I\'ll stop"', () => {
    const view = openDialog();
    expect((view.dialog as HTMLDialogElement).open).toBe(true);
    expect(view.dialog.textContent).toContain(
      t('caution.seen', { subject: t('caution.subject.message'), what: 'asks for your SMS code' }),
    );
    for (const line of content.realRefund) expect(view.getByText(line)).toBeTruthy();
    expect(view.getByRole('link').getAttribute('href')).toBe('tel:96110');
    expect(view.root.activeElement).toBe(view.getByRole('button', { name: t('dialog.stop') }));
  });

  it('keeps Tab inside: forward from the last control to the first, backward from the first to the last', () => {
    const view = openDialog({ coolingOffSeconds: 0 });
    const stop = view.getByRole('button', { name: t('dialog.stop') });
    const call = view.getByRole('link');
    call.focus();
    fireEvent.keyDown(call, { key: 'Tab' });
    expect(view.root.activeElement).toBe(stop);
    fireEvent.keyDown(stop, { key: 'Tab', shiftKey: true });
    expect(view.root.activeElement).toBe(call);
  });

  it('stops on Esc and on "I\'ll stop", and never continues by itself', () => {
    const view = openDialog();
    fireEvent.keyDown(view.dialog, { key: 'Escape' });
    expect(view.onStop).toHaveBeenCalledTimes(1);
    fireEvent.click(view.getByRole('button', { name: t('dialog.stop') }));
    expect(view.onStop).toHaveBeenCalledTimes(2);
    expect(view.onContinue).not.toHaveBeenCalled();
  });

  it('gives focus back to where it was when it closes', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const view = openDialog();
    expect(document.activeElement).toBe(view.host);
    view.unmount();
    expect(document.activeElement).toBe(before);
    before.remove();
  });

  it('enables "Continue anyway" only after the cooling-off, counting down visibly and announcing twice', () => {
    const view = openDialog({ coolingOffSeconds: 3 });
    const button = continueButton(view);
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe(t('dialog.continueIn', { seconds: 3 }));
    const waiting = t('dialog.waitAnnounce', { seconds: 3 });
    expect(liveRegion(view)).toBe(waiting);
    fireEvent.click(button);
    expect(view.onContinue).not.toHaveBeenCalled();

    wait(1000);
    expect(button.textContent).toBe(t('dialog.continueIn', { seconds: 2 }));
    expect(liveRegion(view)).toBe(waiting);
    wait(1000);
    expect(button.disabled).toBe(true);
    expect(liveRegion(view)).toBe(waiting);

    wait(1000);
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe(t('dialog.continue'));
    expect(liveRegion(view)).toBe(t('dialog.readyAnnounce'));
    fireEvent.click(button);
    expect(view.onContinue).toHaveBeenCalledTimes(1);
  });

  it('waits 5 seconds by default and treats odd cooling-off values as none', () => {
    const view = openDialog();
    wait(4000);
    expect(continueButton(view).disabled).toBe(true);
    wait(1000);
    expect(continueButton(view).disabled).toBe(false);
    view.unmount();

    const odd = openDialog({ coolingOffSeconds: Number.NaN });
    expect(continueButton(odd).disabled).toBe(false);
  });
});
