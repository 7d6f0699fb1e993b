import { createMessages } from '@terugkeer/ui';

export const todoMessages = createMessages({
  title: { nl: 'Wat er op je wacht', en: 'What waits for you' },
  none: {
    nl: 'Er wacht nu niets op je: alle verslagen zijn verstuurd en alle gesprekken vastgelegd.',
    en: 'Nothing waits for you now: every report is sent and every talk recorded.',
  },
  'badge-EXTRA_TALK': { nl: 'Extra gesprek', en: 'Extra talk' },
  EXTRA_TALK: { nl: 'vraagt na een dip om een extra gesprek ({count}).', en: 'asks for an extra talk after a dip ({count}).' },
  'badge-REVISE_REPORTS': { nl: 'Wijziging gevraagd', en: 'Change asked' },
  'badge-SEND_DRAFTS': { nl: 'Concept', en: 'Draft' },
  'badge-RECORD_ATTENDANCE': { nl: 'Aanwezigheid', en: 'Attendance' },
  'badge-STAGNATION': { nl: 'Stagnatie', en: 'Stagnation' },
  REVISE_REPORTS: { nl: 'een deelnemer vraagt een verslag aan te passen ({count}).', en: 'a participant asks for a report to be changed ({count}).' },
  SEND_DRAFTS: { nl: 'conceptverslagen nog niet ter goedkeuring verstuurd ({count}).', en: 'draft reports not yet sent for approval ({count}).' },
  RECORD_ATTENDANCE: {
    nl: 'gesprekken van het programma zonder vastgelegde aanwezigheid ({count}).',
    en: 'programme talks without recorded attendance ({count}).',
  },
  STAGNATION: { nl: 'signalen dat de opbouw stagneert ({count}).', en: 'signs that the build-up stagnates ({count}).' },
  'open-relapse': { nl: 'Naar signaleringsplan en gesprekken', en: 'Go to relapse plan and talks' },
  'open-programme': { nl: 'Naar programma', en: 'Go to programme' },
  'open-alerts': { nl: 'Naar signalen', en: 'Go to alerts' },
  'open-reports': { nl: 'Naar verslagen', en: 'Go to reports' },
});
