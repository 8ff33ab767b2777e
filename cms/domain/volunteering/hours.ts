/**
 * Attendance and volunteer hours (志愿时长) that unit liaisons record, and the public tally per
 * unit: hours and volunteers counted, names only of volunteers who agreed at sign-up. Pure.
 */
import type { FieldError } from './signup.ts'

export const HOURS_MAX = 24

/** Hours recorded for one sign-up: 0–24 in half hours, and only for someone who attended. */
export function attendanceErrors(input: { attended: boolean; hours: number | null | undefined; cancelled: boolean }): FieldError[] {
  const hours = input.hours ?? 0
  if (input.cancelled && (input.attended || hours > 0))
    return [{ field: 'attended', message: '已取消的报名不能登记出勤 / A cancelled sign-up cannot be marked attended.' }]
  if (!Number.isFinite(hours) || hours < 0 || hours > HOURS_MAX || Math.round(hours * 2) !== hours * 2)
    return [{ field: 'hours', message: `志愿时长：0–${HOURS_MAX} 小时，以半小时计 / Hours: 0–${HOURS_MAX}, in half hours.` }]
  if (hours > 0 && !input.attended)
    return [{ field: 'hours', message: '志愿时长：请先勾选“已出勤” / Hours need the volunteer marked attended.' }]
  return []
}

export type SignupTally = { activity: string; status: string; attended: boolean; hours: number; publicName: string | null }
export type ActivityUnit = { activity: string; unit: string }
export type UnitHours = { unit: string; activities: number; volunteers: number; hours: number; names: string[] }

/** Hours per organising unit, most hours first (then unit id); names only of those who agreed, each once. */
export function hoursByUnit(signups: readonly SignupTally[], activities: readonly ActivityUnit[]): UnitHours[] {
  const unitOf = new Map(activities.map((a) => [a.activity, a.unit]))
  const byUnit = new Map<string, { acts: Set<string>; volunteers: number; hours: number; names: Set<string> }>()
  for (const signup of signups) {
    const unit = unitOf.get(signup.activity)
    if (!unit || signup.status !== 'signed' || !signup.attended) continue
    const row = byUnit.get(unit) ?? { acts: new Set<string>(), volunteers: 0, hours: 0, names: new Set<string>() }
    row.acts.add(signup.activity)
    row.volunteers += 1
    row.hours += signup.hours
    if (signup.publicName) row.names.add(signup.publicName)
    byUnit.set(unit, row)
  }
  return [...byUnit.entries()]
    .map(([unit, row]) => ({ unit, activities: row.acts.size, volunteers: row.volunteers, hours: row.hours, names: [...row.names].sort() }))
    .sort((a, b) => b.hours - a.hours || a.unit.localeCompare(b.unit))
}
