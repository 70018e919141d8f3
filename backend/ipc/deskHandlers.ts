import type { DeskService } from '../desk/deskService';
import { DeskEditorLink } from '../desk/deskEditorLink';
import { probeDesk } from '../desk/deskProbe';
import { checkToken } from '../desk/deskSettings';
import { deskAddressProblem } from '../desk/deskConfig';
import { CopydeskError } from '../../core/errors';
import type { Handlers } from './router';

type DeskHandlers = Pick<
  Handlers,
  | 'getDeskSettings'
  | 'saveDeskSettings'
  | 'testDesk'
  | 'connectDesk'
  | 'disconnectDesk'
  | 'deskStatus'
  | 'deskShare'
  | 'deskSharedIds'
  | 'deskShareElsewhere'
  | 'deskOpenArticle'
  | 'deskEditorUpdate'
  | 'deskPull'
  | 'deskPresence'
  | 'deskStoryPresence'
>;

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
const text = (data: Uint8Array): string => Buffer.from(data).toString('base64');

/** Settings → Desk and the editor's Y.Doc link; a wrong address or token is a message, never a throw across the bridge. */
export function createDeskHandlers(desk: DeskService): DeskHandlers {
  const link = new DeskEditorLink(desk);
  const settingsView = async () => {
    const saved = await desk.settings.read();
    return {
      url: saved?.url ?? '',
      name: saved?.name ?? '',
      allowInsecure: saved?.allowInsecure ?? false,
      hasToken: await desk.settings.hasToken(),
    };
  };
  const refused = (error: unknown) => new CopydeskError('desk_settings', (error as Error).message);
  return {
    getDeskSettings: settingsView,
    saveDeskSettings: async ({ url, name, allowInsecure, token }) => {
      const saved = await desk.settings.read();
      await desk.settings
        .save({ url, name, allowInsecure, connect: saved?.connect ?? false }, token.trim() === '' ? null : token)
        .catch((error: unknown) => {
          throw refused(error);
        });
      // A live desk picks the new address and token up at once.
      if (await desk.live()) {
        await desk.stop();
        desk.start();
      }
      return settingsView();
    },
    testDesk: async ({ url, allowInsecure, token }) => {
      const problem = deskAddressProblem(url, allowInsecure);
      if (problem) return { ok: false, message: problem };
      let useToken = token.trim();
      if (useToken === '') useToken = (await desk.settings.load())?.token ?? '';
      if (useToken === '') return { ok: false, message: 'Paste the token your desk chief gave you (it starts with cdk_).' };
      try {
        checkToken(useToken);
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
      return probeDesk({ url, token: useToken, allowInsecure });
    },
    connectDesk: async () => {
      if (!(await desk.settings.load())) throw new CopydeskError('desk_settings', 'Save the desk address and your token first.');
      await desk.settings.setConnect(true);
      desk.start();
      return desk.status();
    },
    disconnectDesk: async () => {
      await desk.settings.setConnect(false);
      await desk.stop();
      return desk.status();
    },
    deskStatus: () => desk.status(),
    deskShare: async ({ ids }) => {
      if (!(await desk.live())) throw new CopydeskError('desk_off', 'Connect to a desk first (Settings → Desk).');
      // In the background: a library of thousands takes a while; the status line counts it.
      void desk.share(ids).catch((error: unknown) => console.error('[desk] share:', error));
      return null;
    },
    deskSharedIds: () => desk.sharedIds(),
    deskShareElsewhere: async () => {
      if (!(await desk.live())) throw new CopydeskError('desk_off', 'Connect to a desk first (Settings → Desk).');
      void desk.shareElsewhere().catch((error: unknown) => console.error('[desk] share:', error));
      return null;
    },
    deskOpenArticle: async ({ id }) => {
      const opened = await link.open(id);
      return opened ? { state: text(opened.state) } : null;
    },
    deskEditorUpdate: async ({ id, update }) => {
      await link.apply(id, bytes(update));
      return null;
    },
    deskPull: async ({ id, stateVector }) => {
      const pulled = await link.pull(id, bytes(stateVector));
      return { update: text(pulled.update), awareness: pulled.awareness ? text(pulled.awareness) : null };
    },
    deskPresence: async ({ id, state }) => {
      await link.setPresence(id, state);
      return null;
    },
    deskStoryPresence: () => desk.storyPresence(),
  };
}
