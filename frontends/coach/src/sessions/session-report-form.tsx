import { useMutation } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, DateField, RadioGroup, Stack, TextArea, useT } from '@terugkeer/ui';
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

type Kind = 'REFLECTION' | 'THREE_WAY';

/** A new report: the summary for the participants and the coach's own notes, kept apart. */
export function SessionReportForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const t = useT(messages);
  const [write, writing] = useMutation(WriteMutation);
  const [kind, setKind] = useState<Kind>('REFLECTION');
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [summary, setSummary] = useState('');
  const [privateNotes, setPrivateNotes] = useState('');
  const [warned, setWarned] = useState(false);
  const warnings = writing.data?.writeSessionReport.saved === false ? writing.data.writeSessionReport.warnings : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await write({ variables: { input: { caseId, kind, heldOn, summary, privateNotes, acknowledgeHealthWording: warned } } });
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
            { value: 'THREE_WAY', label: t('THREE_WAY') },
          ]}
        />
        <DateField label={t('heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} required />
        <TextArea label={t('summary')} hint={t('summaryHint')} value={summary} onChange={(event) => { setSummary(event.target.value); setWarned(false); }} required maxLength={5000} showCount />
        <TextArea label={t('privateNotes')} hint={t('privateHint')} value={privateNotes} onChange={(event) => setPrivateNotes(event.target.value)} maxLength={5000} />
        {warnings.length > 0 && (
          <Alert tone="warning" title={t('wordingTitle')} data-testid="wording-warning">
            <p>{t('wordingIntro')}</p>
            <ul>
              {warnings.map((warning) => (
                <li key={`${warning.field}-${warning.term}`}>{warning.term}</li>
              ))}
            </ul>
          </Alert>
        )}
        {writing.error && <Alert tone="error">{writing.error.message}</Alert>}
        <Button type="submit" loading={writing.loading} disabled={!summary.trim()}>
          {warned && warnings.length > 0 ? t('saveAnyway') : t('save')}
        </Button>
      </Stack>
    </form>
  );
}
