import { TeamCases } from './caseload/team-cases';

/** The manager remote; a case manager sees the whole organization here. */
export default function App() {
  return <TeamCases />;
}
