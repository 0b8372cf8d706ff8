import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { AppError, CommonErrors } from '../../common/errors.js';

/**
 * One multipart file field kept in memory, at most `maxBytes`. Unlike Nest's
 * FileInterceptor, a file that is too large is answered with the caller's own
 * Chinese message; any other malformed upload is a 400.
 */
export function SingleUpload(
  field: string,
  maxBytes: number,
  tooLarge: () => AppError,
): Type<NestInterceptor> {
  const handler = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1 },
  }).single(field);

  @Injectable()
  class SingleUploadInterceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      await new Promise<void>((resolve, reject) =>
        handler(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) => {
          if (!error) return resolve();
          const code = (error as { code?: string }).code;
          reject(
            code === 'LIMIT_FILE_SIZE'
              ? tooLarge()
              : CommonErrors.validation([
                  { field, code: 'badUpload', message: '上传的文件无法读取,请重新上传' },
                ]),
          );
        }),
      );
      return next.handle();
    }
  }
  return mixin(SingleUploadInterceptor);
}

/** 400 naming the missing file field. */
export const fileRequired = (field: string, message: string) =>
  CommonErrors.validation([{ field, code: 'required', message }]);
