/** Read the site built once by globalSetup.ts. */
import fs from 'node:fs'
import path from 'node:path'
import { type HTMLElement, parse } from 'node-html-parser'
import { inject } from 'vitest'

export const siteDir = (): string => inject('siteDir')
export const read = (file: string): string => fs.readFileSync(path.join(siteDir(), file), 'utf8')
export const exists = (file: string): boolean => fs.existsSync(path.join(siteDir(), file))
export const html = (file: string): HTMLElement => parse(read(file))

/** Every built HTML file, relative to the site root. */
export function htmlFiles(dir = siteDir()): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'media' || entry.name === 'pagefind' ? [] : htmlFiles(full)
    return entry.name.endsWith('.html') ? [path.relative(siteDir(), full)] : []
  })
}
