import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { isInLiaisonScope, liaisonUnit } from '../../../access/unitScope.ts'
import type { RectificationStatus } from '../../../domain/exposureRules.ts'
import { decideExtension, type Problem, requestProblems } from '../../../domain/extensions.ts'
import { idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'
import { clockOf } from '../../Exposures/writeSystemStatus.ts'

type Args = Parameters<CollectionBeforeChangeHook>[0]

async function exposureOf({ data, originalDoc, req }: Args) {
  const id = idOf(originalDoc?.exposure ?? data.exposure)
  if (id === null) return null
  return req.payload.findByID({ collection: slugs.exposures, id, depth: 0, overrideAccess: true, req, disableErrors: true })
}

async function requestChecks(args: Args, exposure: NonNullable<Awaited<ReturnType<typeof exposureOf>>>): Promise<Problem[]> {
  const { data, req } = args
  if (liaisonUnit(req.user) !== undefined && !(await isInLiaisonScope(req, idOf(exposure.unit))))
    return [
      { path: 'exposure', message: '联络员只能为本单位及下属单位的曝光事项申请延期。 / Liaisons ask only for their own unit’s items.' },
    ]
  const waiting = await req.payload.count({
    collection: slugs.deadlineExtensions,
    where: { and: [{ exposure: { equals: exposure.id } }, { status: { equals: 'pending' } }] },
    overrideAccess: true,
    req,
  })
  const item = {
    deadline: String(exposure.deadline),
    status: (exposure.rectification?.status ?? 'pending') as RectificationStatus,
    rectifiedAt: exposure.rectification?.rectifiedAt,
  }
  return requestProblems(data, item, waiting.totalDocs > 0)
}

/**
 * 延期: a new request is checked (scope, reason, date, nothing waiting) and stamped with who and
 * when; a decision is the reviewer's (decideExtension) and stamped too. The request's own fields and
 * every decided request stay as they were (field and collection access).
 */
export const checkExtension: CollectionBeforeChangeHook = async (args) => {
  const { data, operation, originalDoc, req } = args
  const exposure = await exposureOf(args)
  const now = clockOf(req.context).toISOString()
  const fail = (errors: Problem[]) => new ValidationError({ collection: slugs.deadlineExtensions, errors }, req.t)
  if (!exposure) throw fail([{ path: 'exposure', message: '曝光事项不存在。 / The exposure does not exist.' }])
  if (operation === 'create') {
    const problems = await requestChecks(args, exposure)
    if (problems.length > 0) throw fail(problems)
    return { ...data, unit: idOf(exposure.unit), status: 'pending', requestedBy: req.user?.id ?? null, requestedAt: now }
  }
  const role = (req.user as { role?: string } | null)?.role
  const result = decideExtension(role, originalDoc ?? {}, data, String(exposure.deadline))
  if (!result.ok) throw fail(result.problems)
  return { ...data, ...result.decision, decidedBy: req.user?.id ?? null, decidedAt: now }
}
