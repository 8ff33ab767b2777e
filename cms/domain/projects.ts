/**
 * 民生实事 and 专项行动: a project's status follows its milestones and progress, never typed. A
 * milestone whose due day has ended (China time) without a done date makes the project 滞后 — a
 * clock rule, so the stored document keeps only the earliest open due day (`openMilestoneDue`) and
 * the site, the unit page and the workbench work 滞后 out with the clock passed in. Pure.
 */
import { addChinaDays, chinaDay, chinaDayStart, isPastDay, storedDay } from './dates.ts'
import { ancestors, type Id } from './tree.ts'

const l = (zh: string, en: string) => ({ zh, en })

/** What the document stores (no clock): 计划中 → 进行中 → 已完成. */
export const PROJECT_STAGES = {
  planned: l('计划中', 'Planned'),
  'in-progress': l('进行中', 'In progress'),
  done: l('已完成', 'Completed'),
}
export type ProjectStage = keyof typeof PROJECT_STAGES

/** What the public sees at a moment: a stage, or 滞后 when a milestone is overdue. */
export const PROJECT_STATUS = { ...PROJECT_STAGES, lagging: l('滞后', 'Behind schedule') }
export type ProjectStatus = keyof typeof PROJECT_STATUS

/** Board order: what needs attention first. */
export const STATUS_ORDER: readonly ProjectStatus[] = ['lagging', 'in-progress', 'planned', 'done']

export type Milestone = { title?: string | null; dueDate?: string | null; doneDate?: string | null }
export type ProjectProgress = { milestones?: readonly Milestone[] | null; progress?: number | null }

const isDone = (milestone: Milestone): boolean => Boolean(milestone.doneDate && chinaDay(milestone.doneDate))
const percent = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** The stage without the clock: 已完成 when progress is 100 and every milestone is done; 进行中 once anything moved. */
export function projectStage(project: ProjectProgress): ProjectStage {
  const milestones = project.milestones ?? []
  const progress = percent(project.progress)
  if (progress >= 100 && milestones.every(isDone)) return 'done'
  return progress > 0 || milestones.some(isDone) ? 'in-progress' : 'planned'
}

/** The milestones not done whose due day has ended in China at `now`. */
export function overdueMilestones<M extends Milestone>(milestones: readonly M[] | null | undefined, now: Date): M[] {
  return (milestones ?? []).filter(
    (milestone) => !isDone(milestone) && Boolean(milestone.dueDate) && isPastDay(milestone.dueDate as string, now),
  )
}

/** The status at `now`: 滞后 while any milestone is overdue, else the stage. */
export function projectStatus(project: ProjectProgress, now: Date): ProjectStatus {
  return overdueMilestones(project.milestones, now).length > 0 ? 'lagging' : projectStage(project)
}

/**
 * The earliest due day among milestones not done, stored as a date-only value (null when none): the
 * project is 滞后 from the start of the next China day. The clock (cms/domain/nextChange.ts) rebuilds then.
 */
export function openMilestoneDue(milestones: readonly Milestone[] | null | undefined): string | null {
  const days = (milestones ?? [])
    .filter((milestone) => !isDone(milestone))
    .map((milestone) => (milestone.dueDate ? chinaDay(milestone.dueDate) : null))
    .filter((day): day is string => day !== null)
    .sort()
  return days.length > 0 ? storedDay(days[0] as string) : null
}

/** The workbench's filter for 滞后 projects at `now`: the earliest open due day ended before today began in Beijing. */
export function laggingCondition(now: Date): readonly [string, string, string] {
  const today = chinaDay(now) ?? now.toISOString().slice(0, 10)
  return ['openMilestoneDue', 'less_than', chinaDayStart(today).toISOString()]
}

export type Problem = { path: string; message: string }

/**
 * What is wrong with a project's milestones and progress at `now` (China days): a done date in the
 * future, or 100% while a milestone is still open. Each problem names its field, in Chinese and English.
 */
export function projectProblems(project: ProjectProgress, now: Date): Problem[] {
  const today = chinaDay(now) as string
  const problems: Problem[] = []
  ;(project.milestones ?? []).forEach((milestone, index) => {
    const done = milestone.doneDate ? chinaDay(milestone.doneDate) : null
    if (done !== null && done > today) {
      problems.push({
        path: `milestones.${index}.doneDate`,
        message: `第 ${index + 1} 个节点的完成日期 ${done} 晚于今天（${today}），请填写实际完成的日期 / Done date of milestone ${index + 1} is in the future`,
      })
    }
  })
  if (percent(project.progress) >= 100 && !(project.milestones ?? []).every(isDone)) {
    problems.push({
      path: 'progress',
      message: '完成进度为 100% 时，每个节点都须填写完成日期 / 100% progress needs a done date on every milestone',
    })
  }
  return problems
}

/** The day a progress report is dated: the given day, else today (China) when the progress or its text changed, else the previous one. */
export function progressDay(
  before: { progress?: number | null; progressText?: string | null; progressDate?: string | null } | undefined,
  after: { progress?: number | null; progressText?: string | null; progressDate?: string | null },
  now: Date,
): string | null {
  if (after.progressDate && after.progressDate !== before?.progressDate) return after.progressDate
  const changed = percent(after.progress) !== percent(before?.progress) || (after.progressText ?? '') !== (before?.progressText ?? '')
  return changed ? storedDay(addChinaDays(now, 0) as string) : (after.progressDate ?? before?.progressDate ?? null)
}

/** A unit as the board sees it: its kind and parent. */
export type BoardUnit = { id: Id; kind: string; parent?: Id | null }

/** The district (区县) a unit belongs to: itself or its nearest district ancestor; null for the city and departments. */
export function districtOf(unit: Id, units: readonly BoardUnit[]): Id | null {
  const byId = new Map(units.map((item) => [String(item.id), item]))
  const chain = [unit, ...ancestors(unit, (id) => byId.get(String(id))?.parent)]
  return chain.find((id) => byId.get(String(id))?.kind === 'district') ?? null
}
