import { describe, expect, it } from 'vitest'
import {
  districtOf,
  laggingCondition,
  type Milestone,
  openMilestoneDue,
  overdueMilestones,
  progressDay,
  projectProblems,
  projectStage,
  projectStatus,
} from '../../cms/domain/projects.ts'

const due = (dueDate: string, doneDate?: string | null): Milestone => ({ title: '节点', dueDate, doneDate: doneDate ?? null })
// 2026-05-10 23:59 and 2026-05-11 00:00 in Beijing.
const LAST_MINUTE = new Date('2026-05-10T15:59:00.000Z')
const NEXT_DAY = new Date('2026-05-10T16:00:00.000Z')

describe('projectStage (no clock)', () => {
  const TABLE: [string, Milestone[], number, string][] = [
    ['nothing done, no progress', [due('2026-05-10')], 0, 'planned'],
    ['progress reported', [due('2026-05-10')], 10, 'in-progress'],
    ['a milestone done, progress still 0', [due('2026-04-01', '2026-03-30'), due('2026-05-10')], 0, 'in-progress'],
    ['every milestone done but progress below 100', [due('2026-04-01', '2026-03-30')], 90, 'in-progress'],
    ['every milestone done and 100%', [due('2026-04-01', '2026-03-30'), due('2026-05-10', '2026-05-12')], 100, 'done'],
    ['no milestones and 100%', [], 100, 'done'],
    ['a done date that is no date counts as open', [due('2026-04-01', 'not a date')], 100, 'in-progress'],
  ]
  it.each(TABLE)('should be the stage when %s', (_, milestones, progress, expected) => {
    expect(projectStage({ milestones, progress })).toBe(expected)
  })
})

describe('projectStatus: 滞后 by the clock (China time)', () => {
  const open = [due('2026-05-10')]
  const TABLE: [string, Milestone[], number, Date, string][] = [
    ['due day still running in Beijing (23:59)', open, 30, LAST_MINUTE, 'in-progress'],
    ['due day ended at 00:00 Beijing', open, 30, NEXT_DAY, 'lagging'],
    ['due date stored as China midnight', [due('2026-05-09T16:00:00.000Z')], 30, NEXT_DAY, 'lagging'],
    ['a planned project falls behind too', open, 0, NEXT_DAY, 'lagging'],
    ['done late is not behind', [due('2026-05-10', '2026-05-11')], 50, NEXT_DAY, 'in-progress'],
    ['a later milestone still ahead', [due('2026-05-10', '2026-05-09'), due('2026-06-01')], 50, NEXT_DAY, 'in-progress'],
    ['a completed project never lags', [due('2026-05-10', '2026-05-10')], 100, new Date('2027-01-01T00:00:00Z'), 'done'],
    ['a milestone without due date never lags', [{ title: 'x', dueDate: null }], 10, NEXT_DAY, 'in-progress'],
  ]
  it.each(TABLE)('should say %s', (_, milestones, progress, now, expected) => {
    expect(projectStatus({ milestones, progress }, now)).toBe(expected)
  })

  it('should name the overdue milestones without changing the input', () => {
    const milestones = [due('2026-06-01'), due('2026-05-10'), due('2026-05-01', '2026-04-30')]
    const copy = structuredClone(milestones)
    expect(overdueMilestones(milestones, NEXT_DAY)).toEqual([milestones[1]])
    expect(milestones).toEqual(copy)
  })
})

describe('openMilestoneDue and laggingCondition', () => {
  it.each([
    ['the earliest open due day', [due('2026-06-01'), due('2026-05-10'), due('2026-04-01', '2026-04-01')], '2026-05-10T00:00:00.000Z'],
    ['a due instant as its China day', [due('2026-05-10T18:00:00.000Z')], '2026-05-11T00:00:00.000Z'],
    ['null when every milestone is done', [due('2026-05-10', '2026-05-10')], null],
    ['null without milestones', [], null],
  ] as [string, Milestone[], string | null][])('should store %s', (_, milestones, expected) => {
    expect(openMilestoneDue(milestones)).toBe(expected)
  })

  it('should filter projects whose earliest open due day ended before today began in Beijing', () => {
    expect(laggingCondition(NEXT_DAY)).toEqual(['openMilestoneDue', 'less_than', '2026-05-10T16:00:00.000Z'])
    // The stored day 2026-05-10 (midnight UTC) is before the start of 2026-05-11 in Beijing: counted.
    expect('2026-05-10T00:00:00.000Z' < (laggingCondition(NEXT_DAY)[2] as string)).toBe(true)
    expect('2026-05-10T00:00:00.000Z' < (laggingCondition(LAST_MINUTE)[2] as string)).toBe(false)
  })
})

describe('projectProblems', () => {
  const TABLE: [string, Milestone[], number, string[]][] = [
    ['a valid project', [due('2026-05-10', '2026-05-10')], 100, []],
    ['a done date later than today (China)', [due('2026-05-10'), due('2026-05-20', '2026-05-12')], 40, ['milestones.1.doneDate']],
    ['done today in Beijing is fine', [due('2026-05-20', '2026-05-11')], 40, []],
    ['100% with an open milestone', [due('2026-05-10', '2026-05-10'), due('2026-06-01')], 100, ['progress']],
  ]
  it.each(TABLE)('should report %s', (_, milestones, progress, paths) => {
    const problems = projectProblems({ milestones, progress }, NEXT_DAY)
    expect(problems.map((problem) => problem.path)).toEqual(paths)
    for (const problem of problems) expect(problem.message).toMatch(/节点|进度/)
  })
})

describe('progressDay', () => {
  const before = { progress: 10, progressText: '开工', progressDate: '2026-05-01T00:00:00.000Z' }
  it.each([
    ['a given new date', { ...before, progress: 20, progressDate: '2026-05-09T00:00:00.000Z' }, '2026-05-09T00:00:00.000Z'],
    ['today (China) when the progress changed', { ...before, progress: 20 }, '2026-05-11T00:00:00.000Z'],
    ['today when the text changed', { ...before, progressText: '过半' }, '2026-05-11T00:00:00.000Z'],
    ['the previous date when nothing changed', before, '2026-05-01T00:00:00.000Z'],
  ])('should date %s', (_, after, expected) => {
    expect(progressDay(before, after, NEXT_DAY)).toBe(expected)
  })
  it('should date a new project with progress today and one without none', () => {
    expect(progressDay(undefined, { progress: 5 }, NEXT_DAY)).toBe('2026-05-11T00:00:00.000Z')
    expect(progressDay(undefined, { progress: 0 }, NEXT_DAY)).toBeNull()
  })
})

describe('districtOf', () => {
  const units = [
    { id: 1, kind: 'city', parent: null },
    { id: 2, kind: 'district', parent: 1 },
    { id: 3, kind: 'street', parent: 2 },
    { id: 4, kind: 'community', parent: 3 },
    { id: 5, kind: 'department', parent: 1 },
  ]
  it.each([
    ['a community: its district', 4, 2],
    ['a district: itself', 2, 2],
    ['a department: none', 5, null],
    ['the city: none', 1, null],
    ['an unknown unit: none', 99, null],
  ] as [string, number, number | null][])('should find %s', (_, unit, expected) => {
    expect(districtOf(unit, units)).toBe(expected)
  })
})
