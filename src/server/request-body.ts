/**
 * Reads a request's JSON body within a byte limit. An oversized body is refused as soon as
 * the limit is passed (or at once, from Content-Length), without buffering the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ReceiverError } from './errors.js';

/** How long the rest of a refused body is read and dropped after the 413, at most. */
const LINGER_MS = 5000;

const tooLarge = (maxBytes: number): ReceiverError =>
  // Connection: close, because the unread rest of the body cannot be left on a kept-alive socket.
  new ReceiverError(413, 'payload-too-large', `The body is larger than ${maxBytes} bytes`, {}, { Connection: 'close' });

/**
 * Answers 413 to a client that may still be sending its body, so that it receives the answer.
 *
 * Closing a socket with unread bytes in it makes the kernel send a TCP reset, and a reset
 * discards whatever the client has not read yet: a client still writing its 5 MB saw EPIPE or
 * ECONNRESET instead of the 413. So the whole answer is written at once (it has a
 * Content-Length, the client can read it before its upload ends), the rest of the body is read
 * and dropped, never buffered, until it ends, the client goes away or {@link LINGER_MS} passed,
 * and only then is the response ended, which closes the connection (`Connection: close`).
 */
export const sendTooLarge = (req: IncomingMessage, res: ServerResponse, error: ReceiverError): void => {
  if (res.headersSent) return;
  const body = JSON.stringify(error.toBody());
  // The headers of sendJson (respond.ts), plus a length: the answer is complete before end().
  res.writeHead(error.status, {
    ...error.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.write(body);
  if (req.readableEnded || req.destroyed) return void res.end();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    req.off('data', drop).off('end', end).off('close', end).off('error', end);
    res.end();
  };
  const drop = (): void => {};
  const timer = setTimeout(end, LINGER_MS);
  timer.unref();
  req.on('data', drop).on('end', end).on('close', end).on('error', end);
  req.resume();
};

/** Refuses anything but `application/json` (UTF-8, the only charset JSON allows, RFC 8259 §8.1). */
export const assertJsonContentType = (req: IncomingMessage): void => {
  const [type = '', ...parameters] = (req.headers['content-type'] ?? '').split(';');
  const charset = parameters.map((part) => part.trim().toLowerCase()).find((part) => part.startsWith('charset='));
  if (type.trim().toLowerCase() !== 'application/json' || (charset && charset.replace(/"/g, '') !== 'charset=utf-8'))
    throw new ReceiverError(415, 'unsupported-media-type', 'The body must be application/json (UTF-8)');
};

/** Collects the stream's bytes, stopping (pausing the stream) once more than `maxBytes` arrived. */
const readLimited = (req: IncomingMessage, maxBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (settle: () => void): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      settle();
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else
        finish(() => {
          req.pause();
          reject(tooLarge(maxBytes));
        });
    };
    const onEnd = (): void => finish(() => resolve(Buffer.concat(chunks)));
    const onError = (error: Error): void => finish(() => reject(error));
    const onClose = (): void => finish(() => reject(new Error('The client closed the request before its end')));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });

const parseJson = (bytes: Uint8Array): unknown => {
  try {
    // fatal: malformed UTF-8 is not JSON (RFC 8259 §8.1), rather than silently replaced.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ReceiverError(400, 'invalid-json', `The body is not JSON: ${(error as Error).message}`);
  }
};

/** The body a framework read before us: parsed JSON as is, raw text or bytes parsed here. */
const alreadyRead = (req: IncomingMessage, maxBytes: number): unknown => {
  const { body } = req as IncomingMessage & { body?: unknown };
  if (body === undefined)
    throw new ReceiverError(400, 'invalid-json', 'The body was read before the receiver and not kept');
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
  if (!bytes) return body;
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return parseJson(bytes);
};

/**
 * The parsed JSON body. When a framework already read the stream (Express's `express.json()`
 * sets `req.body`), its result is used: the stream is spent and cannot be read again.
 */
export const readJsonBody = async (req: IncomingMessage, maxBytes: number): Promise<unknown> => {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (req.readableEnded) return alreadyRead(req, maxBytes);
  return parseJson(await readLimited(req, maxBytes));
};
