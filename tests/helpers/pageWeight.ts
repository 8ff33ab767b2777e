/** Bytes a visitor downloads for one page, content images excluded: HTML plus the CSS and JS it references. */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'node-html-parser'

export type PageWeight = { html: number; css: number; js: number; total: number }

export function pageWeight(root: string, file: string): PageWeight {
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  const doc = parse(source)
  const local = (href: string | undefined) => (href?.startsWith('/') ? fs.statSync(path.join(root, href)).size : 0)
  const inlineJs = doc.querySelectorAll('script:not([src])').reduce((sum, script) => sum + Buffer.byteLength(script.text), 0)
  const inlineCss = doc.querySelectorAll('style').reduce((sum, style) => sum + Buffer.byteLength(style.text), 0)
  const css = inlineCss + doc.querySelectorAll('link[rel="stylesheet"]').reduce((sum, link) => sum + local(link.getAttribute('href')), 0)
  const js = inlineJs + doc.querySelectorAll('script[src]').reduce((sum, script) => sum + local(script.getAttribute('src')), 0)
  const html = Buffer.byteLength(source)
  return { html, css, js, total: html - inlineJs - inlineCss + css + js }
}
