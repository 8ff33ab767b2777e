/** Small file and concurrency helpers shared by the site builder, its integrations and storage. */
import fs from 'node:fs'
import path from 'node:path'

/** Run `work` over the items, at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}

/**
 * Write a file as a new file (a temporary one renamed over it): in a build folder that started as a
 * hard-link snapshot of the live build, the old file is a link into the live build and must never be
 * written through.
 */
export function writeNew(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp-${process.pid}`
  fs.writeFileSync(temp, data)
  fs.renameSync(temp, file)
}
