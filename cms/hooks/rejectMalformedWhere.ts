import { type CollectionBeforeOperationHook, QueryError } from 'payload'
import { isWellFormedId } from '../domain/ids.ts'
import { type FieldKinds, whereProblems } from '../http/rules/requestShape.ts'

type FieldLike = { name?: string; type: string }

/** What a where path compares against: document ids (the id, relationships, uploads), dates, or anything else. */
function kindsOf(fields: readonly FieldLike[]): FieldKinds {
  return (path) => {
    const [head = '', ...rest] = path.split('.')
    if (head === 'id' || (rest.length > 0 && rest.at(-1) === 'id')) return 'id'
    if (rest.length > 0) return 'other'
    const field = fields.find((candidate) => candidate.name === head)
    if (field?.type === 'date' || head === 'createdAt' || head === 'updatedAt') return 'date'
    return field && (field.type === 'relationship' || field.type === 'upload') ? 'id' : 'other'
  }
}

/**
 * Every collection, beforeOperation: a `where` comparing an id with something that is not an id of
 * this database, or a date with something that is not a date, answers 400 naming the path.
 */
export const rejectMalformedWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  if (!where) return args
  const idType = req.payload.db.defaultIDType
  const problems = whereProblems(where, kindsOf(collection.flattenedFields as FieldLike[]), (value) => isWellFormedId(value, idType))
  if (problems.length > 0) throw new QueryError(problems.map((path) => ({ path })))
  return args
}
