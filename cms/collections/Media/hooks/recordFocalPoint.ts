import type { FieldHook } from 'payload'
import { notePayloadFocalPoint } from '../preparedUpload.ts'

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value)

/**
 * Note the focal point Payload gave the file it just processed, before the field's old value fills a
 * gap: Payload makes a replacement file's sizes without a focal point (sharp's own crop), yet the
 * document keeps its focalX/focalY. Runs on focalX, ahead of the fallback for focalX and focalY.
 */
export const recordFocalPoint: FieldHook = ({ req, siblingData, value }) => {
  const { focalX, focalY } = siblingData as { focalX?: unknown; focalY?: unknown }
  notePayloadFocalPoint(req, isNumber(focalX) && isNumber(focalY) ? { x: focalX, y: focalY } : undefined)
  return value
}
