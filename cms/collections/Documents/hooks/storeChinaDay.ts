import type { FieldHook } from 'payload'
import { documentDay } from '../../../domain/documents.ts'

/** A date-only field keeps the China calendar day picked (rule 18), stored as midnight UTC of that day. */
export const storeChinaDay: FieldHook = ({ value }) => documentDay(value) ?? value
