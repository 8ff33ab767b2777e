import { describe, expect, it } from 'vitest'
import { ancestors, type Id, subtree, wouldCreateCycle } from '../../cms/domain/tree.ts'

/** 市(1) → 区(2) → 街道(3) → 社区(4) → 网格(5); 部门(6) under 市; ids stored as strings on purpose for 3. */
const PARENTS: Record<string, Id | null> = { '1': null, '2': 1, '3': 2, '4': '3', '5': 4, '6': 1 }
const parentOf = (id: Id): Id | null | undefined => PARENTS[String(id)]

/** A corrupt tree: 10 → 11 → 12 → 11 … */
const LOOP: Record<string, Id | null> = { '10': 11, '11': 12, '12': 11 }
const loopParent = (id: Id): Id | null | undefined => LOOP[String(id)]

describe('wouldCreateCycle', () => {
  it.each([
    ['making the city its own parent', 1, 1, true],
    ['moving the district under its grid', 2, 5, true],
    ['moving the street under its community (string/number ids)', 3, '4', true],
    ['moving the grid under the department', 5, 6, false],
    ['moving a community to the top', 4, null, false],
    ['leaving the parent empty', 4, undefined, false],
    ['a new unit under a grid', undefined, 5, false],
    ['a new unit with no parent', undefined, null, false],
  ] as [string, Id | undefined, Id | null | undefined, boolean][])('should judge %s: %s', (_name, id, parent, expected) => {
    expect(wouldCreateCycle(id, parent, parentOf)).toBe(expected)
  })

  it.each([
    [1, 10],
    [undefined, 12],
  ] as [Id | undefined, Id][])('should report a stored loop as a cycle (id %s, parent %s)', (id, parent) => {
    expect(wouldCreateCycle(id, parent, loopParent)).toBe(true)
  })
})

describe('ancestors', () => {
  it.each([
    [5, [4, '3', 2, 1]],
    ['3', [2, 1]],
    [6, [1]],
    [1, []],
    [99, []],
    [10, [11, 12]],
    [11, [12]],
  ] as [Id, Id[]][])('should list the ancestors of %s nearest first: %j', (id, expected) => {
    const lookup = (x: Id) => (String(x) in LOOP ? loopParent(x) : parentOf(x))
    expect(ancestors(id, lookup)).toEqual(expected)
  })
})

describe('subtree', () => {
  const units = [
    { id: 1, parent: null },
    { id: 2, parent: 1 },
    { id: 3, parent: 2 },
    { id: 4, parent: 3 },
    { id: 5, parent: 2 },
    { id: 6, parent: 1 },
    { id: 7, parent: 8 },
    { id: 8, parent: 7 },
  ]
  it.each([
    ['a street with its communities and grids', 2, [2, 3, 5, 4]],
    ['a grid alone', 4, [4]],
    ['the city', 1, [1, 2, 6, 3, 5, 4]],
    ['a loop without repeating', 7, [7, 8]],
    ['an unknown unit', 99, [99]],
  ])('should give %s', (_name, root, expected) => {
    expect(subtree(root, units)).toEqual(expected)
  })
})
