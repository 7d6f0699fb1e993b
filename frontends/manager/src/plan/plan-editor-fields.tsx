import type { AdviceExceedance, AdvisedBuildUp } from '@terugkeer/domain';
import {
  Alert,
  Button,
  Checkbox,
  Cluster,
  DateField,
  Fieldset,
  formatDate,
  formatNumber,
  NumberField,
  Select,
  TextArea,
  TextField,
  useLocale,
  useT,
} from '@terugkeer/ui';
import type { ContactFrequency, ContactMode, ContactPurpose, MeetingPlace } from '@terugkeer/domain';
import { emptyHours, emptyItem, type ContactDraft, type HourDraft, type ItemDraft } from './plan-draft';
import { editorMessages } from './plan-editor.messages';

/** The message to show beside a field, by the path the rules and the server use. */
export type ErrorFor = (field: string) => string | undefined;

const replaceAt = <T,>(rows: T[], index: number, row: T) => rows.map((current, i) => (i === index ? row : current));

interface ItemRowsProps {
  list: 'goals' | 'activities';
  rows: ItemDraft[];
  onChange: (rows: ItemDraft[]) => void;
  errorFor: ErrorFor;
}

/** Goals or activities: a description and a deadline per row. */
export function ItemRows({ list, rows, onChange, errorFor }: ItemRowsProps) {
  const t = useT(editorMessages);
  const rowLabel = (i: number) => t(list === 'goals' ? 'goal' : 'activity', { number: i + 1 });
  return (
    <Fieldset legend={t(list)}>
      {rows.map((row, i) => (
        <Cluster key={i} align="end" gap="md">
          <TextField
            className="tk-field--grow"
            label={rowLabel(i)}
            value={row.description}
            onChange={(event) => onChange(replaceAt(rows, i, { ...row, description: event.target.value }))}
            error={errorFor(`${list}[${i}].description`)}
            maxLength={1000}
          />
          <DateField
            label={`${t('deadline')} (${rowLabel(i).toLowerCase()})`}
            value={row.deadline}
            onChange={(event) => onChange(replaceAt(rows, i, { ...row, deadline: event.target.value }))}
            error={errorFor(`${list}[${i}].deadline`)}
          />
          <Button variant="secondary" size="small" onClick={() => onChange(rows.filter((_, other) => other !== i))}>
            {t('remove', { what: rowLabel(i).toLowerCase() })}
          </Button>
        </Cluster>
      ))}
      <div>
        <Button variant="secondary" size="small" onClick={() => onChange([...rows, emptyItem()])}>
          {t(list === 'goals' ? 'addGoal' : 'addActivity')}
        </Button>
      </div>
    </Fieldset>
  );
}

interface HourPhasesProps {
  phases: HourDraft[];
  onChange: (phases: HourDraft[]) => void;
  errorFor: ErrorFor;
  /** The doctor's advised build-up, said above the phases; none when the doctor advised none. */
  advice?: AdvisedBuildUp | null;
  /** Per phase on screen, where its hours go faster than that advice. */
  adviceWarnings?: Map<number, AdviceExceedance[]>;
}

/** The agreed build-up: from which Monday how many hours, split over home and location. */
export function HourPhases({ phases, onChange, errorFor, advice, adviceWarnings }: HourPhasesProps) {
  const t = useT(editorMessages);
  const { locale } = useLocale();
  const hours = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  const change = (i: number, patch: Partial<HourDraft>) => onChange(replaceAt(phases, i, { ...phases[i], ...patch }));
  const warningText = (warning: AdviceExceedance) =>
    t(warning.reason === 'CEILING' ? 'aboveCeiling' : 'stepTooLarge', {
      week: formatDate(warning.weekStart, locale),
      hours: hours(warning.hours),
      limit: hours(warning.limit),
    });
  const adviceParts = [
    advice?.maxHoursPerWeek != null ? t('adviceCeiling', { hours: hours(advice.maxHoursPerWeek) }) : null,
    advice?.maxIncreasePerWeek != null ? t('adviceStep', { hours: hours(advice.maxIncreasePerWeek) }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Fieldset legend={t('hours')} hint={t('hoursHint')}>
      {adviceParts.length > 0 && <p data-testid="advised-build-up-note">{t('adviceNote', { advice: adviceParts.join('; ') })}</p>}
      {phases.map((phase, i) => {
        const at = `hourAgreements[${i}]`;
        const name = t('phase', { number: i + 1 });
        return (
          <Fieldset key={i} legend={name}>
            <Cluster align="end" gap="md">
              <DateField
                label={t('weekStart')}
                value={phase.weekStart}
                onChange={(event) => change(i, { weekStart: event.target.value })}
                error={errorFor(`${at}.weekStart`)}
              />
              <NumberField
                label={t('hoursPerWeek')}
                unit={t('hourUnit')}
                min={0}
                max={60}
                step={0.5}
                value={phase.hoursPerWeek}
                onChange={(event) => change(i, { hoursPerWeek: event.target.value })}
                error={errorFor(`${at}.hoursPerWeek`)}
              />
              <NumberField
                label={t('homeHours')}
                unit={t('hourUnit')}
                min={0}
                max={60}
                step={0.5}
                value={phase.homeHours}
                onChange={(event) => change(i, { homeHours: event.target.value })}
                error={errorFor(`${at}.homeHours`)}
              />
              <NumberField
                label={t('locationHours')}
                unit={t('hourUnit')}
                min={0}
                max={60}
                step={0.5}
                value={phase.locationHours}
                onChange={(event) => change(i, { locationHours: event.target.value })}
                error={errorFor(`${at}.locationHours`)}
              />
            </Cluster>
            {adviceWarnings?.get(i)?.map((warning) => (
              <Alert key={warning.reason} tone="warning" data-testid="phase-faster-than-advice">
                {warningText(warning)}
              </Alert>
            ))}
            <TextArea
              label={t('tasks')}
              hint={t('tasksHint')}
              rows={3}
              value={phase.tasksToStartWith}
              onChange={(event) => change(i, { tasksToStartWith: event.target.value })}
              error={errorFor(`${at}.tasksToStartWith`)}
            />
            <TextArea
              label={t('tasksTooMuch')}
              hint={t('tasksHint')}
              rows={2}
              value={phase.tasksTooMuch}
              onChange={(event) => change(i, { tasksTooMuch: event.target.value })}
              error={errorFor(`${at}.tasksTooMuch`)}
            />
            <Checkbox
              label={t('therapeutic')}
              hint={t('therapeuticHint')}
              checked={phase.therapeutic}
              onChange={(event) => change(i, { therapeutic: event.target.checked })}
            />
            <div>
              <Button variant="secondary" size="small" onClick={() => onChange(phases.filter((_, other) => other !== i))}>
                {t('remove', { what: name.toLowerCase() })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button variant="secondary" size="small" onClick={() => onChange([...phases, emptyHours()])}>
          {t('addPhase')}
        </Button>
      </div>
    </Fieldset>
  );
}

interface ContactFieldsProps {
  contact: ContactDraft;
  onChange: (contact: ContactDraft) => void;
  errorFor: ErrorFor;
}

type ChoiceKey = ContactFrequency | ContactMode | ContactPurpose | MeetingPlace;

/** A day of the week for each ISO number; 1 January 2024 was a Monday. */
function weekdayName(isoWeekday: number, locale: string) {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, isoWeekday));
}

/** How manager and employee keep in touch during the absence. */
export function ContactFields({ contact, onChange, errorFor }: ContactFieldsProps) {
  const t = useT(editorMessages);
  const { locale } = useLocale();
  const change = (patch: Partial<ContactDraft>) => onChange({ ...contact, ...patch });
  const options = (keys: readonly ChoiceKey[]) => keys.map((key) => ({ value: key, label: t(key) }));
  return (
    <Fieldset legend={t('contact')} hint={t('contactHint')}>
      <Cluster align="end" gap="md">
        <Select
          label={t('frequency')}
          placeholder={t('noAgreement')}
          value={contact.frequency}
          onChange={(event) => change({ frequency: event.target.value as ContactDraft['frequency'] })}
          options={options(['WEEKLY', 'BIWEEKLY', 'MONTHLY'])}
          error={errorFor('contactAgreement.frequency')}
        />
        <Select
          label={t('weekday')}
          placeholder={t('anyDay')}
          value={contact.weekday}
          onChange={(event) => change({ weekday: event.target.value })}
          options={[1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: weekdayName(day, locale) }))}
          error={errorFor('contactAgreement.weekday')}
        />
        <TextField
          label={t('time')}
          hint={t('timeHint')}
          inputMode="numeric"
          maxLength={5}
          value={contact.time}
          onChange={(event) => change({ time: event.target.value })}
          error={errorFor('contactAgreement.time')}
        />
      </Cluster>
      <Cluster align="end" gap="md">
        <Select
          label={t('mode')}
          placeholder={t('choose')}
          value={contact.mode}
          onChange={(event) => change({ mode: event.target.value as ContactDraft['mode'] })}
          options={options(['PHONE', 'VIDEO', 'EMAIL', 'IN_PERSON'])}
          error={errorFor('contactAgreement.mode')}
        />
        <Select
          label={t('purpose')}
          placeholder={t('choose')}
          value={contact.purpose}
          onChange={(event) => change({ purpose: event.target.value as ContactDraft['purpose'] })}
          options={options(['INFORM', 'THINK_ALONG', 'EVALUATE'])}
          error={errorFor('contactAgreement.purpose')}
        />
        <Select
          label={t('meetingPlace')}
          placeholder={t('noPlace')}
          value={contact.meetingPlace}
          onChange={(event) => change({ meetingPlace: event.target.value as ContactDraft['meetingPlace'] })}
          options={options(['OFFICE', 'HOME', 'NEUTRAL_PLACE', 'ONLINE'])}
          error={errorFor('contactAgreement.meetingPlace')}
        />
      </Cluster>
    </Fieldset>
  );
}
