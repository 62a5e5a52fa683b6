/**
 * ISO-8601 UTC timestamps ("2026-03-02T00:00:00.000Z", what the pipeline writes) to epoch seconds, by calendar
 * arithmetic: the client's os.time works in local time and Node's Date is not available in Lua, so neither is used.
 */

function digits(text: string, from: number, count: number): number | undefined {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = "0123456789".indexOf(text.charAt(i));
    if (digit < 0) return undefined;
    n = n * 10 + digit;
  }
  return n;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch seconds of an ISO timestamp; undefined when it does not start with YYYY-MM-DD. Time defaults to 00:00:00. */
export function parseIsoUtc(text: string): number | undefined {
  if (text.length < 10 || text.charAt(4) !== "-" || text.charAt(7) !== "-") return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  let seconds = 0;
  if (text.length >= 19 && text.charAt(10) === "T") {
    const h = digits(text, 11, 2);
    const m = digits(text, 14, 2);
    const s = digits(text, 17, 2);
    if (h !== undefined && m !== undefined && s !== undefined) seconds = h * 3600 + m * 60 + s;
  }
  return daysFromCivil(year, month, day) * 86400 + seconds;
}

/** The YYYY-MM-DD part, shown to players as the data's date. */
export function isoDay(text: string): string {
  return text.slice(0, 10);
}
