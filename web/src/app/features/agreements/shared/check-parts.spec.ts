import { checkParts } from './check-parts';

describe('checkParts', () => {
  it("counts a company party's missing seal as a signature to collect, not a gap in the text", () => {
    // A company party once blocked 去签署 for ever: its seal can only be given while signing.
    const parts = checkParts({
      complete: false,
      missing: ['PARTY_PHONE:a', 'SEAL_PARTY:b', 'SIGNATURE_PARTY:a', 'SIGNATURE_MEDIATOR', 'SEAL'],
      messages: [
        '当事人何美兰缺少联系电话',
        '当事人某物业公司(法人或其他组织)尚未加盖单位印章',
        '当事人何美兰尚未签名、盖章或按指印',
        '人民调解员尚未签名',
        '尚未加盖人民调解委员会印章',
      ],
    });
    expect(parts.content).toEqual(['当事人何美兰缺少联系电话']);
    expect(parts.signatures).toHaveLength(4);
  });
});
