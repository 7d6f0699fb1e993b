import { useMutation } from '@apollo/client/react';
import { ErrorAlert, WordingWarning, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, DateField, RadioGroup, Select, Stack, TextArea, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './sessions.messages';

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

type Kind = 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';

/** A new report: the summary for the participants and the coach's own notes, kept apart. */
export interface SessionReportFormProps {
  caseId: string;
  /** Colleagues of the employee's department, for a dialogue talk. */
  colleagues: ReadonlyArray<{ userId: string; name: string }>;
  onSaved: () => void;
}

export function SessionReportForm({ caseId, colleagues, onSaved }: SessionReportFormProps) {
  const t = useT(messages);
  const [write, writing] = useMutation(WriteMutation);
  const [kind, setKind] = useState<Kind>('REFLECTION');
  const [heldOn, setHeldOn] = useState(localToday);
  const [summary, setSummary] = useState('');
  const [privateNotes, setPrivateNotes] = useState('');
  const [warned, setWarned] = useState(false);
  const [colleagueUserId, setColleagueUserId] = useState('');
  const [colleagueMissing, setColleagueMissing] = useState(false);
  const warnings = writing.data?.writeSessionReport.saved === false ? writing.data.writeSessionReport.warnings : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === 'DIALOGUE' && !colleagueUserId) {
      setColleagueMissing(true);
      return;
    }
    const colleague = kind === 'DIALOGUE' ? colleagueUserId : null;
    const { data } = await write({
      variables: { input: { caseId, kind, heldOn, summary, privateNotes, colleagueUserId: colleague, acknowledgeHealthWording: warned } },
    });
    if (data?.writeSessionReport.saved) {
      setSummary('');
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
        <RadioGroup
          legend={t('kind')}
          hint={t('kindHint')}
          name="kind"
          value={kind}
          onChange={(value) => setKind(value as Kind)}
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
        <Button type="submit" loading={writing.loading} disabled={!summary.trim()}>
          {warned && warnings.length > 0 ? t('saveAnyway') : t('save')}
        </Button>
      </Stack>
    </form>
  );
}
