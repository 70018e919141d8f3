import { useEffect } from 'react';
import { useLibrary } from '../state/libraryStore';
import { Sidebar } from './Sidebar';
import { Workspace } from './Workspace';
import { StatusBar } from './StatusBar';
import { Toasts } from './Toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { useAppCommands } from './useAppCommands';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useAppCommands();

  return (
    <div className="app">
      <Sidebar />
      <Workspace />
      <StatusBar />
      <Toasts />
      <ConfirmDialog />
    </div>
  );
}
