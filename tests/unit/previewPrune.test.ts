import { describe, expect, it } from 'vitest'
import { foldersToPrune, type PreviewFolder, type PruneRule } from '../../publisher/rules/previewPrune.ts'

const NOW = Date.UTC(2025, 5, 1, 8, 0, 0)
const MINUTE = 60_000
const ago = (name: string, minutes: number): PreviewFolder => ({ name, modifiedMs: NOW - minutes * MINUTE })
const rule = (overrides: Partial<PruneRule> = {}): PruneRule => ({ now: NOW, maxAgeMs: 30 * MINUTE, keep: 3, protect: [], ...overrides })

describe('foldersToPrune', () => {
  it.each<[string, PreviewFolder[], PruneRule, string[]]>([
    ['nothing when there are no folders', [], rule(), []],
    ['nothing when few and fresh', [ago('a', 1), ago('b', 2)], rule(), []],
    ['folders older than the age limit', [ago('a', 1), ago('old', 31), ago('older', 300)], rule(), ['old', 'older']],
    ['nothing exactly at the age limit', [ago('a', 30)], rule(), []],
    ['the oldest beyond the kept count', [ago('a', 1), ago('b', 2), ago('c', 3), ago('d', 4), ago('e', 5)], rule(), ['d', 'e']],
    ['older folders so a protected new one fits', [ago('a', 1), ago('b', 2), ago('c', 3)], rule({ protect: ['new'] }), ['c']],
    ['never a protected folder, even an old one', [ago('kept', 90), ago('a', 1)], rule({ protect: ['kept'] }), []],
    ['everything unprotected when keep is 1 and one is protected', [ago('a', 1), ago('b', 2)], rule({ keep: 1, protect: ['a'] }), ['b']],
    ['all unprotected when keep is 0', [ago('a', 1), ago('b', 2)], rule({ keep: 0 }), ['a', 'b']],
    ['ties on time by name', [ago('b', 1), ago('a', 1), ago('c', 1)], rule({ keep: 2 }), ['c']],
  ])('should delete %s', (_name, folders, input, expected) => {
    expect(foldersToPrune(folders, input).toSorted()).toEqual(expected.toSorted())
  })

  it('should not change its input', () => {
    const folders = [ago('b', 1), ago('a', 50)]
    const copy = structuredClone(folders)
    foldersToPrune(folders, rule({ keep: 1 }))
    expect(folders).toEqual(copy)
  })
})
