import type { IncomingMessage } from 'node:http'
import type { ErrorCode } from '../../shared/contract'

/** Raised when a request body is too large or not JSON; carries the HTTP status and code. */
export class BodyError extends Error {
  readonly status: number
  readonly code: ErrorCode

  constructor(status: number, code: ErrorCode, message: string) {
    super(message)
    this.name = 'BodyError'
    this.status = status
    this.code = code
  }
}

const tooLarge = (limit: number) =>
  new BodyError(413, 'TOO_LARGE', `request body over ${limit} bytes`)

/**
 * Reads and parses a JSON body, never buffering more than `limit` bytes. A body over the limit
 * is refused at once but read to its end and dropped: a browser whose upload is cut off sees a
 * reset connection, not the coded answer that names the problem.
 */
export const readJsonBody = (request: IncomingMessage, limit: number): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      request.resume()
      return reject(tooLarge(limit))
    }
    const chunks: Buffer[] = []
    let size = 0
    let isOver = false
    request.on('data', (chunk: Buffer) => {
      if (isOver) return
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      isOver = true
      chunks.length = 0
      reject(tooLarge(limit))
    })
    request.on('error', reject)
    request.on('end', () => {
      if (isOver) return
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.trim() === '') return resolve({})
      try {
        resolve(JSON.parse(text) as unknown)
      } catch {
        reject(new BodyError(400, 'INVALID_ARGUMENT', 'request body is not JSON'))
      }
    })
  })
