/**
 * Astro keeps ONE prerenderer per build: the last integration calling `setPrerenderer` wins. The
 * publisher watches it for two things — the search index fed while pages render (pagefindLive.mjs)
 * and the prerender app kept for targeted publishes (keptApp.ts) — so this one integration sets it,
 * with each tap wrapping the default prerenderer in turn. Public API only (`setPrerenderer`, the
 * `AstroPrerenderer` interface).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro'

/** Wraps a prerenderer (and returns it, or one that delegates to it). */
export type PrerenderTap = (prerenderer: AstroPrerenderer) => AstroPrerenderer

/** Apply the taps in order (the first wraps Astro's default prerenderer). Pure. */
export const applyTaps = (prerenderer: AstroPrerenderer, taps: readonly PrerenderTap[]): AstroPrerenderer =>
  taps.reduce((wrapped, tap) => tap(wrapped), prerenderer)

/** Sets the build's prerenderer to Astro's default one with every tap applied; sets nothing without taps. */
export function prerenderTaps(taps: readonly (PrerenderTap | null | undefined)[]): AstroIntegration {
  const used = taps.filter((tap): tap is PrerenderTap => typeof tap === 'function')
  return {
    name: 'campaign:prerender-taps',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (used.length > 0) setPrerenderer((prerenderer: AstroPrerenderer) => applyTaps(prerenderer, used))
      },
    },
  }
}

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>
type Body = { bytes: Buffer; text: string }

/** The bodies taps already read, by the Response handed on (each tap would otherwise read and copy the page again). */
const readBodies = new WeakMap<Response, Body>()

/**
 * A rendered page's bytes and text, read once across every tap: the first tap to ask reads the body
 * and hands on a Response with the same bytes (a body is read once); a later tap gets the text it read,
 * without another read, decode and copy of the page. `result` is what the tap returns.
 */
export async function renderedBody(rendered: Rendered): Promise<Body & { result: Rendered }> {
  const response = rendered instanceof Response ? rendered : rendered.response
  const known = readBodies.get(response)
  if (known) return { ...known, result: rendered }
  const bytes = Buffer.from(await response.arrayBuffer())
  const body = { bytes, text: bytes.toString('utf8') }
  const copy = new ReadResponse(bytes, { status: response.status, statusText: response.statusText, headers: response.headers })
  readBodies.set(copy, body)
  return { ...body, result: rendered instanceof Response ? copy : { ...rendered, response: copy } }
}

/**
 * A Response over bytes already read, handed on without copying them again: `new Response(bytes)` copies
 * the page into a new stream and the next `arrayBuffer()` copies it out once more (two copies of every
 * page, about 1 s of the build process's CPU per 10,000 pages). Its body is a stream of the same bytes,
 * so any other way of reading it (text(), body.getReader()) gives them too; `arrayBuffer()`, the way
 * Astro reads a page to write it, answers with the bytes at once. Web API only (a subclass of Response).
 */
class ReadResponse extends Response {
  readonly #bytes: Buffer

  constructor(bytes: Buffer, init: ResponseInit) {
    super(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes)
          controller.close()
        },
      }),
      init,
    )
    this.#bytes = bytes
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.bodyUsed) return super.arrayBuffer()
    const bytes = this.#bytes
    // A Buffer made from a whole ArrayBuffer (renderedBody's) is a view of all of it; any other is sliced out.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    return (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer
  }
}
