import { ManagerWorkspace } from './workspace/manager-workspace';

/** The manager remote; a case manager sees the whole organization here. */
export default function App() {
  return <ManagerWorkspace />;
}
