import { ReadModel1732300000000 } from './migrations/1732300000000-read-model';
import { StatisticsReadModel1732500000000 } from './migrations/1732500000000-statistics-read-model';
import { ProgressReadModel1732500000001 } from './migrations/1732500000001-progress-read-model';
import { DocumentReadModel1732500000002 } from './migrations/1732500000002-document-read-model';
import { ConsentsByGrantee1733000000000 } from './migrations/1733000000000-consents-by-grantee';
import { DeadLetters1733000000001 } from './migrations/1733000000001-dead-letters';
import { PregnancyRelatedAbsence1733300000018 } from './migrations/1733300000018-pregnancy-related-absence';
import { EmployeeNames1733200000070 } from './migrations/1733200000070-employee-names';
import { AbsenceDays1733400000006 } from './migrations/1733400000006-absence-days';

export const migrations = [
  ReadModel1732300000000,
  StatisticsReadModel1732500000000,
  ProgressReadModel1732500000001,
  DocumentReadModel1732500000002,
  ConsentsByGrantee1733000000000,
  DeadLetters1733000000001,
  PregnancyRelatedAbsence1733300000018,
  EmployeeNames1733200000070,
  AbsenceDays1733400000006,
];
