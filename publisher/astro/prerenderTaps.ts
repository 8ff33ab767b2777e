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
type Body = { bytes: Buffer<ArrayBuffer>; text: string }

/**
 * A page's Response as the first tap that read it hands it on: the same bytes, status and headers (a
 * body is read once), carrying what was read so a later tap does not read, decode and copy the page
 * again. A field of the Response itself, not a WeakMap keyed by it: a WeakMap entry (holding the page's
 * bytes and text) costs the garbage collector about 25 µs a page here, doubling the taps' cost.
 */
class ReadResponse extends Response {
  readonly read: Body

  constructor(read: Body, from: Response) {
    super(read.bytes, { status: from.status, statusText: from.statusText, headers: from.headers })
    this.read = read
  }
}

/**
 * A rendered page's bytes and text, read once across every tap: the first tap to ask reads the body
 * and hands on a Response with the same bytes (a body is read once); a later tap gets the text it read,
 * without another read, decode and copy of the page. `result` is what the tap returns.
 */
export async function renderedBody(rendered: Rendered): Promise<Body & { result: Rendered }> {
  const response = rendered instanceof Response ? rendered : rendered.response
  if (response instanceof ReadResponse) return { ...response.read, result: rendered }
  const bytes = Buffer.from(await response.arrayBuffer())
  const copy = new ReadResponse({ bytes, text: bytes.toString('utf8') }, response)
  return { ...copy.read, result: rendered instanceof Response ? copy : { ...rendered, response: copy } }
}
