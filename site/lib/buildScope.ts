import { getEntry } from 'astro:content'
import fs from 'node:fs'
import path from 'node:path'
import { type BuildRequest, DEFAULT_BUILD_REQUEST } from './buildRequest.ts'
import { buildManifest, keepPart } from './keptFiles.ts'
import { type PageKeys, pagesToRender, partFile, routePath } from './pageManifest.ts'

type KeyedPath = { params: Record<string, string | number | undefined>; cacheKey: string }

/**
 * Every route's getStaticPaths ends here: it records each page the route has with its cacheKey (the
 * next build's manifest) and, in a targeted build, keeps only the pages whose key differs from the
 * live build's (publisher/rules/affectedPages.ts); a full build keeps them all. `route` is the route's
 * file path under site/pages without the extension.
 */
export async function affectedOnly<T extends KeyedPath>(route: string, keyed: T[] | Promise<T[]>): Promise<T[]> {
  const paths = await keyed
  const request = ((await getEntry('build', 'request'))?.data as BuildRequest | undefined) ?? DEFAULT_BUILD_REQUEST
  const keys: Record<string, string> = {}
  const byPath = new Map<string, T>()
  for (const entry of paths) {
    const pathname = routePath(route, entry.params)
    keys[pathname] = entry.cacheKey
    byPath.set(pathname, entry)
  }
  if (request.pagesDir) {
    fs.mkdirSync(request.pagesDir, { recursive: true })
    fs.writeFileSync(path.join(request.pagesDir, partFile(route)), JSON.stringify({ [route]: keys }))
    // A targeted build's assembly runs in this process (publisher/astro/targetedBuild.mjs): it takes this part
    // from memory instead of reading the file back and parsing it (twice: the removed pages, then the manifest).
    if (request.targeted) keepPart(request.pagesDir, route, keys)
  }
  if (!request.targeted) return paths
  const previous: PageKeys | null = buildManifest(request.targeted.baseDir)?.[route] ?? null
  return [...pagesToRender(keys, previous)].map((pathname) => byPath.get(pathname) as T)
}
