/**
 * 错敏词 (wrong and sensitive wording) matching: one Aho–Corasick automaton over every entry, so a
 * 10,000-character text is checked against 10,000 entries in one pass (bench/sensitiveWords.ts).
 * Pure: the word lists are passed in; the matcher is `modern-ahocorasick` (maintained, no dependencies).
 */
import AhoCorasick from 'modern-ahocorasick'

export type WordKind = 'official' | 'outdated' | 'title' | 'typo' | 'custom'
export type WordEntry = { word: string; suggestion: string; kind: WordKind }
/** One text of a document to check: its path, its label for editors, and the plain text. */
export type FieldText = { path: string; label: string; text: string }
/** One wrong word found in one field. */
export type Finding = { path: string; label: string; word: string; suggestion: string; kind: WordKind; count: number }

export const WORD_KIND_LABELS: Record<WordKind, { zh: string; en: string }> = {
  official: { zh: '规范名称错写', en: 'Misspelt official name' },
  outdated: { zh: '过时机构名称', en: 'Outdated institution name' },
  title: { zh: '不当称谓', en: 'Improper title or form of address' },
  typo: { zh: '常见错别字', en: 'Common misspelling' },
  custom: { zh: '本地词库', en: 'Local list' },
}

export type WordMatcher = { size: number; find: (text: string) => { entry: WordEntry; start: number }[] }

/** Compile a matcher; blank words are skipped and a later entry of the same word replaces an earlier one. */
export function compileWords(entries: readonly WordEntry[]): WordMatcher {
  const byWord = new Map<string, WordEntry>()
  for (const entry of entries) {
    const word = entry.word.trim()
    if (word !== '') byWord.set(word, { ...entry, word })
  }
  const list = [...byWord.values()]
  if (list.length === 0) return { size: 0, find: () => [] }
  const automaton = new AhoCorasick(list.map((entry) => ({ pattern: entry.word, data: entry })))
  return {
    size: list.length,
    find: (text) => automaton.search(text).map((match) => ({ entry: match.data as WordEntry, start: match.start })),
  }
}

/** Entries shipped as [word, suggestion, kind] tuples. */
export const wordEntries = (rows: readonly (readonly [string, string, WordKind])[]): WordEntry[] =>
  rows.map(([word, suggestion, kind]) => ({ word, suggestion, kind }))

/** Every wrong word in every text, one finding per field and word (with how often it occurs), in document order. */
export function checkTexts(matchers: readonly WordMatcher[], texts: readonly FieldText[]): Finding[] {
  const findings: Finding[] = []
  for (const { path, label, text } of texts) {
    const byWord = new Map<string, Finding>()
    const hits = matchers.flatMap((matcher) => matcher.find(text)).sort((a, b) => a.start - b.start)
    for (const { entry } of hits) {
      const seen = byWord.get(entry.word)
      if (seen) seen.count++
      else byWord.set(entry.word, { path, label, word: entry.word, suggestion: entry.suggestion, kind: entry.kind, count: 1 })
    }
    findings.push(...byWord.values())
  }
  return findings
}

/** The Chinese message an editor reads for one finding. */
export function findingMessage(finding: Finding): string {
  const times = finding.count > 1 ? `（${finding.count} 处）` : ''
  return `“${finding.label}”中有错敏词“${finding.word}”${times}，建议改为“${finding.suggestion}”（${WORD_KIND_LABELS[finding.kind].zh}）。`
}

/** One line for the review log: the words and where they are. */
export function findingsSummary(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.label}：${f.word}→${f.suggestion}`).join('；')
}
