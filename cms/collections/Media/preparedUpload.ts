/**
 * What the media upload hooks hand on to each other within one request, in `req.context` (Payload's
 * per-request channel for hooks): cleanImageUpload → attachRenditions, the upload as read and decoded;
 * recordFocalPoint → attachRenditions, the focal point Payload gave the file; attachRenditions →
 * writeRenditionFiles, the rendition files to write once the document is saved.
 */
import type { PayloadRequest } from 'payload'
import type { FocalPoint } from '../../domain/renditionPlan.ts'
import type { Rendition, SourceImage } from '../../media/renditions.ts'

/**
 * `original`: the cleaned file handed to Payload in place of the upload (none for GIF and WebP, which
 * Payload re-encodes). `early`: the renditions for the focal point Payload is expected to give the
 * file, already being made while Payload does its own part.
 */
export type PreparedUpload = {
  source: SourceImage
  original?: Buffer
  early?: { focal: FocalPoint | undefined; renditions: Promise<(Rendition | null)[]> }
}
export type RenditionFiles = { filename: string; files: { path: string; data: Buffer }[] }

/** `focal`: the focal point Payload gave the file it processed in this operation, `point` undefined for none. */
type Held = { prepared?: PreparedUpload; files?: RenditionFiles; focal?: { point: FocalPoint | undefined } }
const KEY = 'mediaUpload'

const held = (req: PayloadRequest): Held => {
  req.context ??= {}
  req.context[KEY] ??= {}
  return req.context[KEY] as Held
}

/** Every media operation sets (or clears) it first, so nothing is left over from an earlier one in the same request. */
export const holdPrepared = (req: PayloadRequest, prepared: PreparedUpload | undefined): void => {
  held(req).prepared = prepared
}

/** The prepared upload, once: it holds the decoded pixels, which are let go as soon as they are used. */
export function takePrepared(req: PayloadRequest): PreparedUpload | undefined {
  const slot = held(req)
  const { prepared } = slot
  slot.prepared = undefined
  return prepared
}

export const notePayloadFocalPoint = (req: PayloadRequest, point: FocalPoint | undefined): void => {
  held(req).focal = { point }
}

export const payloadFocalPoint = (req: PayloadRequest): { point: FocalPoint | undefined } | undefined => held(req).focal

export const holdRenditionFiles = (req: PayloadRequest, files: RenditionFiles): void => {
  held(req).files = files
}

export function takeRenditionFiles(req: PayloadRequest, filename: string): RenditionFiles | undefined {
  const slot = held(req)
  const { files } = slot
  if (files?.filename !== filename) return undefined
  slot.files = undefined
  return files
}
