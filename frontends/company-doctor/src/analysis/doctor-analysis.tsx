import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  Heading,
  LoadingState,
  Page,
  Section,
  Select,
  Stack,
  TextArea,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './analysis.messages';
import { ProblemAnalysisForm } from './problem-analysis-form';

const DoctorAnalysisQuery = graphql(`
  query DoctorAnalysis_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            viewerRelationships
            employee {
              id
              name
            }
            capabilityProfile {
              version
              recordedOn
              possibilities
              limitations
              expectedDuration
              advice
              advisedBuildUp {
                maxHoursPerWeek
                maxIncreasePerWeek
              }
              employeeNeeds
            }
            medicalNotes {
              id
              text
            }
          }
        }
      }
    }
  }
`);

const AddNoteMutation = graphql(`
  mutation DoctorAnalysis_AddMedicalNoteMutation($input: AddMedicalNoteInput!) {
    addMedicalNote(input: $input) {
      id
    }
  }
`);

export function DoctorAnalysis({ caseId }: { caseId?: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(DoctorAnalysisQuery);
  const [addNote, adding] = useMutation(AddNoteMutation);
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const [savedFor, setSavedFor] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.viewerRelationships.includes('COMPANY_DOCTOR'));
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === (caseId ?? chosen)) ?? cases[0];
  const profile = current.capabilityProfile;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="doctor-analysis">
      {!caseId && (
        <Select
          label={t('caseField')}
          value={current.id}
          onChange={(event) => setChosen(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
      )}
      {savedFor === current.id && <Alert tone="success">{t('saved')}</Alert>}
      {profile ? (
        <Card title={t('current', { version: profile.version, date: formatDate(profile.recordedOn, locale) })} data-testid="capability-profile">
          <Heading>{t('possibilities')}</Heading>
          <ul>
            {profile.possibilities.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <Heading>{t('limitations')}</Heading>
          <ul>
            {profile.limitations.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {profile.expectedDuration && (
            <p>
              {t('expectedDuration')}: {profile.expectedDuration}
            </p>
          )}
          <p>
            {t('advice')}: {profile.advice}
          </p>
          {profile.advisedBuildUp && (
            <p>
              {t('advisedBuildUp')}:{' '}
              {[
                profile.advisedBuildUp.maxHoursPerWeek != null && t('advisedCeiling', { hours: formatNumber(profile.advisedBuildUp.maxHoursPerWeek, locale) }),
                profile.advisedBuildUp.maxIncreasePerWeek != null &&
                  t('advisedStep', { hours: formatNumber(profile.advisedBuildUp.maxIncreasePerWeek, locale) }),
              ]
                .filter(Boolean)
                .join('; ')}
            </p>
          )}
          {profile.employeeNeeds && (
            <p>
              {t('employeeNeeds')}: {profile.employeeNeeds}
            </p>
          )}
        </Card>
      ) : (
        <EmptyState title={t('none')} />
      )}
      <Section title={profile ? t('newVersion') : t('save')}>
        <ProblemAnalysisForm
          key={`${current.id}-${profile?.version ?? 0}`}
          caseId={current.id}
          currentVersion={profile?.version ?? 0}
          onSaved={() => {
            setSavedFor(current.id);
            void refetch();
          }}
        />
      </Section>
      <Section title={t('notes')}>
        <Stack gap="sm">
          {(current.medicalNotes ?? []).length === 0 ? <p>{t('noNotes')}</p> : (current.medicalNotes ?? []).map((n) => <p key={n.id}>{n.text}</p>)}
          <TextArea label={t('newNote')} value={note} onChange={(event) => setNote(event.target.value)} rows={3} />
          <Button
            variant="secondary"
            loading={adding.loading}
            disabled={!note.trim()}
            onClick={() =>
              void addNote({ variables: { input: { caseId: current.id, text: note } } }).then(() => {
                setNote('');
                return refetch();
              })
            }
          >
            {t('addNote')}
          </Button>
        </Stack>
      </Section>
    </Page>
  );
}
