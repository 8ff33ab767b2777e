import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { checkEmbedUrl } from '../../../domain/embeds.ts'
import { issueCounts } from '../../../domain/tvIssues.ts'
import { slugs } from '../../../slugs.ts'

/** Counts of issues raised and solved are derived from the issues' follow-ups, never typed; embeds come from allowed hosts only. */
export const deriveIssueCounts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const embedUrl = data.embedUrl ?? originalDoc?.embedUrl
  const problem = embedUrl ? checkEmbedUrl(String(embedUrl), settingsOf(req.payload).embedHosts) : null
  if (problem) throw new ValidationError({ collection: slugs.tvEpisodes, errors: [{ path: 'embedUrl', message: problem }] }, req.t)
  const counts = issueCounts(data.issues ?? originalDoc?.issues ?? [])
  data.issuesRaised = counts.raised
  data.issuesSolved = counts.solved
  return data
}
