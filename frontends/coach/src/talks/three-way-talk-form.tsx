import { useMutation } from '@apollo/client/react';
import {
  appointmentLocationMessages,
  BookAppointmentMutation,
  BookingConflicts,
  ErrorAlert,
  instantOfLocal,
  localToday,
  resultOrNull,
  useErrorText,
} from '@terugkeer/frontend-kit';
import { Alert, Button, Card, Cluster, DateField, Select, Stack, TextField, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './talks.messages';

type Location = 'OFFICE' | 'HOME' | 'NEUTRAL_PLACE' | 'ONLINE';
type Purpose = 'INFORM' | 'THINK_ALONG' | 'EVALUATE';
const SHOWN_FIELDS = ['startsAt', 'endsAt'];

/** Books a three-way talk for employee, manager and coach; a busy participant is shown, booking anyway is a choice. */
export function ThreeWayTalkForm({ caseId, participantUserIds, onBooked }: { caseId: string; participantUserIds: string[]; onBooked: () => void }) {
  const t = useT(messages);
  const { fieldErrors } = useErrorText();
  const place = useT(appointmentLocationMessages);
  const [date, setDate] = useState(localToday);
  const [time, setTime] = useState('14:00');
  const [minutes, setMinutes] = useState('60');
  const [location, setLocation] = useState<Location>('NEUTRAL_PLACE');
  const [purpose, setPurpose] = useState<Purpose>('THINK_ALONG');
  const [tried, setTried] = useState(false);
  const [book, booking] = useMutation(BookAppointmentMutation);
  const result = booking.data?.bookAppointment;
  const server = fieldErrors(booking.error);

  const send = async (bookDespiteConflicts: boolean) => {
    setTried(true);
    if (!date || !time) return;
    const startsAt = instantOfLocal(date, time);
    const endsAt = new Date(Date.parse(startsAt) + Number(minutes) * 60_000).toISOString();
    const input = { caseId, kind: 'THREE_WAY_TALK' as const, startsAt, endsAt, location, purpose, participantUserIds, bookDespiteConflicts };
    const reply = await resultOrNull(book({ variables: { input } }));
    if (reply?.data?.bookAppointment.booked) onBooked();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  return (
    <Card title={t('plan')} data-testid="three-way-form">
      <form onSubmit={submit} noValidate>
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
              options={['30', '45', '60', '90'].map((value) => ({ value, label: t('minutes', { count: value }) }))}
            />
          </Cluster>
          <Cluster gap="md" align="end">
            <Select
              label={t('location')}
              value={location}
              onChange={(event) => setLocation(event.target.value as Location)}
              options={(['OFFICE', 'NEUTRAL_PLACE', 'ONLINE', 'HOME'] as const).map((value) => ({ value, label: place(value) }))}
            />
            <Select
              label={t('purpose')}
              value={purpose}
              onChange={(event) => setPurpose(event.target.value as Purpose)}
              options={(['INFORM', 'THINK_ALONG', 'EVALUATE'] as const).map((value) => ({ value, label: t(value) }))}
            />
          </Cluster>
          <BookingConflicts conflicts={result && !result.booked ? result.conflicts : []} data-testid="booking-conflicts" />
          {result?.booked && <Alert tone="success">{t('booked')}</Alert>}
          <ErrorAlert error={booking.error} shownFields={SHOWN_FIELDS} />
          <Cluster gap="sm">
            <Button type="submit" loading={booking.loading}>
              {t('book')}
            </Button>
            {result && !result.booked && result.conflicts.length > 0 && (
              <Button variant="secondary" onClick={() => void send(true)}>
                {t('bookAnyway')}
              </Button>
            )}
          </Cluster>
        </Stack>
      </form>
    </Card>
  );
}
