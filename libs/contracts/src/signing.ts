/**
 * Who must sign a written agreement before it takes effect (人民调解法 Art 29, docs/domain.md
 * §10.3): every party, at least one mediator, and the committee seal. A natural person signs, seals
 * or presses a fingerprint; a legal person or other organisation is bound by its own seal only,
 * which a signature or fingerprint of whoever stood for it does not replace. The API refuses to
 * make an agreement effective while a gap remains; the web offers 确认生效 only when there is none.
 */
export const SIGNATURE_KINDS = ['signature', 'fingerprint', 'seal'] as const;
export type SignatureMarkKind = (typeof SIGNATURE_KINDS)[number];

export interface SigningParty {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
}

export interface SigningMark {
  kind: SignatureMarkKind;
  partyId: string | null;
  mediatorId: string | null;
  committeeSeal: boolean;
}

export interface SigningGap {
  code: string;
  message: string;
}

/** A party's own part is done, given the marks recorded for it. */
export function partyHasSigned(
  party: Pick<SigningParty, 'kind'>,
  own: readonly Pick<SigningMark, 'kind'>[],
): boolean {
  return party.kind === 'organisation' ? own.some((s) => s.kind === 'seal') : own.length > 0;
}

/** The signatures still missing, each with a code and the reason in Chinese. */
export function signatureGaps(parties: readonly SigningParty[], marks: readonly SigningMark[]): SigningGap[] {
  const gaps: SigningGap[] = parties.flatMap((p) => {
    if (
      partyHasSigned(
        p,
        marks.filter((s) => s.partyId === p.id),
      )
    )
      return [];
    return p.kind === 'organisation'
      ? [{ code: `SEAL_PARTY:${p.id}`, message: `当事人${p.name}(法人或其他组织)尚未加盖单位印章` }]
      : [{ code: `SIGNATURE_PARTY:${p.id}`, message: `当事人${p.name}尚未签名、盖章或按指印` }];
  });
  if (!marks.some((s) => s.mediatorId))
    gaps.push({ code: 'SIGNATURE_MEDIATOR', message: '人民调解员尚未签名' });
  if (!marks.some((s) => s.committeeSeal)) gaps.push({ code: 'SEAL', message: '尚未加盖人民调解委员会印章' });
  return gaps;
}
