import { appointmentKindMessages, appointmentStatusMessages, formatDateTime } from '@terugkeer/frontend-kit';
import { Button, Card, DataTable, formatDate, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import type { ProgrammeWeek } from './programme-weeks';
import { awaitsAttendance } from './programme-weeks';
import { messages } from './programme.messages';
import { AttendanceButtons, MoveSessionForm, type ProgrammeSession } from './session-attendance';

const STATUS_TONE = { PLANNED: 'neutral', HELD: 'success', NO_SHOW: 'danger', CANCELLED: 'warning' } as const;

/** The eight weeks, this week marked, each talk with its status and what the coach can do with it. */
export function ProgrammeWeekList({ weeks, onChanged }: { weeks: ProgrammeWeek<ProgrammeSession>[]; onChanged: () => void }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const status = useT(appointmentStatusMessages);
  const { locale } = useLocale();
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
