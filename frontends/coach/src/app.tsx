import { CoachCaseload } from './caseload/coach-caseload';

/** The coach remote. */
export default function App() {
  return <CoachCaseload />;
}
