/** 问卷 (surveys): the pure rules — questions, answers, tallies, results, CSV, limits, China time. */
export * from './answers.ts'
export * from './check.ts'
export * from './csv.ts'
export * from './limits.ts'
export * from './model.ts'
export * from './results.ts'
export * from './state.ts'
export * from './tally.ts'
