import type { SeedContext } from '../context.ts'
import { PROJECT_YEAR, projects } from '../data/projects.ts'

export async function seedProjects(ctx: SeedContext): Promise<void> {
  for (const project of projects) {
    await ctx.upsert(
      'projects',
      project.slug,
      async () => ({
        title: project.title,
        slug: project.slug,
        campaign: project.campaign,
        year: PROJECT_YEAR,
        unit: ctx.unit(project.unit),
        target: project.target,
        description: project.description ? ctx.richText(project.description) : null,
        milestones: project.milestones.map((milestone) => ({ ...milestone, doneDate: milestone.doneDate ?? null })),
        progress: project.progress,
        progressText: project.progressText ?? null,
        progressDate: project.progressDate ?? null,
        beforePhotos: await Promise.all((project.before ?? []).map(ctx.photo)),
        afterPhotos: await Promise.all((project.after ?? []).map(ctx.photo)),
        _status: project.status,
      }),
      project.status === 'draft',
    )
  }
}
