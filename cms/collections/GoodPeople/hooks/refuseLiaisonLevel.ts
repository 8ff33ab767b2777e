import { type FieldHook, ValidationError } from 'payload'
import { entryLevel } from '../../../domain/ladder.ts'
import { hasRole } from '../../../domain/roles.ts'
import { slugs } from '../../../slugs.ts'

const MESSAGE =
  '只有编辑、审核人员和管理员可以确定入选层级或逐级推选（字段“当前层级” level），单位联络员不能修改；请保留原层级后再保存。 / ' +
  'Only editors, reviewers and admins set the entry level or promote (field "level"); a unit liaison cannot change it.'

/**
 * Field access hides the level from liaisons (they cannot set it); this runs first and refuses, with
 * a clear message, a liaison's attempt to set or change it instead of dropping it silently. Sending
 * the value it already has (or the channel's default entry level on a new nomination) is not a change.
 */
export const refuseLiaisonLevel: FieldHook = ({ value, previousValue, siblingData, operation, overrideAccess, req }) => {
  if (overrideAccess || hasRole(req.user, 'admin', 'reviewer', 'editor')) return value
  if (value === undefined || value === null || value === '') return value
  const unchanged = operation === 'update' ? previousValue : entryLevel(siblingData?.channel)
  if (value === unchanged) return value
  throw new ValidationError({ collection: slugs.goodPeople, errors: [{ path: 'level', message: MESSAGE }] }, req.t)
}
