import { appointmentKindMessages, appointmentStatusMessages, formatDateTime } from '@terugkeer/frontend-kit';
import { sessionSummaryMessages } from '@terugkeer/frontend-kit';
import { Button, Card, DataTable, formatDate, formatNumber, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import type { ProgrammeWeek } from './programme-weeks';
import { awaitsAttendance, PROGRAMME_MINUTES_PER_WEEK } from './programme-weeks';
import { messages } from './programme.messages';
import { AttendanceButtons, MoveSessionForm, type ProgrammeSession } from './session-attendance';

const STATUS_TONE = { PLANNED: 'neutral', HELD: 'success', NO_SHOW: 'danger', CANCELLED: 'warning' } as const;
const REPORT_TONE = { DRAFT: 'neutral', AWAITING_VALIDATION: 'warning', CHANGES_REQUESTED: 'warning', VALIDATED: 'info', RELEASED: 'success' } as const;

type ReportState = keyof typeof REPORT_TONE;

export interface ProgrammeWeekListProps {
  weeks: ProgrammeWeek<ProgrammeSession>[];
  /** Where the report of each talk stands, by appointment id. */
  reportStates: ReadonlyMap<string, ReportState>;
  onWriteReport: (sessionId: string) => void;
  onChanged: () => void;
}

/** The eight weeks, this week marked, each with its hours against the programme's four, and each talk with its status and report. */
export function ProgrammeWeekList({ weeks, reportStates, onWriteReport, onChanged }: ProgrammeWeekListProps) {
  const t = useT(messages);
  const reportState = useT(sessionSummaryMessages);
  const kind = useT(appointmentKindMessages);
  const status = useT(appointmentStatusMessages);
  const { locale } = useLocale();
  const hours = (minutes: number) => formatNumber(minutes / 60, locale, { maximumFractionDigits: 1 });
  const [moving, setMoving] = useState<string | null>(null);
  const now = new Date();

  return (
    <Stack gap="md">
      {weeks.map((week) => {
        const movingSession = week.sessions.find((s) => s.id === moving);
        return (
          <Card
            key={week.number}
            title={t('weekHeading', { number: week.number, from: formatDate(week.monday, locale), to: formatDate(week.friday, locale) })}
            className={week.isCurrent ? 'tk-card--highlight' : undefined}
            data-testid={`programme-week-${week.number}`}
            aria-current={week.isCurrent ? 'date' : undefined}
          >
            {week.isCurrent && <StatusBadge tone="info">{t('thisWeek')}</StatusBadge>}
            <p data-testid={`programme-week-${week.number}-hours`}>
              {t('weekHours', { hours: hours(week.minutes), target: hours(PROGRAMME_MINUTES_PER_WEEK) })}
            </p>
            {week.sessions.length === 0 ? (
              <p>{t('noSessions')}</p>
            ) : (
              <DataTable
                caption={t('sessionsOfWeek', { number: week.number })}
                rowKey={(row) => row.id}
                rows={week.sessions}
                columns={[
                  { key: 'talk', header: t('talk'), cell: (row) => kind(row.kind), rowHeader: true },
                  { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale) },
                  {
                    key: 'status',
                    header: t('status'),
                    cell: (row) => (
                      <StatusBadge tone={STATUS_TONE[row.status as keyof typeof STATUS_TONE] ?? 'neutral'}>
                        {status(row.status as keyof typeof appointmentStatusMessages)}
                      </StatusBadge>
                    ),
                  },
                  {
                    key: 'report',
                    header: t('report'),
                    cell: (row) => {
                      const state = reportStates.get(row.id);
                      if (state) return <StatusBadge tone={REPORT_TONE[state]}>{reportState(state)}</StatusBadge>;
                      return row.status === 'HELD' ? (
                        <Button size="small" variant="secondary" onClick={() => onWriteReport(row.id)}>
                          {t('writeReport')}
                        </Button>
                      ) : (
                        '—'
                      );
                    },
                  },
                  {
                    key: 'record',
                    header: t('record'),
                    cell: (row) =>
                      awaitsAttendance(row, now) ? (
                        <AttendanceButtons session={row} onChanged={onChanged} />
                      ) : row.status === 'PLANNED' ? (
                        <Button size="small" variant="secondary" onClick={() => setMoving(row.id)}>
                          {t('move')}
                        </Button>
                      ) : (
                        '—'
                      ),
                  },
                ]}
              />
            )}
            {movingSession && (
              <MoveSessionForm
                session={movingSession}
                week={week.number}
                onDone={(moved) => {
                  setMoving(null);
                  if (moved) onChanged();
                }}
              />
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
