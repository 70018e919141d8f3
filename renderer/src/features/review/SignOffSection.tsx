import type { SignOff } from '../../../../core/review/reviewSchema';
import { useSettings } from '../../state/settingsStore';
import { deskUserName, useDesk } from '../desk/deskStore';
import { shortTime } from './shortTime';

/** Sign-off: who approved the copy and when; "changes since my sign-off" opens the diff from that version. */
export function SignOffSection({
  signOffs,
  onSignOff,
  onChangesSince,
}: {
  signOffs: readonly SignOff[];
  onSignOff: () => void;
  onChangesSince: (revisionId: string) => void;
}) {
  const named = useSettings((s) => s.settings.identity.name);
  const me = useDesk((s) => deskUserName(s.status)) ?? named;
  const mine = [...signOffs].reverse().find((s) => s.reviewer === me && s.revisionId);
  return (
    <section className="review-section">
      <h3>Sign-off</h3>
      <ul className="signoff-list">
        {signOffs.slice(-3).map((s) => (
          <li key={s.at}>
            Signed off by <strong>{s.reviewer}</strong> {shortTime(s.at)}
            {s.status ? ` (${s.status})` : ''}
          </li>
        ))}
      </ul>
      <div className="review-buttons">
        <button type="button" className="button small primary" onClick={onSignOff}>
          Sign off
        </button>
        {mine?.revisionId && (
          <button type="button" className="button small" onClick={() => onChangesSince(mine.revisionId!)}>
            Changes since my sign-off
          </button>
        )}
      </div>
    </section>
  );
}
