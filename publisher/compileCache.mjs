/**
 * Preloaded into the build process (runners.ts, before tsx): Node's on-disk compile cache for every
 * module it loads. A build process starts Astro, Vite, Payload and the site's code — thousands of
 * modules — and a build loads its page bundle again; with the cache, V8 reuses the code it compiled
 * the last time instead of compiling each module again (issue 26: the full build's startup).
 * The cache lives in node_modules/.cache (a change of a file compiles that file again).
 */
import module from 'node:module'
import path from 'node:path'

module.enableCompileCache?.(path.join(process.cwd(), 'node_modules', '.cache', 'node-compile'))
