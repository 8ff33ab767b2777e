import type { CollectionBeforeOperationHook, Where } from 'payload'
import { hasRole } from '../domain/roles.ts'
import { forbidden } from './forbidden.ts'

const RESTORE_MESSAGE = '只有审核员或管理员可以恢复历史版本。 / Only reviewers and admins restore versions.'
const MESSAGE =
  '已发布的内容只能由审核员或管理员修改、下线或恢复版本：请“保存草稿”并提交审核。 / Only reviewers and admins change, unpublish or restore published content: save a draft and submit it for review.'

type UpdateArgs = { id?: number | string; where?: Where; draft?: boolean; overrideAccess?: boolean }

/**
 * Workflow on the server, before anything is written: an editor or a unit liaison may change a
 * published document only as a draft (the live version stays until a reviewer publishes), never
 * unpublish it or overwrite it directly, and never restore a version. Reviewers and admins may.
 */
export const guardPublishedWrites: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { id, where, draft, overrideAccess } = args as UpdateArgs
  // System work (scheduled jobs, accountability refresh, seed) runs with overrideAccess.
  if (overrideAccess || hasRole(req.user, 'admin', 'reviewer')) return args
  if ((operation as string) === 'restoreVersion') throw forbidden(RESTORE_MESSAGE)
  if (operation !== 'update' || draft) return args
  const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'bulletins',
    where: { and: [target, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw forbidden(MESSAGE)
  return args
}
