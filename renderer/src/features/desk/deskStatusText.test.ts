import { describe, expect, it } from 'vitest';
import type { DeskStatusView } from '../../../../api/contract';
import { deskStatusText } from './deskStatusText';

const status = (over: Partial<DeskStatusView>): DeskStatusView => ({
  configured: true,
  url: 'wss://desk.example.org',
  name: 'City desk',
  state: 'online',
  syncing: false,
  waiting: 0,
  articles: 3,
  problems: [],
  sharing: null,
  ...over,
});

describe('the status bar’s desk line', () => {
  it('says nothing when no desk is set, so a Copydesk with no desk looks as before', () => {
    expect(deskStatusText(null)).toBeNull();
    expect(deskStatusText(status({ configured: false, state: 'off' }))).toBeNull();
  });

  it('names each state in a journalist’s words', () => {
    expect(deskStatusText(status({}))).toBe('Desk: connected');
    expect(deskStatusText(status({ syncing: true }))).toBe('Syncing…');
    expect(deskStatusText(status({ waiting: 2 }))).toBe('Syncing…');
    expect(deskStatusText(status({ state: 'offline', waiting: 1 }))).toBe('Offline: 1 change waiting');
    expect(deskStatusText(status({ state: 'offline', waiting: 1204 }))).toBe(`Offline: ${(1204).toLocaleString()} changes waiting`);
    expect(deskStatusText(status({ state: 'off' }))).toBe('Desk: not connected');
    expect(deskStatusText(status({ state: 'starting' }))).toBe('Desk: connecting…');
  });

  it('puts sharing progress first and problems before the connection state', () => {
    expect(deskStatusText(status({ sharing: { done: 120, total: 1000 } }))).toBe(`Sharing 120 of ${(1000).toLocaleString()}…`);
    expect(deskStatusText(status({ problems: ['The desk refused your token'] }))).toBe('Desk: a problem');
    expect(deskStatusText(status({ problems: ['a', 'b'], state: 'offline' }))).toBe('Desk: 2 problems');
  });
});
