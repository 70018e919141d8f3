/** Soft limits: counters turn amber past them, nothing is refused. Settings will make them editable. */
export const SOFT_LIMITS = { headline: 70, standfirst: 200 } as const;
