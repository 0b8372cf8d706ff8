import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import type { Observable } from 'rxjs';
import { AppError, CommonErrorCode, CommonErrors } from '../../common/errors.js';

/**
 * Bounds of every multipart body besides the file's own size: the upload routes take one file and
 * at most a password next to it.
 */
export const MULTIPART_LIMITS = {
  /** Text fields (signing-key: `password`). */
  fields: 4,
  /** Parts in all, fields and files. */
  parts: 5,
  /** Bytes of one text field's value (a password is at most 200 characters). */
  fieldSize: 4096,
  /** Bytes of a field's name. */
  fieldNameSize: 100,
  /** Header lines of one part. */
  headerPairs: 20,
  files: 1,
} as const;

/** Bytes a multipart body may have beyond its file: boundaries, part headers and the fields. */
export const MULTIPART_OVERHEAD = 64 * 1024;

const tooManyParts = () =>
  new AppError(413, CommonErrorCode.PayloadTooLarge, '上传的内容过多:只能上传一个文件');
const fieldTooLarge = (field: string) =>
  new AppError(413, CommonErrorCode.PayloadTooLarge, '上传的内容过大', [
    { field, code: 'tooLarge', message: '该项内容过长' },
  ]);
const badUpload = (field: string) =>
  CommonErrors.validation([{ field, code: 'badUpload', message: '上传的文件无法读取,请重新上传' }]);

/**
 * Reads one multipart body, at most one file of `maxBytes` in field `field` and a few short text
 * fields, into `req.file` (shaped as multer's) and `req.body`. Any bound exceeded rejects at once:
 * the request stops being read, and the answer (413 with the caller's message for the file) closes
 * the connection (exception.filter.ts), so the rest of a gigabyte body is neither waited for nor
 * buffered. Multer, used before, read every body to its end before answering, and without a limit
 * on fields or parts kept up to a megabyte per field for as many fields as were sent.
 */
function readUpload(req: Request, field: string, maxBytes: number, tooLarge: () => AppError): Promise<void> {
  const maxBody = maxBytes + MULTIPART_OVERHEAD;
  if (Number(req.headers['content-length'] ?? 0) > maxBody) return Promise.reject(tooLarge());
  return new Promise<void>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { ...MULTIPART_LIMITS, fileSize: maxBytes },
      });
    } catch {
      reject(badUpload(field));
      return;
    }
    const body: Record<string, string> = Object.create(null) as Record<string, string>;
    const files: Readable[] = [];
    let pendingFile: Promise<void> | undefined;
    let received = 0;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.pause();
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      req.off('data', count);
      for (const stream of files) stream.destroy();
      reject(error);
    };
    // A field value over fieldSize is only reported at its end: the body as a whole is bounded too.
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBody) fail(tooLarge());
    };

    parser.on('file', (name, stream, info) => {
      files.push(stream);
      if (name !== field || pendingFile) {
        stream.resume();
        return fail(tooManyParts());
      }
      const chunks: Buffer[] = [];
      let size = 0;
      pendingFile = new Promise<void>((done) => {
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          chunks.push(chunk);
        });
        stream.on('limit', () => fail(tooLarge()));
        stream.on('error', () => fail(badUpload(field)));
        stream.on('end', () => {
          const buffer = Buffer.concat(chunks, size);
          chunks.length = 0;
          req.file = {
            fieldname: name,
            originalname: info.filename ?? '',
            encoding: info.encoding,
            mimetype: info.mimeType,
            size,
            buffer,
          } as Express.Multer.File;
          done();
        });
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) return fail(fieldTooLarge(name));
      if (name === '__proto__' || name in body) return fail(badUpload(name));
      body[name] = value;
    });
    parser.on('partsLimit', () => fail(tooManyParts()));
    parser.on('filesLimit', () => fail(tooManyParts()));
    parser.on('fieldsLimit', () => fail(tooManyParts()));
    parser.on('error', () => fail(badUpload(field)));
    parser.on('close', () => {
      void (pendingFile ?? Promise.resolve()).then(() => {
        if (settled) return;
        settled = true;
        req.body = body;
        resolve();
      });
    });
    req.on('aborted', () => fail(badUpload(field)));
    req.on('data', count);
    req.pipe(parser);
  });
}

/**
 * One multipart file field kept in memory, at most `maxBytes`, within MULTIPART_LIMITS. A file that
 * is too large is answered with the caller's own Chinese message; any other malformed upload is a
 * 400 or 413. A body that is not multipart passes untouched (documents/verify also takes raw PDF).
 */
export function SingleUpload(
  field: string,
  maxBytes: number,
  tooLarge: () => AppError,
): Type<NestInterceptor> {
  @Injectable()
  class SingleUploadInterceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const req = context.switchToHttp().getRequest<Request>();
      if (req.is('multipart/form-data')) await readUpload(req, field, maxBytes, tooLarge);
      return next.handle();
    }
  }
  return mixin(SingleUploadInterceptor);
}

/** 400 naming the missing file field. */
export const fileRequired = (field: string, message: string) =>
  CommonErrors.validation([{ field, code: 'required', message }]);
