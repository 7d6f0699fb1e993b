import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Card, Heading, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import type { ReactNode } from 'react';
import { formatDateOf } from '../format-date-time';
import { relapsePlanMessages } from './relapse-plan.messages';

export const RelapsePlanFragment = graphql(`
  fragment RelapsePlanCard_RelapsePreventionPlan on RelapsePreventionPlan {
    id
    revision
    latest {
      number
      normalisationStatement
      agreedByEmployeeAt
      agreed
      signals {
        id
        description
        actions
        asks
      }
    }
    agreed {
      number
    }
  }
`);

export type RelapsePlan = ResultOf<typeof RelapsePlanFragment>;

export interface RelapsePlanCardProps {
  plan: FragmentType<RelapsePlan>;
  /** Buttons or forms under the plan: agree, edit. */
  children?: ReactNode;
  'data-testid'?: string;
}

/** The latest version of the relapse-prevention plan: signals in the employee's words, what they do and ask, and that a dip may come. */
export function RelapsePlanCard({ plan, children, 'data-testid': testId }: RelapsePlanCardProps) {
  const t = useT(relapsePlanMessages);
  const { locale } = useLocale();
  const { data, complete } = useFragment({ fragment: RelapsePlanFragment, from: plan });
  if (!complete) return null;
  const { latest, agreed } = data;
  return (
    <Card title={t('version', { number: latest.number })} data-testid={testId}>
      {latest.agreedByEmployeeAt ? (
        <StatusBadge tone="success">{t('agreed', { date: formatDateOf(latest.agreedByEmployeeAt, locale) })}</StatusBadge>
      ) : (
        <StatusBadge tone="warning">{t('awaitsAgreement')}</StatusBadge>
      )}
      {!latest.agreed && agreed && <p>{t('previousAgreed', { number: agreed.number })}</p>}
      {latest.signals.map((signal) => (
        <section key={signal.id} className="tk-stack tk-gap-sm" data-testid="relapse-signal">
          <Heading>
            {t('signal')}: {signal.description}
          </Heading>
          <p>{t('whatIDo')}:</p>
          <ul>
            {signal.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
          {signal.asks.length > 0 && (
            <>
              <p>{t('whatIAsk')}:</p>
              <ul>
                {signal.asks.map((ask) => (
                  <li key={ask}>{ask}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <Heading>{t('normalisation')}</Heading>
      <p>{latest.normalisationStatement}</p>
      {children}
    </Card>
  );
}
