/** @jsxRuntime automatic @jsxImportSource react */
// Rendered outside Vite too (the HTML export in main, the CLI), so the JSX runtime is named here.
import { useEffect, useState } from 'react';
import { formatAbsoluteTime, formatRelativeTime, JUST_NOW_MS } from '../../core/text/relativeTime';

/** Well inside the 45-second "just now" window, so the stamp never lags a minute behind. */
const TICK_MS = 30_000;

export interface RelativeTimeProps {
  date: Date;
  /** The clock for the first render; static rendering uses only this, so its output is deterministic. */
  now: Date;
  locale?: string;
  className?: string;
  /** Words before the stamp: `past` for a time that has come ("Updated "), `future` for one to come ("Publishes "). */
  label?: { past: string; future: string };
}

/** "33 minutes ago", kept current while mounted, with the full local date and time as its tooltip. */
export function RelativeTime({ date, now, locale = 'en', className, label }: RelativeTimeProps) {
  const [tick, setTick] = useState<Date | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setTick(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  if (!Number.isFinite(date.getTime())) return null;
  // The parent may re-render with a fresher `now` than the last tick; the later clock wins.
  const current = tick !== null && tick.getTime() > now.getTime() ? tick : now;
  const future = date.getTime() - current.getTime() >= JUST_NOW_MS;
  const prefix = label ? (future ? label.future : label.past) : '';
  return (
    <span className={className}>
      {prefix || null}
      <time dateTime={date.toISOString()} title={formatAbsoluteTime(date, locale)}>
        {formatRelativeTime(date, current, locale)}
      </time>
    </span>
  );
}
