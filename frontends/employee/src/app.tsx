import { EmployeeWorkspace } from './workspace/employee-workspace';

/** The employee remote, rendered by the shell inside its providers. */
export default function App() {
  return <EmployeeWorkspace />;
}
