import { calendarDateIn, PLATFORM_TIME_ZONE } from '@terugkeer/domain';

export interface AccessLogEntry {
  id: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  dataClass: string;
}

/** One line of the access log: the same person doing the same to the same data on one day, however often. */
export interface AccessLogLine {
  key: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  dataClass: string;
  day: string;
  /** Newest first, as the log is read. */
  latest: string;
  earliest: string;
  count: number;
}

const sameGroup = (line: AccessLogLine, entry: AccessLogEntry, day: string) =>
  line.day === day &&
  line.actorName === entry.actorName &&
  line.actorRole === entry.actorRole &&
  line.action === entry.action &&
  line.dataClass === entry.dataClass;

/**
 * Groups the log, newest first, into lines a person reads: reading the same data ten times in
 * a morning is one line "10 times", while anything in between (another person, a change)
 * starts a new line so the order of what happened stays true.
 */
export function groupAccessLog(entries: readonly AccessLogEntry[], zone = PLATFORM_TIME_ZONE): AccessLogLine[] {
  const newestFirst = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const lines: AccessLogLine[] = [];
  for (const entry of newestFirst) {
    const day = calendarDateIn(zone, entry.occurredAt);
    const last = lines.at(-1);
    if (last && sameGroup(last, entry, day)) {
      last.earliest = entry.occurredAt;
      last.count += 1;
      continue;
    }
    lines.push({
      key: entry.id,
      actorName: entry.actorName,
      actorRole: entry.actorRole,
      action: entry.action,
      dataClass: entry.dataClass,
      day,
      latest: entry.occurredAt,
      earliest: entry.occurredAt,
      count: 1,
    });
  }
  return lines;
}
