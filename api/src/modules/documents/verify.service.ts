import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { VerifyResultDto } from '../agreements/dto/agreement.dto.js';

interface Row {
  agreement_number: string;
  case_number: string;
  effective_at: Date;
  status: string;
  committee: string;
  parties: { name: string; kind: string }[];
}

/** 王秀英 → 王*英, 张三 → 张*; organisations keep their names. */
export function maskName(name: string, kind: string): string {
  if (kind === 'organisation') return name;
  const chars = [...name];
  if (chars.length <= 1) return name;
  return chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/**
 * Public verification of issued agreements: the QR code's page, and an
 * uploaded file compared byte for byte (through its SHA-256) with the copy
 * the committee issued. Answers carry no personal data beyond masked names.
 */
@Injectable()
export class VerifyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byCode(code: string): Promise<VerifyResultDto> {
    if (!/^[A-Za-z0-9_-]{8,40}$/.test(code)) return { valid: false, reason: '核验码格式不正确' };
    return this.find('a.verify_code = $1', code, '未找到该核验码对应的协议书');
  }

  async byFile(pdf: Buffer): Promise<VerifyResultDto> {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    return this.find(
      'a.pdf_sha256 = $1',
      sha256,
      '文件与本系统出具的签章文件不一致:可能已被修改,或不是本系统出具的协议书',
    );
  }

  private async find(condition: string, value: string, notFound: string): Promise<VerifyResultDto> {
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT a.agreement_number, c.case_number, a.effective_at, a.status, o.name AS committee,
              (SELECT json_agg(json_build_object('name', p.name, 'kind', p.kind) ORDER BY p.position)
                 FROM parties p WHERE p.case_id = c.id) AS parties
         FROM agreements a JOIN cases c ON c.id = a.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE ${condition} AND a.status IN ('effective', 'superseded')`,
      [value],
    );
    if (!row) return { valid: false, reason: notFound };
    return {
      valid: true,
      agreementNumber: row.agreement_number,
      caseNumber: row.case_number,
      signedAt: row.effective_at.toISOString(),
      signer: row.committee,
      parties: row.parties.map((p) => maskName(p.name, p.kind)),
      ...(row.status === 'superseded' ? { reason: '该协议已被新的协议取代' } : {}),
    };
  }
}
