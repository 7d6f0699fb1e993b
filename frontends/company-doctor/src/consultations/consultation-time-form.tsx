import { appointmentLocationMessages, BookingConflicts, type BookingConflict } from '@terugkeer/frontend-kit';
import { Button, Cluster, DateField, Select, Stack, TextField, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './consultations.messages';

export type Location = 'OFFICE' | 'HOME' | 'NEUTRAL_PLACE' | 'ONLINE';

export interface ConsultationTime {
  date: string;
  time: string;
  minutes: number;
  location: Location;
}

interface ConsultationTimeFormProps {
  initial: ConsultationTime;
  conflicts: readonly BookingConflict[];
  busy: boolean;
  submitLabel: string;
  /** False books only when everyone is free; true books anyway, after the doctor saw who is busy. */
  onSubmit: (time: ConsultationTime, despiteConflicts: boolean) => void;
  /** Location is chosen when booking; a move keeps it. */
  withLocation?: boolean;
}

/** Date, time, duration (and place) of a consultation, with who is busy shown before booking anyway. */
export function ConsultationTimeForm({ initial, conflicts, busy, submitLabel, onSubmit, withLocation = true }: ConsultationTimeFormProps) {
  const t = useT(messages);
  const place = useT(appointmentLocationMessages);
  const [value, setValue] = useState(initial);
  const [tried, setTried] = useState(false);
  const change = (patch: Partial<ConsultationTime>) => setValue((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (value.date && value.time) onSubmit(value, false);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Cluster gap="md" align="end">
          <DateField
            label={t('date')}
            required
            value={value.date}
            onChange={(event) => change({ date: event.target.value })}
            error={tried && !value.date ? t('required') : undefined}
          />
          <TextField
            label={t('time')}
            hint={t('timeHint')}
            required
            inputMode="numeric"
            maxLength={5}
            value={value.time}
            onChange={(event) => change({ time: event.target.value })}
            error={tried && !value.time ? t('required') : undefined}
          />
          <Select
            label={t('duration')}
            value={String(value.minutes)}
            onChange={(event) => change({ minutes: Number(event.target.value) })}
            options={[20, 30, 45, 60].map((m) => ({ value: String(m), label: t('minutes', { count: m }) }))}
          />
          {withLocation && (
            <Select
              label={t('location')}
              value={value.location}
              onChange={(event) => change({ location: event.target.value as Location })}
              options={(['OFFICE', 'ONLINE', 'NEUTRAL_PLACE', 'HOME'] as const).map((l) => ({ value: l, label: place(l) }))}
            />
          )}
        </Cluster>
        <BookingConflicts conflicts={conflicts} data-testid="consultation-conflicts" />
        <Cluster gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {conflicts.length > 0 && (
            <Button variant="secondary" onClick={() => onSubmit(value, true)}>
              {t('anyway')}
            </Button>
          )}
        </Cluster>
      </Stack>
    </form>
  );
}
