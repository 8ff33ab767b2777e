import type { CollectionBeforeChangeHook } from 'payload'
import { heldVideoFacts } from './checkVideoFile.ts'

const codecOf = (facts: NonNullable<ReturnType<typeof heldVideoFacts>>, type: string): string | null =>
  facts.tracks.find((track) => track.type === type)?.codec ?? null

/** Store what the uploaded MP4 itself says: duration (seconds), picture size and codecs. */
export const recordVideoFacts: CollectionBeforeChangeHook = ({ data, req }) => {
  const facts = heldVideoFacts(req)
  if (!facts || !req.file) return data
  data.duration = Math.round(facts.durationSeconds * 1000) / 1000
  data.width = facts.width
  data.height = facts.height
  data.videoCodec = codecOf(facts, 'video')
  data.audioCodec = codecOf(facts, 'audio')
  return data
}
