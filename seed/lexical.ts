/** Build Lexical rich-text JSON (the format Payload stores) from plain paragraphs and headings. */
type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2' | 'h3'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: 0
}

const text = (value: string): TextNode => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

/** Lines starting with "## " become h2 headings; every other line is a paragraph. */
export function richText(lines: string[]) {
  const children: BlockNode[] = lines.map((line) =>
    line.startsWith('## ')
      ? { type: 'heading', tag: 'h2', children: [text(line.slice(3))], direction: 'ltr', format: '', indent: 0, version: 1 }
      : { type: 'paragraph', children: [text(line)], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0 },
  )
  return { root: { type: 'root', children, direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 } }
}
