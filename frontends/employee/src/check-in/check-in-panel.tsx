import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  ErrorState,
  formatDate,
  LineChart,
  LoadingState,
  Page,
  ScaleInput,
  Section,
  Stack,
  TextArea,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { useOwnCase } from '../workspace/own-case';
import { DipNotice } from './dip-notice';
import { AskExtraTalk, TalkRequestState } from './extra-talk';
import { messages } from './check-in.messages';

const CheckInPanelQuery = graphql(`
  query CheckInPanel_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      relapsePreventionPlan {
        id
        latest {
          number
          signals {
            id
            description
          }
        }
      }
      checkInTrend {
        weekStart
        energy
        demands
        resources
        mood
        sleep
      }
      talkRequests {
        id
        state
        requestedAt
        appointment {
          id
          startsAt
        }
      }
    }
  }
`);

const RecordCheckInMutation = graphql(`
  mutation CheckInPanel_RecordCheckInMutation($input: RecordCheckInInput!) {
    recordCheckIn(input: $input) {
      checkIn {
        id
      }
      dip {
        isDip
        reasons
        demands
        resources
        energyBaseline
        actions
        asks
        relapsePlanVersion
      }
    }
  }
`);

const SCALES = ['energy', 'mood', 'sleep', 'demands', 'autonomy', 'recognition', 'socialSupport'] as const;
type Scale = (typeof SCALES)[number];

/** The ends of each scale in words that fit its question: "1: heel somber" for mood, not "1: heel weinig". */
const SCALE_ENDS: Partial<Record<Scale, readonly ['moodLow' | 'sleepLow', 'moodHigh' | 'sleepHigh']>> = {
  mood: ['moodLow', 'moodHigh'],
  sleep: ['sleepLow', 'sleepHigh'],
};

const EMPTY_SCORES: Record<Scale, number | null> = {
  energy: null,
  mood: null,
  sleep: null,
  demands: null,
  autonomy: null,
  recognition: null,
  socialSupport: null,
};

/** The weekly check-in; a dip leads to the employee's own relapse-prevention plan and to asking the coach for an extra talk. */
export function CheckInPanel({ onOpenPlans }: { onOpenPlans: () => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(CheckInPanelQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  const [record, recording] = useMutation(RecordCheckInMutation);
  const [scores, setScores] = useState<Record<Scale, number | null>>(EMPTY_SCORES);
  const [signalIds, setSignalIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [need, setNeed] = useState('');

  if (own.loading || loading) return <LoadingState label={t('loading')} />;
  if (own.error || error) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  if (!own.caseId || !data?.case) return <EmptyState title={t('noCase')} />;
  const caseId = data.case.id;

  const complete = SCALES.every((scale) => scores[scale] !== null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    const { data: saved } = await record({
      variables: { input: { caseId, ...(scores as Record<Scale, number>), signalIds, privateNote: note || null, need: need || null } },
    });
    if (saved?.recordCheckIn.checkIn) {
      // A saved check-in leaves an empty form, so nothing invites sending the same one twice.
      setScores(EMPTY_SCORES);
      setSignalIds([]);
      setNote('');
      setNeed('');
    }
    await refetch();
  };
  const signals = data.case.relapsePreventionPlan?.latest.signals ?? [];
  const trend = data.case.checkInTrend ?? [];
  const result = recording.data?.recordCheckIn;
  const [latestRequest] = data.case.talkRequests ?? [];
  const waiting = latestRequest?.state === 'REQUESTED' ? latestRequest : null;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-check-in">
      <form onSubmit={(event) => void submit(event)} aria-describedby="check-in-intro">
        <Stack gap="md">
          {SCALES.map((scale) => (
            <ScaleInput
              key={scale}
              name={scale}
              legend={t(scale)}
              minLabel={t(SCALE_ENDS[scale]?.[0] ?? 'low')}
              maxLabel={t(SCALE_ENDS[scale]?.[1] ?? 'high')}
              value={scores[scale]}
              onChange={(value) => setScores((current) => ({ ...current, [scale]: value }))}
              required
            />
          ))}
          <fieldset className="tk-fieldset">
            <legend>{t('signals')}</legend>
            {signals.length === 0 && <p>{t('noSignals')}</p>}
            {signals.map((signal) => (
              <Checkbox
                key={signal.id}
                label={signal.description}
                checked={signalIds.includes(signal.id)}
                onChange={(event) => setSignalIds((ids) => (event.target.checked ? [...ids, signal.id] : ids.filter((id) => id !== signal.id)))}
              />
            ))}
          </fieldset>
          <TextArea label={t('need')} hint={t('needHint')} value={need} onChange={(event) => setNeed(event.target.value)} maxLength={1000} />
          <TextArea label={t('note')} hint={t('noteHint')} value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} />
          <Button type="submit" disabled={!complete} loading={recording.loading}>
            {t('submit')}
          </Button>
        </Stack>
      </form>
      <ErrorAlert error={recording.error} />
      {result &&
        (result.dip.isDip ? (
          <DipNotice dip={result.dip} onOpenPlan={onOpenPlans}>
            <AskExtraTalk caseId={caseId} waiting={waiting} onRequested={() => void refetch()} />
          </DipNotice>
        ) : (
          <Alert tone="success">{t('savedOn', { date: formatDate(localToday(), locale) })}</Alert>
        ))}
      {latestRequest && !result?.dip.isDip && (
        <Section title={t('extraTalk')}>
          <TalkRequestState request={latestRequest} />
        </Section>
      )}
      {trend.length > 0 && (
        <Section title={t('trend')}>
          <LineChart
            title={t('trend')}
            description={t('trendDescription')}
            xLabel={t('week')}
            labels={trend.map((week) => formatDate(week.weekStart, locale))}
            yDomain={[1, 10]}
            series={[
              { id: 'energy', label: t('seriesEnergy'), values: trend.map((week) => week.energy) },
              { id: 'demands', label: t('seriesDemands'), values: trend.map((week) => week.demands) },
              { id: 'resources', label: t('seriesResources'), values: trend.map((week) => week.resources) },
            ]}
            band={{ above: 'demands', below: 'resources', label: t('band') }}
          />
          {trend.some((week) => week.mood !== null || week.sleep !== null) && (
            <LineChart
              title={t('moodSleepTrend')}
              description={t('moodSleepDescription')}
              xLabel={t('week')}
              labels={trend.map((week) => formatDate(week.weekStart, locale))}
              yDomain={[1, 10]}
              series={[
                { id: 'mood', label: t('seriesMood'), values: trend.map((week) => week.mood ?? null) },
                { id: 'sleep', label: t('seriesSleep'), values: trend.map((week) => week.sleep ?? null) },
              ]}
            />
          )}
        </Section>
      )}
    </Page>
  );
}
