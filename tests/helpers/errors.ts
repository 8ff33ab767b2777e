/** Everything an editor would read from a rejected operation: the message and each field's message. */
export async function rejectionText(action: Promise<unknown>): Promise<string> {
  try {
    await action
  } catch (error) {
    const err = error as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
    const fields = (err.data?.errors ?? []).map((field) => `[${field.path}] ${field.message}`)
    return [err.message ?? String(error), ...fields].join('\n')
  }
  throw new Error('expected the operation to be rejected, but it succeeded')
}
