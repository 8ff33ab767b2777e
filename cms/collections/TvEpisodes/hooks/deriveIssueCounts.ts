import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { checkEmbedUrl, embedHosts } from '../../../domain/embeds.ts'
import { slugs } from '../../../slugs.ts'

/** Counts of issues raised and solved are derived from the issues, never typed; embeds come from allowed hosts only. */
export const deriveIssueCounts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const embedUrl = data.embedUrl ?? originalDoc?.embedUrl
  const problem = embedUrl ? checkEmbedUrl(String(embedUrl), embedHosts(process.env)) : null
  if (problem) throw new ValidationError({ collection: slugs.tvEpisodes, errors: [{ path: 'embedUrl', message: problem }] }, req.t)
  const issues = (data.issues ?? originalDoc?.issues ?? []) as { status?: string }[]
  data.issuesRaised = issues.length
  data.issuesSolved = issues.filter((issue) => issue.status === 'solved').length
  return data
}
