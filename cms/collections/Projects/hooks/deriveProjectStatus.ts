import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { type Milestone, openMilestoneDue, progressDay, projectProblems, projectStage } from '../../../domain/projects.ts'
import { slugs } from '../../../slugs.ts'

type Stored = { milestones?: Milestone[] | null; progress?: number | null; progressText?: string | null; progressDate?: string | null }

/**
 * A project's stage and earliest open due day come from its milestones and progress
 * (cms/domain/projects.ts), never typed; a future done date or 100% with an open milestone is refused,
 * naming the field. A changed progress is dated today (China) unless a date is given.
 */
export const deriveProjectStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = originalDoc as Stored | undefined
  const merged: Stored = {
    milestones: data.milestones ?? before?.milestones ?? [],
    progress: data.progress ?? before?.progress ?? 0,
    progressText: data.progressText ?? before?.progressText ?? null,
    progressDate: data.progressDate ?? before?.progressDate ?? null,
  }
  const now = new Date()
  const problems = projectProblems(merged, now)
  if (problems.length > 0) throw new ValidationError({ collection: slugs.projects, errors: problems }, req.t)
  data.status = projectStage(merged)
  data.openMilestoneDue = openMilestoneDue(merged.milestones)
  data.progressDate = progressDay(before, merged, now)
  return data
}
