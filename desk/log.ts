/**
 * The desk server's log: one JSON object per line on stderr (what a service manager collects). Refusals
 * name the user, the document and the reason, never the update's content or a token.
 */
export type DeskLogger = (event: string, fields?: Record<string, unknown>) => void;

export const stderrLogger: DeskLogger = (event, fields = {}) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
};
