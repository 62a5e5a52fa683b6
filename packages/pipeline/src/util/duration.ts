/** Parses durations like "90s", "30m", "12h", "2d" (or a bare number of seconds) into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (match === null) return undefined;
  const value = Number(match[1]);
  const unit = (match[2] ?? "s").toLowerCase();
  const factor: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  const ms = value * (factor[unit] ?? 1000);
  return Number.isFinite(ms) ? ms : undefined;
}

/** "1m 05s" style, for countdowns and summaries. */
export function formatSeconds(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return m > 0 ? `${m}m ${String(rest).padStart(2, "0")}s` : `${rest}s`;
}
