import { Param, PipeTransform } from '@nestjs/common';
import { CommonErrors } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID names no record: 404, like any other unknown id. */
class UuidOr404Pipe implements PipeTransform<string, string> {
  constructor(private readonly what?: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw CommonErrors.notFound(this.what);
    return value.toLowerCase();
  }
}

export const IdParam = (name = 'id', what?: string) => Param(name, new UuidOr404Pipe(what));

/** A numeric path id (an identity column); anything else names no record: 404. */
class SerialOr404Pipe implements PipeTransform<string, number> {
  constructor(private readonly what?: string) {}

  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) throw CommonErrors.notFound(this.what);
    return Number(value);
  }
}

export const SerialParam = (name = 'id', what?: string) => Param(name, new SerialOr404Pipe(what));
