import {
  MEDIATING,
  SEALED,
  SIGNED_BY_MEDIATOR,
  agreement,
  signature,
} from '../../../../testing/agreement-fixtures';
import { APPLICANT_ID, RESPONDENT_ID } from '../../../../testing/case-fixtures';
import { allSigned, kindsFor, nextSigner, signerStates } from './signers';

describe('signers', () => {
  // The respondent is a company: only its own seal binds it (the API's agreement check).
  const withCompany = {
    ...MEDIATING,
    parties: [
      { id: APPLICANT_ID, role: 'applicant' as const, kind: 'person' as const, name: '周玉兰' },
      { id: RESPONDENT_ID, role: 'respondent' as const, kind: 'organisation' as const, name: '某五金公司' },
    ],
  };
  const applicantSigned = signature({ partyId: APPLICANT_ID, signerName: '周玉兰' });

  it('offers a company its seal first, and keeps asking for it after its representative signed', () => {
    const represented = agreement({
      signatures: [
        applicantSigned,
        signature({ partyId: RESPONDENT_ID, signerName: '钱立新' }),
        SIGNED_BY_MEDIATOR,
        SEALED,
      ],
    });
    const states = signerStates(withCompany, represented);
    const company = states.find((s) => s.key === `party:${RESPONDENT_ID}`)!;
    expect(kindsFor(company.signer)).toEqual(['seal', 'signature']);
    expect(company.complete).toBe(false);
    expect(nextSigner(states)?.key).toBe(`party:${RESPONDENT_ID}`);
    expect(allSigned(withCompany, represented)).toBe(false);
  });

  it('lets the agreement take effect once the company has sealed', () => {
    const sealed = agreement({
      signatures: [
        applicantSigned,
        signature({ partyId: RESPONDENT_ID, kind: 'seal', signerName: '某五金公司' }),
        SIGNED_BY_MEDIATOR,
        SEALED,
      ],
    });
    expect(signerStates(withCompany, sealed).every((s) => s.complete || !s.required)).toBe(true);
    expect(allSigned(withCompany, sealed)).toBe(true);
  });
});
