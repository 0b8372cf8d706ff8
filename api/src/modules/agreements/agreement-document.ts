import { createHash } from 'node:crypto';
import type { PersonalDataCipher } from '../../common/personal-data.js';
import type { CaseEntity } from '../cases/case.entity.js';
import { amountInCapitals } from '../../../../libs/contracts/src/chinese-money.js';
import type { CommitteeSigner } from '../documents/committee-signer.js';
import { parseLayout } from '../documents/layout.js';
import { renderPdf, type SignatureBlock } from '../documents/pdf-renderer.js';
import { AGENT_SCOPE_LABELS } from '../../../../libs/contracts/src/representation.js';
import { chineseDate, describeParty, ROLE_LABELS } from '../documents/document-text.js';
import { DATE_LINE, renderTemplate, type TemplateOverrides } from '../documents/templates.js';
import type { PartyEntity } from '../parties/party.entity.js';
import type { AgreementEntity, Term } from './agreement.entity.js';

export interface SignatureImage {
  partyId: string | null;
  mediatorId: string | null;
  committeeSeal: boolean;
  /** The printable image; null: stored but undecodable (printed as a placeholder); absent: none (the drawn seal). */
  image?: Buffer | null;
}

export interface AgreementDocumentInput {
  agreement: AgreementEntity;
  caseRow: CaseEntity;
  committee: string;
  parties: PartyEntity[];
  mediators: { id: string; name: string }[];
  signatures: SignatureImage[];
  cipher: PersonalDataCipher;
  /** The organisation's own agreement template, if it has one (template-overrides.ts). */
  templates?: TemplateOverrides;
  /** A line printed under the number; drafts default to a warning that they are not binding. */
  notice?: string;
  /** Issued copies carry a QR code to the public verification page and the committee's digital signature. */
  issue?: { verifyUrl: string; signer: CommitteeSigner; signedAt: Date };
  /**
   * The copy printed to be signed by hand (`?purpose=signing`): no draft notice, and a line for every
   * signer instead of the captured images. `recorderIds`: the case's mediators who sign as 记录人.
   */
  signing?: { recorderIds: string[] };
  /** The printer's name and time on every page of a draft preview (never on a signed or signing copy). */
  watermark?: string;
}

/**
 * The signature block of the copy to be signed on paper (人民调解法 Art 29; docs/domain.md §10.3):
 * each natural person signs and leaves a fingerprint in a box; a legal person is sealed in a box and
 * signed by its 法定代表人 (and its 委托代理人, if it has one); every mediator of the case signs, and
 * the recorder; the committee's seal goes over the committee's name, the date is written by hand.
 */
function signingBlock(input: AgreementDocumentInput, recorderIds: string[]): SignatureBlock {
  const agentLine = (p: PartyEntity) => [
    ...(p.guardianName ? [`法定代理人(监护人) ${p.guardianName}(签名)`] : []),
    ...(p.agentName ? [`委托代理人 ${p.agentName}(签名)`] : []),
  ];
  const recorders = input.mediators.filter((m) => recorderIds.includes(m.id));
  return {
    parties: input.parties.map((p) =>
      p.kind === 'organisation'
        ? {
            caption: `${ROLE_LABELS[p.role]}(盖章)`,
            name: p.name,
            images: [],
            boxes: ['单位印章'],
            lines: [`法定代表人 ${p.legalRepresentative ?? ''}(签名)`, ...agentLine(p)],
          }
        : {
            caption: `${ROLE_LABELS[p.role]}(签名并按指印)`,
            name: p.name,
            images: [],
            boxes: ['指印'],
            lines: agentLine(p),
          },
    ),
    mediators: [
      ...input.mediators
        .filter((m) => !recorderIds.includes(m.id))
        .map((m) => ({ caption: '人民调解员(签名)', name: m.name, images: [] })),
      ...(recorders.length ? recorders : [{ name: '' }]).map((m) => ({
        caption: '记录人(签名)',
        name: m.name,
        images: [],
      })),
    ],
    date: `${input.committee}  ${DATE_LINE.trim()}`,
  };
}

function termDetails(term: Term, parties: PartyEntity[]): string {
  const name = (id?: string) => parties.find((p) => p.id === id)?.name;
  return [
    term.amount && `金额:人民币${term.amount}元(大写:${amountInCapitals(term.amount)})`,
    term.obligeePartyId && `权利人:${name(term.obligeePartyId)}`,
    term.dueDate && `履行期限:${chineseDate(term.dueDate)}前`,
    term.method && `履行方式:${term.method}`,
    term.place && `履行地点:${term.place}`,
  ]
    .filter(Boolean)
    .join(';');
}

/** The agreement as layout source and signature block (also bound into the case volume). */
export function agreementSection(input: AgreementDocumentInput): {
  title: string;
  source: string;
  signatures: SignatureBlock;
} {
  const { agreement, parties, cipher } = input;
  const on = agreement.effectiveAt ?? new Date();
  const title = agreement.form === 'oral' ? '人民调解口头协议登记表' : '人民调解协议书';
  const source = renderTemplate(
    'agreement',
    {
      title,
      agreementNumber: agreement.agreementNumber,
      notice: input.signing
        ? null
        : (input.notice ?? (input.issue ? null : '【草稿 · 未经签署,不具法律效力】')),
      parties: parties.map((p) => ({
        roleLabel: ROLE_LABELS[p.role],
        description: describeParty(p, cipher, on),
        agent: p.agentName ? agentText(p) : null,
        guardian: p.guardianName ? `${p.guardianName}(${p.guardianRelation ?? '监护人'})` : null,
      })),
      facts: agreement.facts,
      responsibility: agreement.responsibility || null,
      terms: agreement.terms.map((term) => ({
        text: term.text,
        details: termDetails(term, parties) || null,
      })),
      performance: agreement.performance,
      unresolvedMatters: agreement.unresolvedMatters ?? null,
      routesInformed: agreement.routesInformed ?? null,
      oral: agreement.form === 'oral',
      recorder: input.mediators.map((m) => m.name).join('、') || '人民调解员',
      agreedOn: chineseDate(on),
      copies: agreement.copies,
    },
    input.templates,
  );
  const images = (match: (s: SignatureImage) => boolean) =>
    input.signatures.filter(match).flatMap((s) => (s.image === undefined ? [] : [s.image]));
  const seal = input.signatures.find((s) => s.committeeSeal);
  if (input.signing) return { title, source, signatures: signingBlock(input, input.signing.recorderIds) };
  const signatures: SignatureBlock = {
    parties: parties.map((p) => ({
      caption: `${ROLE_LABELS[p.role]}(签名/盖章/按指印)`,
      name: p.name,
      images: images((s) => s.partyId === p.id),
    })),
    mediators: input.mediators
      .filter((m) => input.signatures.some((s) => s.mediatorId === m.id))
      .map((m) => ({
        caption: '人民调解员(签名)',
        name: m.name,
        images: images((s) => s.mediatorId === m.id),
      })),
    seal: seal ? { committee: input.committee, image: seal.image } : undefined,
    date: `${input.committee}  ${chineseDate(on)}`,
  };
  return { title, source, signatures };
}

/** Renders the 人民调解协议书 (or the oral-agreement register), signed when issued. */
export async function renderAgreementPdf(
  input: AgreementDocumentInput,
): Promise<{ pdf: Buffer; sha256: string; pages: number }> {
  const { agreement } = input;
  const { title, source, signatures } = agreementSection(input);
  const issue = input.issue;
  const { pdf, pages } = await renderPdf({
    title,
    blocks: parseLayout(source),
    signatures,
    qr: issue && { url: issue.verifyUrl, caption: `扫码或访问 ${issue.verifyUrl} 核验本协议书真伪` },
    watermark: input.watermark,
    sign: issue && {
      certificatePem: issue.signer.certificatePem,
      privateKey: issue.signer.privateKey,
      reason: `${title} ${agreement.agreementNumber}`,
      name: input.committee,
      signingTime: issue.signedAt,
    },
  });
  return { pdf, pages, sha256: createHash('sha256').update(pdf).digest('hex') };
}

/** 委托代理人 as printed: name, scope and what it covers, and until when (委托书, form 4). */
function agentText(p: PartyEntity): string {
  const scope = p.agentScope ? AGENT_SCOPE_LABELS[p.agentScope] : null;
  const until = p.agentValidUntil ? `授权至${chineseDate(p.agentValidUntil)}` : null;
  return [p.agentName, scope, p.agentAuthority, until].filter(Boolean).join(',');
}
