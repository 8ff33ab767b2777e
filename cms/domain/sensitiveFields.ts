/**
 * The texts of a document that the 错敏词 check reads, found by walking the collection's field
 * config generically: text, textarea and rich text (Lexical JSON: the text nodes of each block,
 * joined so a word split by formatting is still found), inside groups, arrays, blocks, tabs and rows.
 */
import type { FieldText } from './sensitiveWords.ts'

type Label = string | { zh?: string; en?: string } | false | undefined | ((...args: never[]) => unknown)
export type FieldLike = {
  type: string
  name?: string
  label?: Label
  fields?: FieldLike[]
  tabs?: { name?: string; label?: Label; fields: FieldLike[] }[]
  blocks?: { slug: string; fields: FieldLike[] }[]
}
type Doc = Record<string, unknown>

export const labelText = (label: Label, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label.zh ?? label.en ?? fallback) : fallback

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'root'])

/** The plain text of a Lexical editor state: text nodes joined within a block, blocks on their own lines. */
export function lexicalText(value: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { type, text, children } = node as { type?: string; text?: unknown; children?: unknown }
    if (typeof text === 'string') line.push(text)
    if (!Array.isArray(children)) return
    if (type && BLOCK_TYPES.has(type)) {
      const own: string[] = []
      for (const child of children) walk(child, own)
      if (own.length > 0) lines.push(own.join(''))
    } else for (const child of children) walk(child, line)
  }
  walk((value as { root?: unknown } | null)?.root, [])
  return lines.join('\n')
}

const isDoc = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

function textOf(field: FieldLike, value: unknown): string[] {
  if (field.type === 'richText') return [lexicalText(value)]
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Every text in `doc` under `fields`, with dotted paths (array rows by index) and Chinese labels; `skip` names fields to leave out. */
export function collectTexts(
  fields: readonly FieldLike[],
  doc: Doc,
  skip: ReadonlySet<string> = new Set(),
  prefix = '',
  parent = '',
): FieldText[] {
  const out: FieldText[] = []
  for (const field of fields) {
    if (field.name && skip.has(field.name)) continue
    const path = field.name ? `${prefix}${field.name}` : ''
    const label = [parent, labelText(field.label, field.name ?? '')].filter(Boolean).join(' · ')
    const value = field.name ? doc[field.name] : undefined
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
      for (const text of textOf(field, value)) if (text.trim()) out.push({ path, label, text })
    } else if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      const inner = field.name ? (isDoc(value) ? value : {}) : doc
      out.push(...collectTexts(field.fields ?? [], inner, skip, field.name ? `${path}.` : prefix, field.name ? label : parent))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        const inner = tab.name ? (isDoc(doc[tab.name]) ? (doc[tab.name] as Doc) : {}) : doc
        out.push(...collectTexts(tab.fields, inner, skip, tab.name ? `${prefix}${tab.name}.` : prefix, parent))
      }
    } else if (field.type === 'array' || field.type === 'blocks') {
      const rows = Array.isArray(value) ? value.filter(isDoc) : []
      rows.forEach((row, i) => {
        const rowFields =
          field.type === 'array' ? (field.fields ?? []) : (field.blocks?.find((b) => b.slug === row.blockType)?.fields ?? [])
        out.push(...collectTexts(rowFields, row, skip, `${path}.${i}.`, `${label} 第${i + 1}项`))
      })
    }
  }
  return out
}
