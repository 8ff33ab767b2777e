/**
 * Per unit: how it answers residents' 留言 — reply rate (answered / routed to it), on-time rate
 * (answered by the deadline / answered) and satisfaction ((满意 + 基本满意) / rated). Counts every
 * message routed to the unit, published or answered privately: only the numbers are public. Pure.
 */
import { answeredOnTime } from './deadline.ts'

export type RatedMessage = {
  unit: string | null
  deadline?: string | null
  answeredAt?: string | null
  rating?: string | null
}

export type UnitMessageStats = {
  unit: string
  received: number
  answered: number
  onTime: number
  rated: number
  satisfied: number
  /** Percentages, whole numbers; null when there is nothing to divide by. */
  replyRate: number | null
  onTimeRate: number | null
  satisfaction: number | null
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 100))
const SATISFIED = new Set(['satisfied', 'mostly-satisfied'])

export function unitMessageStats(messages: readonly RatedMessage[]): UnitMessageStats[] {
  const byUnit = new Map<string, Omit<UnitMessageStats, 'replyRate' | 'onTimeRate' | 'satisfaction'>>()
  for (const message of messages) {
    if (!message.unit) continue
    const row = byUnit.get(message.unit) ?? { unit: message.unit, received: 0, answered: 0, onTime: 0, rated: 0, satisfied: 0 }
    row.received += 1
    if (message.answeredAt) row.answered += 1
    if (answeredOnTime(message)) row.onTime += 1
    if (message.answeredAt && message.rating) {
      row.rated += 1
      if (SATISFIED.has(message.rating)) row.satisfied += 1
    }
    byUnit.set(message.unit, row)
  }
  return [...byUnit.values()]
    .map((row) => ({
      ...row,
      replyRate: percent(row.answered, row.received),
      onTimeRate: percent(row.onTime, row.answered),
      satisfaction: percent(row.satisfied, row.rated),
    }))
    .sort((a, b) => b.received - a.received || a.unit.localeCompare(b.unit))
}

/** "87%" or "—" for a rate with nothing to divide by. */
export const rateText = (rate: number | null): string => (rate === null ? '—' : `${rate}%`)
