import { useMutation } from '@apollo/client/react';
import { appointmentKindMessages, ErrorAlert, formatDateTime, WordingWarning, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, DateField, RadioGroup, Select, Stack, TextArea, useLocale, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './sessions.messages';
import { dayOfTalk, reportableTalks, reportKindOf, type SessionKind, type Talk } from './talk-of-report';

const WriteMutation = graphql(`
  mutation SessionReportForm_WriteMutation($input: WriteSessionReportInput!) {
    writeSessionReport(input: $input) {
      saved
      warnings {
        field
        term
      }
      report {
        id
        state
      }
    }
  }
`);

const REFLECTION_QUESTIONS = ['wentWell', 'wasHard', 'learned', 'nextTime'] as const;
type Reflection = Record<(typeof REFLECTION_QUESTIONS)[number], string>;
const NO_REFLECTION: Reflection = { wentWell: '', wasHard: '', learned: '', nextTime: '' };

/** A new report of a talk: the summary for the participants, a reflection talk's four answers, and the coach's own notes, kept apart. */
export interface SessionReportFormProps {
  caseId: string;
  /** Colleagues of the employee's department, for a dialogue talk. */
  colleagues: ReadonlyArray<{ userId: string; name: string }>;
  /** The case's appointments; the report is written of one of its talks. */
  talks: readonly Talk[];
  /** The talk to write of, when the form is opened from it. */
  talkId?: string;
  onSaved: () => void;
}

export function SessionReportForm({ caseId, colleagues, talks, talkId, onSaved }: SessionReportFormProps) {
  const t = useT(messages);
  const kindOfTalk = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const offered = reportableTalks(talks, new Date());
  const initial = offered.find((talk) => talk.id === talkId) ?? null;
  const [write, writing] = useMutation(WriteMutation);
  const [appointmentId, setAppointmentId] = useState(initial?.id ?? '');
  const [kind, setKind] = useState<SessionKind>((initial && reportKindOf(initial)) ?? 'REFLECTION');
  const [heldOn, setHeldOn] = useState(initial ? dayOfTalk(initial) : localToday());
  const [summary, setSummary] = useState('');
  const [reflection, setReflection] = useState<Reflection>(NO_REFLECTION);
  const [privateNotes, setPrivateNotes] = useState('');
  const [warned, setWarned] = useState(false);
  const [colleagueUserId, setColleagueUserId] = useState('');
  const [colleagueMissing, setColleagueMissing] = useState(false);
  const warnings = writing.data?.writeSessionReport.saved === false ? writing.data.writeSessionReport.warnings : [];
  const reflectionComplete = kind !== 'REFLECTION' || REFLECTION_QUESTIONS.every((question) => reflection[question].trim());

  const chooseTalk = (id: string) => {
    setAppointmentId(id);
    const talk = offered.find((candidate) => candidate.id === id);
    if (!talk) return;
    setKind(reportKindOf(talk) ?? kind);
    setHeldOn(dayOfTalk(talk));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === 'DIALOGUE' && !colleagueUserId) {
      setColleagueMissing(true);
      return;
    }
    const input = {
      caseId,
      kind,
      heldOn,
      summary,
      privateNotes,
      appointmentId: appointmentId || null,
      colleagueUserId: kind === 'DIALOGUE' ? colleagueUserId : null,
      reflection: kind === 'REFLECTION' ? reflection : null,
      acknowledgeHealthWording: warned,
    };
    const { data } = await write({ variables: { input } });
    if (data?.writeSessionReport.saved) {
      setSummary('');
      setReflection(NO_REFLECTION);
      setPrivateNotes('');
      setWarned(false);
      onSaved();
    } else {
      setWarned(true);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('write')}>
      <Stack gap="md">
        <Select
          label={t('talkField')}
          hint={offered.length === 0 ? t('noTalks') : t('talkHint')}
          placeholder={t('noTalk')}
          value={appointmentId}
          onChange={(event) => chooseTalk(event.target.value)}
          options={offered.map((talk) => ({
            value: talk.id,
            label: `${kindOfTalk(talk.kind as keyof typeof appointmentKindMessages)} · ${formatDateTime(talk.startsAt, locale)}`,
          }))}
        />
        <RadioGroup
          legend={t('kind')}
          hint={t('kindHint')}
          name="kind"
          value={kind}
          onChange={(value) => setKind(value as SessionKind)}
          options={[
            { value: 'REFLECTION', label: t('REFLECTION') },
            { value: 'DIALOGUE', label: t('DIALOGUE') },
            { value: 'THREE_WAY', label: t('THREE_WAY') },
          ]}
        />
        {kind === 'DIALOGUE' && (
          <Select
            label={t('colleague')}
            hint={colleagues.length === 0 ? t('noColleagues') : undefined}
            placeholder={t('colleagueMissing')}
            required
            value={colleagueUserId}
            onChange={(event) => {
              setColleagueUserId(event.target.value);
              setColleagueMissing(false);
            }}
            options={colleagues.map((colleague) => ({ value: colleague.userId, label: colleague.name }))}
            error={colleagueMissing ? t('colleagueMissing') : undefined}
          />
        )}
        <DateField label={t('heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} required />
        {kind === 'REFLECTION' && (
          <fieldset className="tk-fieldset">
            <legend>{t('reflection')}</legend>
            <p>{t('reflectionHint')}</p>
            <Stack gap="sm">
              {REFLECTION_QUESTIONS.map((question) => (
                <TextArea
                  key={question}
                  label={t(question)}
                  value={reflection[question]}
                  onChange={(event) => setReflection({ ...reflection, [question]: event.target.value })}
                  required
                  rows={2}
                  maxLength={5000}
                />
              ))}
            </Stack>
          </fieldset>
        )}
        <TextArea
          label={t('summary')}
          hint={t('summaryHint')}
          value={summary}
          onChange={(event) => {
            setSummary(event.target.value);
            setWarned(false);
          }}
          required
          maxLength={5000}
          showCount
        />
        <TextArea
          label={t('privateNotes')}
          hint={t('privateHint')}
          value={privateNotes}
          onChange={(event) => setPrivateNotes(event.target.value)}
          maxLength={5000}
        />
        <WordingWarning warnings={warnings} title={t('wordingTitle')} intro={t('wordingIntro')} />
        <ErrorAlert error={writing.error} />
        <Button type="submit" loading={writing.loading} disabled={!summary.trim() || !reflectionComplete}>
          {warned && warnings.length > 0 ? t('saveAnyway') : t('save')}
        </Button>
      </Stack>
    </form>
  );
}
