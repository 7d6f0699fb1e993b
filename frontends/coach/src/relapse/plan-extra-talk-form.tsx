import { useMutation } from '@apollo/client/react';
import { appointmentLocationMessages, BookingConflicts, ErrorAlert, instantOfLocal, localToday, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Cluster, DateField, Select, Stack, TextField, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './relapse.messages';

const PlanExtraTalkMutation = graphql(`
  mutation PlanExtraTalkForm_PlanExtraTalkMutation($input: PlanExtraTalkInput!) {
    planExtraTalk(input: $input) {
      planned
      request {
        id
        state
      }
      conflicts {
        userId
        name
        startsAt
        endsAt
      }
    }
  }
`);

type Location = 'OFFICE' | 'HOME' | 'NEUTRAL_PLACE' | 'ONLINE';
const SHOWN_FIELDS = ['startsAt', 'endsAt'];

/** The coach books the requested extra talk with the employee; a busy participant is shown, planning anyway is a choice. */
export function PlanExtraTalkForm({ requestId, onPlanned }: { requestId: string; onPlanned: () => void }) {
  const t = useT(messages);
  const place = useT(appointmentLocationMessages);
  const { fieldErrors } = useErrorText();
  const [date, setDate] = useState(localToday);
  const [time, setTime] = useState('10:00');
  const [minutes, setMinutes] = useState('45');
  const [location, setLocation] = useState<Location>('ONLINE');
  const [tried, setTried] = useState(false);
  const [plan, planning] = useMutation(PlanExtraTalkMutation);
  const result = planning.data?.planExtraTalk;
  const server = fieldErrors(planning.error);

  const send = async (bookDespiteConflicts: boolean) => {
    setTried(true);
    if (!date || !time) return;
    const startsAt = instantOfLocal(date, time);
    const endsAt = new Date(Date.parse(startsAt) + Number(minutes) * 60_000).toISOString();
    const reply = await resultOrNull(plan({ variables: { input: { requestId, startsAt, endsAt, location, bookDespiteConflicts } } }));
    if (reply?.data?.planExtraTalk.planned) onPlanned();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('plan')} data-testid="plan-extra-talk">
      <Stack gap="md">
        <Cluster gap="md" align="end">
          <DateField
            label={t('date')}
            required
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={(tried && !date && t('required')) || server.startsAt}
          />
          <TextField
            label={t('time')}
            hint={t('timeHint')}
            required
            inputMode="numeric"
            maxLength={5}
            value={time}
            onChange={(event) => setTime(event.target.value)}
            error={(tried && !time && t('required')) || undefined}
          />
          <Select
            label={t('duration')}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            options={['30', '45', '60'].map((value) => ({ value, label: t('minutes', { count: value }) }))}
          />
          <Select
            label={t('location')}
            value={location}
            onChange={(event) => setLocation(event.target.value as Location)}
            options={(['ONLINE', 'OFFICE', 'NEUTRAL_PLACE', 'HOME'] as const).map((value) => ({ value, label: place(value) }))}
          />
        </Cluster>
        <BookingConflicts conflicts={result && !result.planned ? result.conflicts : []} />
        {result?.planned && <Alert tone="success">{t('booked')}</Alert>}
        <ErrorAlert error={planning.error} shownFields={SHOWN_FIELDS} />
        <Cluster gap="sm">
          <Button type="submit" loading={planning.loading}>
            {t('book')}
          </Button>
          {result && !result.planned && result.conflicts.length > 0 && (
            <Button variant="secondary" onClick={() => void send(true)}>
              {t('bookAnyway')}
            </Button>
          )}
        </Cluster>
      </Stack>
    </form>
  );
}
