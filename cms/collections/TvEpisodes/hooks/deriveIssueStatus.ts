import type { CollectionBeforeChangeHook } from 'payload'
import { type Issue, issueStatus, openPromiseDeadline } from '../../../domain/tvIssues.ts'

type IssueRow = Issue & { status?: string | null }

/**
 * An issue's status is what its latest follow-up found (cms/domain/tvIssues.ts): whatever the request
 * typed beside it is replaced. The earliest open promise deadline is kept on the episode, so the
 * workbench counts episodes with an overdue promise by one condition.
 */
export const deriveIssueStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (Array.isArray(data.issues)) {
    data.issues = (data.issues as IssueRow[]).map((issue) => ({ ...issue, status: issueStatus(issue.followUps) }))
  }
  const issues = (data.issues ?? originalDoc?.issues ?? []) as IssueRow[]
  data.openPromiseDeadline = openPromiseDeadline(issues)
  return data
}
