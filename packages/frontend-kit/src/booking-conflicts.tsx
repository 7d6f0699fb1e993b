import { graphql } from '@terugkeer/graphql-client';
import { Alert, createMessages, useLocale, useT } from '@terugkeer/ui';
import { formatDateTime } from './format-date-time';

/** Books an appointment, or answers with who is busy then unless `bookDespiteConflicts`. */
export const BookAppointmentMutation = graphql(`
  mutation BookingConflicts_BookAppointmentMutation($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      booked
      conflicts {
        userId
        name
        startsAt
        endsAt
      }
      appointment {
        id
        startsAt
      }
    }
  }
`);

const messages = createMessages({
  title: { nl: 'Niet ingepland: niet iedereen kan dan.', en: 'Not booked: not everyone is free then.' },
  line: { nl: '{name} heeft al een afspraak van {from} tot {to}.', en: '{name} already has an appointment from {from} to {to}.' },
});

export interface BookingConflict {
  userId: string;
  name: string;
  startsAt: string;
  endsAt: string;
}

/** Who is busy at the chosen time, as the booking services report it before booking anyway. */
export function BookingConflicts({ conflicts, ...rest }: { conflicts: readonly BookingConflict[]; 'data-testid'?: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  if (conflicts.length === 0) return null;
  return (
    <Alert tone="warning" title={t('title')} {...rest}>
      <ul>
        {conflicts.map((conflict) => (
          <li key={`${conflict.userId}-${conflict.startsAt}`}>
            {t('line', { name: conflict.name, from: formatDateTime(conflict.startsAt, locale), to: formatDateTime(conflict.endsAt, locale) })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
