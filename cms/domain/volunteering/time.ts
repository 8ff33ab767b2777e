/** Activity times as residents read them: instants stored in UTC, shown in China time (rule 18). Pure. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** '2026-12-12T01:00:00.000Z' → '2026-12-12 09:00' (Beijing time); '' for an invalid value. */
export function chinaDateTime(value: string | Date): string {
  const t = new Date(value).getTime()
  if (Number.isNaN(t)) return ''
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** '2026-12-12 09:00–11:30' or, across days, '2026-12-12 09:00 至 2026-12-13 17:00'. */
export function chinaTimeRange(startsAt: string, endsAt: string): string {
  const from = chinaDateTime(startsAt)
  const to = chinaDateTime(endsAt)
  if (!from || !to) return from || to
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}–${to.slice(11)}` : `${from} 至 ${to}`
}

/** Hours between two instants, rounded to half hours (0 when invalid or reversed). */
export function durationHours(startsAt: string, endsAt: string): number {
  const ms = new Date(endsAt).getTime() - new Date(startsAt).getTime()
  return Number.isFinite(ms) && ms > 0 ? Math.round((ms / 3_600_000) * 2) / 2 : 0
}
