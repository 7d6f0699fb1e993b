import { EmployeeHome } from './home/employee-home';

/** The employee remote, rendered by the shell inside its providers. */
export default function App() {
  return <EmployeeHome />;
}
