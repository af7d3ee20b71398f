import type { HelpLine, ScenarioContent } from '@refundguard/core';
import type { ReminderTranslate } from './translate.js';

/** Props of {@link HelpLines}. */
export interface HelpLinesProps {
  /** `content.help`: title, the lines for the buyer's region and the platform, and the fallback. */
  help: ScenarioContent['help'];
  t: ReminderTranslate;
  /** Called when the buyer taps a line (the guard emits `helpline_clicked`). The call itself still happens. */
  onCall?: (line: HelpLine) => void;
}

/** Tap-to-call links to the help lines, each with its note (96110: answer when it calls); the fallback sentence when the region has none. */
export function HelpLines({ help, t, onCall }: HelpLinesProps) {
  return (
    <>
      <h3>{help.title}</h3>
      {help.lines.length ? (
        <ul class="rg-calls">
          {help.lines.map((line) => (
            <li key={line.href}>
              <a class="rg-call" href={line.href} onClick={() => onCall?.(line)}>
                {t('help.call', { label: line.label, number: line.number })}
              </a>
              {line.note && <p>{line.note}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{help.fallback}</p>
      )}
    </>
  );
}
