import { useMutation } from '@apollo/client/react';
import { appointmentKindMessages, formatDateTime, ErrorAlert, localDateTime, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, DateField, Stack, TextField, useLocale, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './programme.messages';

const SetStatusMutation = graphql(`
  mutation SessionAttendance_SetAppointmentStatusMutation($input: SetAppointmentStatusInput!) {
    setAppointmentStatus(input: $input) {
      id
      status
      version
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation SessionAttendance_RescheduleSessionMutation($input: RescheduleSessionInput!) {
    rescheduleProgrammeSession(input: $input) {
      ok
      reason
      appointment {
        id
        startsAt
        endsAt
        version
      }
    }
  }
`);

const REASONS = ['OUTSIDE_WEEK', 'OUTSIDE_WORKING_HOURS', 'HOLIDAY', 'CONFLICT', 'NOT_AN_ACTIVE_PROGRAMME_SESSION'] as const;

export interface ProgrammeSession {
  id: string;
  kind:
    | 'REFLECTION_TALK'
    | 'DIALOGUE_TALK'
    | 'THREE_WAY_TALK'
    | 'COMPANY_DOCTOR_CONSULT'
    | 'ACTION_PLAN_EVALUATION'
    | 'CONTACT_MOMENT'
    | 'PROBLEM_ANALYSIS_CONSULT'
    | 'EXTRA_TALK';
  startsAt: string;
  status: string;
  version: number;
  programmeWeek?: number | null;
}

/** Buttons to record whether a talk took place; a conflict refetches instead of overwriting. */
export function AttendanceButtons({ session, onChanged }: { session: ProgrammeSession; onChanged: () => void }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const [setStatus, setting] = useMutation(SetStatusMutation);
  const record = (status: 'HELD' | 'NO_SHOW' | 'CANCELLED') =>
    void resultOrNull(setStatus({ variables: { input: { id: session.id, expectedVersion: session.version, status } } })).then(onChanged);
  return (
    <Stack gap="xs">
      <Cluster gap="xs" role="group" aria-label={t('recordFor', { what: kind(session.kind), when: formatDateTime(session.startsAt, locale) })}>
        <Button size="small" loading={setting.loading} onClick={() => record('HELD')}>
          {t('markHeld')}
        </Button>
        <Button size="small" variant="secondary" onClick={() => record('NO_SHOW')}>
          {t('markNoShow')}
        </Button>
        <Button size="small" variant="secondary" onClick={() => record('CANCELLED')}>
          {t('markCancelled')}
        </Button>
      </Cluster>
      <ErrorAlert error={setting.error} conflict={t('conflict')} />
    </Stack>
  );
}

/** Moves one talk within its programme week; the service keeps the others in their pattern. */
export function MoveSessionForm({ session, week, onDone }: { session: ProgrammeSession; week: number; onDone: (moved: boolean) => void }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const current = localDateTime(session.startsAt);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const [reschedule, rescheduling] = useMutation(RescheduleMutation);
  const refusal = rescheduling.data?.rescheduleProgrammeSession.ok === false ? (rescheduling.data.rescheduleProgrammeSession.reason ?? '') : null;
  const refused = refusal !== null && ((REASONS as readonly string[]).includes(refusal) ? t(refusal as (typeof REASONS)[number]) : refusal);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await resultOrNull(
      reschedule({ variables: { input: { appointmentId: session.id, expectedVersion: session.version, newStart: `${date}T${time}` } } }),
    );
    if (result?.data?.rescheduleProgrammeSession.ok) onDone(true);
  };

  return (
    <Card title={t('moveTitle', { what: kind(session.kind), number: week })} headingLevel={4} data-testid="move-session">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Cluster gap="md" align="end">
            <DateField label={t('newDate')} required value={date} onChange={(event) => setDate(event.target.value)} />
            <TextField label={t('newTime')} required inputMode="numeric" maxLength={5} value={time} onChange={(event) => setTime(event.target.value)} />
          </Cluster>
          {refused && <Alert tone="warning">{t('notMoved', { reason: refused })}</Alert>}
          <ErrorAlert error={rescheduling.error} conflict={t('conflict')} />
          <Cluster gap="sm">
            <Button type="submit" loading={rescheduling.loading}>
              {t('moveSave')}
            </Button>
            <Button variant="secondary" onClick={() => onDone(false)}>
              {t('cancel')}
            </Button>
          </Cluster>
        </Stack>
      </form>
    </Card>
  );
}
