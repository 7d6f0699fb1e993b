import { useMutation } from '@apollo/client/react';
import { appointmentLocationMessages, ErrorAlert, localToday, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Checkbox, Cluster, DateField, Fieldset, Select, Stack, TextField, useLocale, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { startMessages } from './start-programme.messages';

const StartProgrammeMutation = graphql(`
  mutation StartProgrammeForm_StartProgrammeMutation($input: StartProgrammeInput!) {
    startProgramme(input: $input) {
      id
      status
    }
  }
`);

const WORKDAYS = [1, 2, 3, 4, 5];
const SHOWN_FIELDS = ['startDate', 'reflectionWeekday', 'dialogueWeekdays', 'startTime', 'colleagueUserId'];
type Location = 'OFFICE' | 'HOME' | 'NEUTRAL_PLACE' | 'ONLINE';

/** A day of the week for each ISO number; 1 January 2024 was a Monday. */
const weekdayName = (day: number, locale: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

export interface StartProgrammeFormProps {
  caseId: string;
  colleagues: ReadonlyArray<{ userId: string; name: string }>;
  onStarted: () => void;
}

/** The coach starts the 8-week programme on fixed workdays, with a colleague for the dialogue talks. */
export function StartProgrammeForm({ caseId, colleagues, onStarted }: StartProgrammeFormProps) {
  const t = useT(startMessages);
  const { fieldErrors } = useErrorText();
  const place = useT(appointmentLocationMessages);
  const { locale } = useLocale();
  const [startDate, setStartDate] = useState(localToday);
  const [reflectionWeekday, setReflectionWeekday] = useState('1');
  const [dialogueWeekdays, setDialogueWeekdays] = useState<number[]>([2, 4]);
  const [startTime, setStartTime] = useState('09:00');
  const [location, setLocation] = useState<Location>('OFFICE');
  const [colleagueUserId, setColleagueUserId] = useState('');
  const [tried, setTried] = useState(false);
  const [start, starting] = useMutation(StartProgrammeMutation);
  const server = fieldErrors(starting.error);
  const daysWrong = dialogueWeekdays.length !== 2;

  const toggleDay = (day: number, on: boolean) => setDialogueWeekdays((days) => (on ? [...days, day].sort() : days.filter((d) => d !== day)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (daysWrong || !startDate || !startTime) return;
    const input = {
      caseId,
      startDate,
      reflectionWeekday: Number(reflectionWeekday),
      dialogueWeekdays,
      startTime,
      location,
      colleagueUserId: colleagueUserId || null,
    };
    const result = await resultOrNull(start({ variables: { input } }));
    if (result?.data) onStarted();
  };

  return (
    <Card title={t('title')} data-testid="start-programme">
      <p>{t('intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <DateField
            label={t('startDate')}
            hint={t('startDateHint')}
            required
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            error={(tried && !startDate && t('required')) || server.startDate}
          />
          <Select
            label={t('reflectionDay')}
            value={reflectionWeekday}
            onChange={(event) => setReflectionWeekday(event.target.value)}
            options={WORKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, locale) }))}
            error={server.reflectionWeekday}
          />
          <Fieldset legend={t('dialogueDays')}>
            <Cluster gap="md">
              {WORKDAYS.map((day) => (
                <Checkbox
                  key={day}
                  label={weekdayName(day, locale)}
                  checked={dialogueWeekdays.includes(day)}
                  onChange={(event) => toggleDay(day, event.target.checked)}
                />
              ))}
            </Cluster>
            {((tried && daysWrong) || server.dialogueWeekdays) && (
              <Alert tone="error">{tried && daysWrong ? t('dialogueDaysError') : server.dialogueWeekdays}</Alert>
            )}
          </Fieldset>
          <TextField
            label={t('startTime')}
            hint={t('startTimeHint')}
            required
            inputMode="numeric"
            maxLength={5}
            value={startTime}
            onChange={(event) => setStartTime(event.target.value)}
            error={(tried && !startTime && t('required')) || server.startTime}
          />
          <Select
            label={t('location')}
            value={location}
            onChange={(event) => setLocation(event.target.value as Location)}
            options={(['OFFICE', 'HOME', 'NEUTRAL_PLACE', 'ONLINE'] as const).map((value) => ({ value, label: place(value) }))}
          />
          <Select
            label={t('colleague')}
            hint={t('colleagueHint')}
            placeholder={t('noColleague')}
            value={colleagueUserId}
            onChange={(event) => setColleagueUserId(event.target.value)}
            options={colleagues.map((colleague) => ({ value: colleague.userId, label: colleague.name }))}
            error={server.colleagueUserId}
          />
          <ErrorAlert error={starting.error} shownFields={SHOWN_FIELDS} />
          <div>
            <Button type="submit" loading={starting.loading}>
              {t('start')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
