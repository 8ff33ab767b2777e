/** The public numbers of one activity's sign-ups (site/loaders/volunteering.ts): no name unless the volunteer agreed. */
export type SignupTallyEntry = { id: string; taken: number; attended: number; hours: number; names: string[] }
