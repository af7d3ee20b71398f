import type { ScenarioContent } from '@refundguard/core';

export interface ReminderProps {
  content: ScenarioContent;
}

/** The calm reminder for a scenario: a labelled region that never takes focus. */
export function Reminder({ content }: ReminderProps) {
  return (
    <section class="rg-reminder" aria-label={content.title} lang={content.locale} dir={content.dir}>
      <p class="rg-title">{content.title}</p>
      <p class="rg-key">{content.keyMessage}</p>
      <p class="rg-short">{content.short}</p>
    </section>
  );
}
