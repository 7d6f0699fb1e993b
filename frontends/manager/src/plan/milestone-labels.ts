import { milestoneKindLabels, milestoneStatusLabels } from '@terugkeer/domain';
import { createMessages } from '@terugkeer/ui';

export const milestoneKindMessages = createMessages(milestoneKindLabels);

export const milestoneStatusMessages = createMessages(milestoneStatusLabels);

export const MILESTONE_TONE = {
  UPCOMING: 'neutral',
  DUE_SOON: 'warning',
  OVERDUE: 'danger',
  OPEN: 'info',
  EXPIRED: 'neutral',
  DONE: 'success',
  NOT_APPLICABLE: 'neutral',
} as const;
