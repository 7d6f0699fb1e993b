import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Card, formatDate, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { Fragment, type ReactNode } from 'react';
import { sessionSummaryMessages } from './session-summary.messages';

export const SessionSummaryFragment = graphql(`
  fragment SessionSummaryCard_SessionReport on SessionReport {
    id
    kind
    heldOn
    state
    summary
    reflection {
      wentWell
      wasHard
      learned
      nextTime
    }
  }
`);

const REFLECTION_QUESTIONS = ['wentWell', 'wasHard', 'learned', 'nextTime'] as const;

const TONE = { DRAFT: 'neutral', AWAITING_VALIDATION: 'warning', CHANGES_REQUESTED: 'warning', VALIDATED: 'info', RELEASED: 'success' } as const;

export interface SessionSummaryCardProps {
  report: FragmentType<ResultOf<typeof SessionSummaryFragment>>;
  /** Whose talk it was, where the reader sees several people's talks. */
  about?: string;
  /** Shows where the summary stands (draft, awaiting approval, released…). */
  showState?: boolean;
  /** What the reader can do with it, and what only this reader sees. */
  children?: ReactNode;
  'data-testid'?: string;
}

/** One talk's functional summary: which talk, when, what was agreed in work terms and, for a reflection talk, its four answers. */
export function SessionSummaryCard({ report, about, showState = false, children, 'data-testid': testId }: SessionSummaryCardProps) {
  const t = useT(sessionSummaryMessages);
  const { locale } = useLocale();
  const { data, complete } = useFragment({ fragment: SessionSummaryFragment, from: report });
  if (!complete) return null;
  const title = [about, t(data.kind), formatDate(data.heldOn, locale)].filter(Boolean).join(' · ');
  return (
    <Card title={title} data-testid={testId}>
      {showState && <StatusBadge tone={TONE[data.state]}>{t(data.state)}</StatusBadge>}
      <p>{data.summary}</p>
      {data.reflection && (
        <dl className="tk-facts" aria-label={t('reflection')}>
          {REFLECTION_QUESTIONS.map((question) => (
            <Fragment key={question}>
              <dt>{t(question)}</dt>
              <dd>{data.reflection?.[question]}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {children}
    </Card>
  );
}
