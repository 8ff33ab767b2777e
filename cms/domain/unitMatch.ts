/**
 * Finding a unit from what an evaluator typed: exact code, then exact name, then the name with
 * whitespace and full-width characters normalised; otherwise the closest names by edit distance.
 * Pure: the unit list comes in.
 */
import { distance } from 'fastest-levenshtein'
import { normalizeText } from './scoreCells.ts'
import type { Id } from './tree.ts'

export type UnitRef = { id: Id; name: string; code?: string | null }

export type UnitMatch = { kind: 'found'; unit: UnitRef } | { kind: 'ambiguous'; units: UnitRef[] } | { kind: 'missing' }

export type UnitIndex = {
  match: (text: string) => UnitMatch
  suggest: (text: string, limit?: number) => string[]
}

function group(units: readonly UnitRef[], keyOf: (unit: UnitRef) => string | null | undefined): Map<string, UnitRef[]> {
  const map = new Map<string, UnitRef[]>()
  for (const unit of units) {
    const key = keyOf(unit)
    if (!key) continue
    map.set(key, [...(map.get(key) ?? []), unit])
  }
  return map
}

const verdict = (hits: UnitRef[] | undefined): UnitMatch | null => {
  if (!hits || hits.length === 0) return null
  return hits.length === 1 ? { kind: 'found', unit: hits[0] } : { kind: 'ambiguous', units: hits }
}

/** Up to `limit` unit names closest to `text`, nearest first; only names close enough to be a plausible typo. */
function closestNames(names: readonly string[], text: string, limit: number): string[] {
  const wanted = normalizeText(text)
  if (!wanted) return []
  const scored = names.map((name) => {
    const plain = normalizeText(name)
    const contains = plain.includes(wanted) || wanted.includes(plain)
    const d = distance(wanted, plain)
    const close = d <= Math.max(1, Math.floor(Math.max(wanted.length, plain.length) / 2))
    return { name, d, ok: contains || close }
  })
  return scored
    .filter((entry) => entry.ok)
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((entry) => entry.name)
}

/** Builds the lookups once, so thousands of rows match in constant time each. */
export function indexUnits(units: readonly UnitRef[]): UnitIndex {
  const byCode = group(units, (unit) => unit.code?.trim())
  const byName = group(units, (unit) => unit.name.trim())
  const byPlainCode = group(units, (unit) => (unit.code ? normalizeText(unit.code) : null))
  const byPlainName = group(units, (unit) => normalizeText(unit.name))
  const names = [...new Set(units.map((unit) => unit.name))]
  return {
    match: (text) => {
      const exact = text.trim()
      const plain = normalizeText(text)
      const found =
        verdict(byCode.get(exact)) ?? verdict(byName.get(exact)) ?? verdict(byPlainCode.get(plain)) ?? verdict(byPlainName.get(plain))
      return found ?? { kind: 'missing' }
    },
    suggest: (text, limit = 3) => closestNames(names, text, limit),
  }
}
