import { useMutation } from '@apollo/client/react';
import { ErrorAlert, instantOfLocal, localDateTime, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Card, Cluster, Stack, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { ConsultationTimeForm, type ConsultationTime, type Location } from './consultation-time-form';
import { messages } from './consultations.messages';

const SetStatusMutation = graphql(`
  mutation ConsultationActions_SetStatusMutation($input: SetAppointmentStatusInput!) {
    setAppointmentStatus(input: $input) {
      id
      status
      version
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation ConsultationActions_RescheduleMutation($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
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
        endsAt
        version
      }
    }
  }
`);

export interface Consultation {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  location: Location;
  version: number;
}

/** Held, no-show or cancelled once it is time; moved while it is still ahead. */
export function ConsultationActions({
  consultation,
  employeeName,
  label,
  onChanged,
}: {
  consultation: Consultation;
  employeeName: string;
  label: string;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const [setStatus, setting] = useMutation(SetStatusMutation);
  const [reschedule, rescheduling] = useMutation(RescheduleMutation);
  const [moving, setMoving] = useState(false);
  const started = Date.parse(consultation.startsAt) <= Date.now();
  const record = (status: 'HELD' | 'NO_SHOW' | 'CANCELLED') =>
    void resultOrNull(setStatus({ variables: { input: { id: consultation.id, expectedVersion: consultation.version, status } } })).then(onChanged);
  const move = async (time: ConsultationTime, despiteConflicts: boolean) => {
    const startsAt = instantOfLocal(time.date, time.time);
    const endsAt = new Date(Date.parse(startsAt) + time.minutes * 60_000).toISOString();
    const reply = await resultOrNull(
      reschedule({
        variables: { input: { id: consultation.id, expectedVersion: consultation.version, startsAt, endsAt, bookDespiteConflicts: despiteConflicts } },
      }),
    );
    if (reply?.data?.rescheduleAppointment.booked) {
      setMoving(false);
      onChanged();
    }
  };
  const local = localDateTime(consultation.startsAt);
  const minutes = Math.round((Date.parse(consultation.endsAt) - Date.parse(consultation.startsAt)) / 60_000);
  const refused = rescheduling.data?.rescheduleAppointment;
  const error = setting.error ?? rescheduling.error;

  if (consultation.status !== 'PLANNED') return <>—</>;
  return (
    <Stack gap="xs">
      <Cluster gap="xs" role="group" aria-label={label}>
        {started && (
          <>
            <Button size="small" onClick={() => record('HELD')} loading={setting.loading}>
              {t('held')}
            </Button>
            <Button size="small" variant="secondary" onClick={() => record('NO_SHOW')}>
              {t('noShow')}
            </Button>
          </>
        )}
        {!started && (
          <Button size="small" variant="secondary" onClick={() => setMoving((open) => !open)} aria-expanded={moving}>
            {t('move')}
          </Button>
        )}
        <Button size="small" variant="secondary" onClick={() => record('CANCELLED')}>
          {t('cancel')}
        </Button>
      </Cluster>
      {moving && (
        <Card headingLevel={4} title={t('moveTitle', { name: employeeName })} data-testid="move-consultation">
          <ConsultationTimeForm
            initial={{ date: local.date, time: local.time, minutes, location: consultation.location }}
            conflicts={refused && !refused.booked ? refused.conflicts : []}
            busy={rescheduling.loading}
            submitLabel={t('save')}
            withLocation={false}
            onSubmit={(time, despite) => void move(time, despite)}
          />
        </Card>
      )}
      <ErrorAlert error={error} conflict={t('conflict')} />
    </Stack>
  );
}
