import { interpolate as fill, type Locale, type Messages } from '@terugkeer/ui';
import type { AccessLogLine } from './access-log';
import { actionMessages, actorMessages, dataMessages } from './access-log.messages';

/** The message for a code the server sends, or undefined for one this build does not know yet. */
const wordFor = (messages: Messages, code: string, locale: Locale): string | undefined => (Object.hasOwn(messages, code) ? messages[code][locale] : undefined);

/** "Eva Bakker, bedrijfsarts, bekeek de medische aantekeningen (3 keer)"; unknown codes are shown as they are rather than hidden. */
export function accessLogSentence(line: AccessLogLine, locale: Locale): string {
  const role = wordFor(actorMessages, line.actorRole, locale) ?? line.actorRole.toLowerCase();
  const who =
    line.actorRole === 'SYSTEM'
      ? actorMessages.system[locale]
      : line.actorName
        ? fill(actorMessages.withRole[locale], { name: line.actorName, role })
        : actorMessages.unknown[locale];
  const data = wordFor(dataMessages, line.dataClass, locale) ?? fill(dataMessages.other[locale], { code: line.dataClass });
  const action = wordFor(actionMessages, line.action, locale);
  const sentence = action ? fill(action, { who, data }) : fill(actionMessages.other[locale], { who, action: line.action.toLowerCase(), data });
  return line.count > 1 ? `${sentence} ${fill(actionMessages.times[locale], { count: line.count })}` : sentence;
}
