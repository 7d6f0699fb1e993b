import { DoctorCaseload } from './caseload/doctor-caseload';

/** The company doctor remote. */
export default function App() {
  return <DoctorCaseload />;
}
