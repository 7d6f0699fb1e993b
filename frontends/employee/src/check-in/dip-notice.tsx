import { Alert, Button, formatNumber, useLocale, useT } from '@terugkeer/ui';
import type { ReactNode } from 'react';
import { messages } from './check-in.messages';

interface Dip {
  reasons: readonly string[];
  demands: number;
  resources: number;
  energyBaseline?: number | null;
  actions: readonly string[];
  asks: readonly string[];
  relapsePlanVersion: number | null;
}

interface DipNoticeProps {
  dip: Dip;
  /** Opens the employee's relapse-prevention plan. */
  onOpenPlan: () => void;
  /** What the employee can do next, e.g. ask for an extra talk. */
  children?: ReactNode;
}

/** The dip in Job Demands–Resources terms, with the employee's own signals and actions from their relapse-prevention plan. */
export function DipNotice({ dip, onOpenPlan, children }: DipNoticeProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const number = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  return (
    <Alert tone="warning" title={t('dipTitle')} data-testid="dip-notice">
      {dip.reasons.includes('DEMANDS_EXCEED_RESOURCES') && (
        <p>{t('DEMANDS_EXCEED_RESOURCES', { demands: number(dip.demands), resources: number(dip.resources) })}</p>
      )}
      {dip.reasons.includes('ENERGY_BELOW_RECENT') && dip.energyBaseline != null && <p>{t('ENERGY_BELOW_RECENT', { baseline: number(dip.energyBaseline) })}</p>}
      <p>{t('dipNormal')}</p>
      {dip.actions.length > 0 && (
        <>
          <p>{t('dipActions')}</p>
          <ul>
            {dip.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      )}
      {dip.asks.length > 0 && (
        <>
          <p>{t('dipAsks')}</p>
          <ul>
            {dip.asks.map((ask) => (
              <li key={ask}>{ask}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Button variant="secondary" size="small" onClick={onOpenPlan}>
          {dip.relapsePlanVersion === null ? t('writePlan') : t('openPlan', { number: dip.relapsePlanVersion })}
        </Button>
      </p>
      {children}
    </Alert>
  );
}
