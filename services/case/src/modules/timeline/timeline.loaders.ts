import DataLoader from 'dataloader';
import type { Milestone } from '@terugkeer/domain';
import type { DataSource } from 'typeorm';
import { loadTimelineFacts, milestonesOf } from './timeline-facts';

export interface TimelineLoaders {
  milestones: DataLoader<string, Milestone[]>;
}

export function createTimelineLoaders(dataSource: DataSource): TimelineLoaders {
  return {
    milestones: new DataLoader(async (caseIds) => {
      const facts = await loadTimelineFacts(dataSource, caseIds);
      const now = new Date();
      return caseIds.map((id) => {
        const timeline = facts.get(id);
        return timeline ? milestonesOf(timeline, now) : [];
      });
    }),
  };
}
