import type { DeskStatusView } from '../../../../api/contract';
import { countOf } from '../../../../core/text/plural';

/** The words the status bar shows for the desk; null when no desk is set (a Copydesk with no desk shows nothing new). */
export function deskStatusText(status: DeskStatusView | null): string | null {
  if (!status || (!status.configured && status.state === 'off')) return null;
  if (status.sharing) return `Sharing ${status.sharing.done.toLocaleString()} of ${status.sharing.total.toLocaleString()}…`;
  if (status.problems.length > 0) return `Desk: ${status.problems.length === 1 ? 'a problem' : `${status.problems.length} problems`}`;
  switch (status.state) {
    case 'off':
      return 'Desk: not connected';
    case 'starting':
      return 'Desk: connecting…';
    case 'offline':
      return `Offline: ${countOf(status.waiting, 'change')} waiting`;
    case 'online':
      return status.syncing || status.waiting > 0 ? 'Syncing…' : 'Desk: connected';
  }
}
