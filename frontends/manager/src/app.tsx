import { Stack } from '@terugkeer/ui';
import { TeamCases } from './caseload/team-cases';
import { CasePlan } from './plan/case-plan';
import { ReleasedSummaries } from './sessions/released-summaries';

/** The manager remote; a case manager sees the whole organization here. */
export default function App() {
  return (
    <Stack gap="lg">
      <TeamCases />
      <CasePlan />
      <ReleasedSummaries />
    </Stack>
  );
}
