/**
 * 错敏词 matching speed: a 10,000-character text against 10,000 entries (the shipped list plus
 * synthetic words), goal ≤ 20 ms per check. Pure CPU, no database: `npm run bench -- --only words`,
 * or on its own: `npx tsx bench/sensitiveWords.ts`.
 */
import { performance } from 'node:perf_hooks'
import { SHIPPED_WORDS } from '../cms/domain/sensitiveWordList.ts'
import { checkTexts, compileWords, type WordEntry, wordEntries } from '../cms/domain/sensitiveWords.ts'

export type WordsResult = { entries: number; textChars: number; compileMs: number; medianMs: number; p95Ms: number; findings: number }

/** A deterministic pseudo-random generator, so every run checks the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Common CJK characters (U+4E00 … U+62FF), so synthetic words and the text share an alphabet. */
const cjk = (next: () => number) => String.fromCharCode(0x4e00 + Math.floor(next() * 0x1500))

export function benchWords(entries = 10_000, textChars = 10_000, runs = 50): WordsResult {
  const next = random(42)
  const words: WordEntry[] = wordEntries(SHIPPED_WORDS)
  while (words.length < entries) {
    const length = 2 + Math.floor(next() * 6)
    words.push({ word: Array.from({ length }, () => cjk(next)).join(''), suggestion: '建议', kind: 'custom' })
  }
  let text = Array.from({ length: textChars }, () => cjk(next)).join('')
  for (const [word] of SHIPPED_WORDS.slice(0, 20)) {
    const at = Math.floor(next() * (text.length - word.length))
    text = text.slice(0, at) + word + text.slice(at + word.length)
  }
  const started = performance.now()
  const matcher = compileWords(words)
  const compileMs = performance.now() - started
  const times: number[] = []
  let findings = 0
  for (let i = 0; i < runs + 5; i++) {
    const t0 = performance.now()
    findings = checkTexts([matcher], [{ path: 'body', label: '正文', text }]).length
    if (i >= 5) times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    entries: matcher.size,
    textChars: text.length,
    compileMs: round(compileMs),
    medianMs: round(times[Math.floor(times.length / 2)] ?? 0),
    p95Ms: round(times[Math.floor(times.length * 0.95)] ?? 0),
    findings,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchWords())
