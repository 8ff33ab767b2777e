import type { FieldAccess } from 'payload'

/**
 * Values only the server writes (review logs, status histories, flags): Payload drops request
 * input for such a field before the collection's hooks run, and the hooks then set it.
 */
export const serverOnlyField: FieldAccess = () => false
