import { Card, EmptyState, formatDate, formatNumber, Heading, useLocale, useT } from '@terugkeer/ui';
import { functionalAdviceMessages } from './functional-advice.messages';

/**
 * The capability profile as the card reads it. The queries select these fields themselves: the
 * profile has no id for the cache to find a masked fragment by, and a client-only directive to
 * unmask it would make the sent document differ from the persisted one.
 */
export interface FunctionalAdviceProfile {
  version: number;
  recordedOn: string;
  possibilities: readonly string[];
  limitations: readonly string[];
  expectedDuration?: string | null;
  advice: string;
  employeeNeeds?: string | null;
  advisedBuildUp?: { maxHoursPerWeek?: number | null; maxIncreasePerWeek?: number | null } | null;
}

export interface FunctionalAdviceCardProps {
  /** The case's capability profile; null when the doctor has recorded none yet. */
  profile: FunctionalAdviceProfile | null | undefined;
}

/**
 * The company doctor's functional advice as everyone on the case may read it: capabilities,
 * limits, the advised build-up and what the employee needs. The profile never holds a diagnosis or medical notes.
 */
export function FunctionalAdviceCard({ profile }: FunctionalAdviceCardProps) {
  const t = useT(functionalAdviceMessages);
  const { locale } = useLocale();
  if (!profile) {
    return (
      <Card title={t('title')} data-testid="functional-advice">
        <EmptyState title={t('none')} />
      </Card>
    );
  }
  const hours = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  const buildUp = profile.advisedBuildUp;
  return (
    <Card title={t('title')} data-testid="functional-advice">
      <p>{t('intro', { version: profile.version, date: formatDate(profile.recordedOn, locale) })}</p>
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
      {buildUp && (buildUp.maxHoursPerWeek != null || buildUp.maxIncreasePerWeek != null) && (
        <>
          <Heading>{t('advisedBuildUp')}</Heading>
          <ul data-testid="advised-build-up">
            {buildUp.maxHoursPerWeek != null && <li>{t('maxHoursPerWeek', { hours: hours(buildUp.maxHoursPerWeek) })}</li>}
            {buildUp.maxIncreasePerWeek != null && <li>{t('maxIncreasePerWeek', { hours: hours(buildUp.maxIncreasePerWeek) })}</li>}
          </ul>
        </>
      )}
      {profile.expectedDuration && (
        <p>
          {t('expectedDuration')}: {profile.expectedDuration}
        </p>
      )}
      <p>
        {t('advice')}: {profile.advice}
      </p>
      {profile.employeeNeeds && (
        <p data-testid="employee-needs">
          {t('employeeNeeds')}: {profile.employeeNeeds}
        </p>
      )}
    </Card>
  );
}
