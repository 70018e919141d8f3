import { useEffect, useId, useState } from 'react';
import { call, errorMessage } from '../../bridge/copydesk';
import { useEditorSession } from '../../state/editorSession';
import { useDesk } from './deskStore';
import { deskStatusText } from './deskStatusText';
import './desk.css';
import { countOf } from '../../../../core/text/plural';

interface Form {
  url: string;
  name: string;
  token: string;
  allowInsecure: boolean;
}

/**
 * Settings → Desk: where the desk is and the token that says who you are there. The token is sent to
 * main once and kept there (the OS keychain under Electron, a 0600 file in the browser host); it never
 * comes back to this window. Test connection names what is wrong: the address, the network, the token.
 */
export function DeskSettings() {
  const id = useId();
  const [form, setForm] = useState<Form>({ url: '', name: '', token: '', allowInsecure: false });
  const [hasToken, setHasToken] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useDesk((s) => s.status);
  useEffect(() => {
    let live = true;
    void call('getDeskSettings', {}).then((saved) => {
      if (!live) return;
      // What was typed while this loaded is kept.
      setForm((typed) =>
        typed.url || typed.name || typed.token
          ? typed
          : { url: saved.url, name: saved.name, token: '', allowInsecure: saved.allowInsecure },
      );
      setHasToken(saved.hasToken);
    });
    void useDesk.getState().refresh();
    return () => {
      live = false;
    };
  }, []);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const run = async (work: () => Promise<{ ok: boolean; text: string } | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const saved = await call('saveDeskSettings', form);
    setHasToken(saved.hasToken);
    set('token', '');
  };
  const live = status?.state === 'online' || status?.state === 'offline' || status?.state === 'starting';
  const connect = () =>
    run(async () => {
      await save();
      // What is typed in the open article is saved before it is shared.
      await useEditorSession.getState().flush();
      useDesk.setState({ status: await call('connectDesk', {}) });
      return {
        ok: true,
        text: 'Connected. Articles you share (Share to desk above a story, or Share every article) are kept in step with the desk; stories others share arrive here.',
      };
    });
  const shareAll = () =>
    run(async () => {
      await useEditorSession.getState().flush();
      const ids = (await call('listArticles', { which: 'live' })).map((e) => e.id);
      if (ids.length === 0) return { ok: true, text: 'There is nothing in the library to share yet.' };
      await call('deskShare', { ids });
      return { ok: true, text: `Sharing ${countOf(ids.length, 'article')}: the status bar counts them.` };
    });
  const shareElsewhere = () =>
    run(async () => {
      await useEditorSession.getState().flush();
      await call('deskShareElsewhere', {});
      return { ok: true, text: 'Sharing them with this desk: the status bar counts them.' };
    });
  const disconnect = () =>
    run(async () => {
      await useEditorSession.getState().flush();
      useDesk.setState({ status: await call('disconnectDesk', {}) });
      return { ok: true, text: 'Disconnected. Your library stays here; changes wait until you connect again.' };
    });
  return (
    // Enter here must not submit the Settings form around it (that saves the other settings and closes).
    <fieldset
      className="settings-group desk-settings"
      data-testid="desk-settings"
      onKeyDown={(e) => e.key === 'Enter' && e.target instanceof HTMLInputElement && e.preventDefault()}
    >
      <legend>Desk</legend>
      <p className="settings-note">
        Share your library with your newsroom's desk server: edits merge, offline work waits and goes when you reconnect.
      </p>
      <div className="settings-grid">
        <label className="settings-field">
          <span>Desk address</span>
          <input
            type="text"
            value={form.url}
            placeholder="wss://desk.example.org"
            spellCheck={false}
            onChange={(e) => set('url', e.target.value)}
          />
        </label>
        <label className="settings-field">
          <span>Desk name</span>
          <input type="text" value={form.name} placeholder="City desk" maxLength={200} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="settings-field">
          <span>Your token</span>
          <input
            type="password"
            value={form.token}
            autoComplete="off"
            spellCheck={false}
            placeholder={hasToken ? 'Saved (leave empty to keep it)' : 'cdk_… from your desk chief'}
            onChange={(e) => set('token', e.target.value)}
          />
        </label>
      </div>
      <label className="settings-check">
        <input type="checkbox" checked={form.allowInsecure} onChange={(e) => set('allowInsecure', e.target.checked)} /> Allow an unencrypted
        (ws://) desk on another machine
      </label>
      <div className="desk-settings-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const result = await call('testDesk', form);
              return { ok: result.ok, text: result.message };
            })
          }
        >
          Test connection
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(async () => (await save(), { ok: true, text: 'Saved.' }))}
        >
          Save desk
        </button>
        {live ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void disconnect()}>
              Disconnect
            </button>
            <button type="button" className="button" disabled={busy || status?.state === 'starting'} onClick={() => void shareAll()}>
              Share every article
            </button>
          </>
        ) : (
          <button type="button" className="button primary" disabled={busy} onClick={() => void connect()}>
            Connect
          </button>
        )}
        <span className="hint" id={`${id}-state`}>
          {deskStatusText(status) ?? 'No desk: this library is yours alone.'}
        </span>
      </div>
      {live && status?.elsewhere && (
        // Never pushed by itself: a library pointed at another desk shares nothing there until asked.
        <p className="settings-note desk-elsewhere" data-testid="desk-elsewhere">
          {status.elsewhere.count === 1 ? '1 article was' : `${status.elsewhere.count.toLocaleString()} articles were`} shared with another
          desk ({status.elsewhere.desks.join(', ')}) and not with this one.{' '}
          <button type="button" className="button" disabled={busy || status.sharing !== null} onClick={() => void shareElsewhere()}>
            Share them here
          </button>
        </p>
      )}
      {message && (
        <p
          className={message.ok ? 'settings-note desk-message' : 'settings-error desk-message'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="desk-message"
        >
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
