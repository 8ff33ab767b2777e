export * from './form.ts'
export * from './rules.ts'
export * from './token.ts'
