'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import { hasRole } from '../../domain/roles.ts'

/** Payload's 发布 button only for reviewers and admins: editors and liaisons use 提交审核 instead (the server refuses them anyway). */
export function ReviewerPublishButton() {
  const { user } = useAuth()
  return hasRole(user, 'admin', 'reviewer') ? <PublishButton /> : null
}
