import type { IncomingMessage } from 'node:http'

/** Raised when a request body is too large or not JSON; carries the HTTP status to answer. */
export class BodyError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'BodyError'
    this.status = status
  }
}

/** Reads and parses a JSON body, refusing more than `limit` bytes before buffering them. */
export const readJsonBody = async (request: IncomingMessage, limit: number): Promise<unknown> => {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    throw new BodyError(413, `request body over ${limit} bytes`)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyError(413, `request body over ${limit} bytes`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, 'request body is not JSON')
  }
}
