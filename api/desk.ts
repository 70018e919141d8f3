import { z } from 'zod';
import { articleId, base64, channel, noInput } from './channel';

/** The status bar's desk line and Settings → Desk's state. */
export interface DeskStatusView {
  /** An address and token are saved. */
  configured: boolean;
  url: string;
  name: string;
  /** off: no live desk; starting: sharing the library; online/offline: the socket's state. */
  state: 'off' | 'starting' | 'online' | 'offline';
  syncing: boolean;
  /** Changes made here the desk has not confirmed. */
  waiting: number;
  articles: number;
  /** Refusals and failures, each a sentence naming what to do. */
  problems: string[];
  /** Share to desk under way: how far it has got. */
  sharing: { done: number; total: number } | null;
  /** The name the desk knows this user by (comments and sign-offs carry it); null with no live desk. */
  you: string | null;
  /** Live articles shared with another desk and not with this one (Settings → Desk offers to share them here). */
  elsewhere: { count: number; desks: string[] } | null;
}

/** Someone else with a shared story open (the library shows their initials on its row). */
export interface StoryReader {
  name: string;
  /** `#rrggbb`, the colour of their caret in the editor. */
  color: string;
}

export interface DeskSettingsView {
  url: string;
  name: string;
  allowInsecure: boolean;
  /** A token is saved (it is never sent back to the window). */
  hasToken: boolean;
}

/** A Yjs update or state vector: the largest the desk accepts is 8 MiB, an editor's are far smaller. */
const MAX_UPDATE_BYTES = 16 * 1024 * 1024;
const update = base64(MAX_UPDATE_BYTES);

const deskSettingsInput = z
  .object({
    url: z.string().trim().min(1, 'enter the desk address').max(2000),
    name: z.string().max(200),
    allowInsecure: z.boolean(),
    /** Empty: keep the saved token. */
    token: z.string().max(200),
  })
  .strict();

/** A presence state as y-prosemirror writes it: who (the desk sets the name) and where the caret is. */
const presenceState = z
  .object({
    user: z.object({ name: z.string().max(200), color: z.string().regex(/^#[0-9a-f]{6}$/i) }).strict(),
    cursor: z.object({ anchor: z.unknown(), head: z.unknown() }).strict().nullable().optional(),
  })
  .strict();

/** Settings → Desk, and the open editor bound to its article's Y.Doc replica (issue 18). */
export const deskChannels = {
  getDeskSettings: channel<DeskSettingsView>()(noInput),
  saveDeskSettings: channel<DeskSettingsView>()(deskSettingsInput),
  testDesk: channel<{ ok: boolean; message: string }>()(deskSettingsInput),
  connectDesk: channel<DeskStatusView>()(noInput),
  disconnectDesk: channel<DeskStatusView>()(noInput),
  deskStatus: channel<DeskStatusView>()(noInput),
  /** Share to desk: answers at once; the status line counts progress and the library marks each one. */
  deskShare: channel<null>()(z.object({ ids: z.array(z.uuid()).min(1).max(100_000) }).strict()),
  deskSharedIds: channel<string[]>()(noInput),
  /** Shares here the articles shared with another desk (after the user said so): answers at once, like deskShare. */
  deskShareElsewhere: channel<null>()(noInput),
  /** The article's Y.Doc state for the editor's mirror; null when it is not shared (the editor works as before). */
  deskOpenArticle: channel<{ state: string } | null>()(articleId),
  deskEditorUpdate: channel<null>()(z.object({ id: z.uuid(), update }).strict()),
  deskPull: channel<{ update: string; awareness: string | null }>()(z.object({ id: z.uuid(), stateVector: update }).strict()),
  deskPresence: channel<null>()(z.object({ id: z.uuid(), state: presenceState.nullable() }).strict()),
  /** Who else has each shared story open, by article id (asked again on the `presence` notice). */
  deskStoryPresence: channel<Record<string, StoryReader[]>>()(noInput),
} as const;
