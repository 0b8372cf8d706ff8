import type {
  Agreement,
  AgreementSignature,
  CaseDetail,
  PartyRole,
  SignatureKind,
} from '../../../core/api/api-types';
import { partyHasSigned, signatureGaps } from '@tiaojie/contracts';

/** Who must sign a written agreement (Art 29): each party, the case's mediators, the committee seal. */
export type Signer =
  | { type: 'party'; id: string; name: string; role: PartyRole; organisation: boolean }
  | { type: 'mediator'; id: string; name: string }
  | { type: 'seal' };

export interface SignerState {
  signer: Signer;
  key: string;
  /** The signatures already recorded for this signer. */
  done: AgreementSignature[];
  /**
   * This signer's part is done: anything recorded, except that a legal person is bound only by its
   * own seal, which a signature of whoever stood for it does not replace (`partyHasSigned`).
   */
  complete: boolean;
  /** Whether this signer's part is required (at least one mediator must sign, not all). */
  required: boolean;
}

export function signerKey(signer: Signer): string {
  return signer.type === 'seal' ? 'seal' : `${signer.type}:${signer.id}`;
}

function signaturesOf(signer: Signer, signatures: readonly AgreementSignature[]): AgreementSignature[] {
  switch (signer.type) {
    case 'party':
      return signatures.filter((s) => s.partyId === signer.id);
    case 'mediator':
      return signatures.filter((s) => s.mediatorId === signer.id);
    case 'seal':
      return signatures.filter((s) => s.committeeSeal);
  }
}

/** The signers in signing order, each with what they have done so far. */
export function signerStates(detail: CaseDetail, agreement: Agreement): SignerState[] {
  const signers: Signer[] = [
    ...detail.parties.map((p): Signer => ({
      type: 'party',
      id: p.id,
      name: p.name,
      role: p.role,
      organisation: p.kind === 'organisation',
    })),
    ...detail.mediators.map((m): Signer => ({ type: 'mediator', id: m.id, name: m.name })),
    { type: 'seal' },
  ];
  const mediatorSigned = agreement.signatures.some((s) => s.mediatorId);
  return signers.map((signer) => {
    const done = signaturesOf(signer, agreement.signatures);
    // One mediator's signature is enough; the others become optional once one has signed.
    const required = signer.type !== 'mediator' || !mediatorSigned || done.length > 0;
    const complete =
      signer.type === 'party'
        ? partyHasSigned({ kind: signer.organisation ? 'organisation' : 'person' }, done)
        : done.length > 0;
    return { signer, key: signerKey(signer), done, required, complete };
  });
}

/**
 * Every party, at least one mediator and the committee seal are present: 确认生效 may be pressed.
 * The API's own rule (`signatureGaps`), so the button and the server never disagree.
 */
export function allSigned(detail: CaseDetail, agreement: Agreement): boolean {
  return signatureGaps(detail.parties, agreement.signatures).length === 0;
}

/** The first signer still to sign, to offer next. */
export function nextSigner(states: readonly SignerState[]): SignerState | undefined {
  return states.find((s) => s.required && !s.complete && s.signer.type !== 'seal');
}

/**
 * How this signer may sign, the usual way first: persons by signature or fingerprint, a legal person
 * by its seal (its 法定代表人 may sign besides), mediators sign.
 */
export function kindsFor(signer: Signer): SignatureKind[] {
  if (signer.type === 'seal') return ['seal'];
  if (signer.type === 'mediator') return ['signature'];
  return signer.organisation ? ['seal', 'signature'] : ['signature', 'fingerprint'];
}
