// Benchmark: a signed two-page 人民调解协议书 from pdfkit (warm process, fonts parsed once)
// versus the same content printed by a warm headless Chromium page (browser already running).
// Usage: npm run bench:pdf [-- --runs 200]
import { createPrivateKey } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderAgreementPdf } from '../../dist/api/api/src/modules/agreements/agreement-document.js';
import { PersonalDataCipher } from '../../dist/api/api/src/common/personal-data.js';
import {
  CommitteeSigner,
  issueCertificate,
} from '../../dist/api/api/src/modules/documents/committee-signer.js';

const cipher = new PersonalDataCipher(Buffer.alloc(32, 1));

const party = (id, role, name, extra) => ({
  id,
  caseId: 'c',
  position: 1,
  role,
  kind: 'person',
  name,
  sex: 'male',
  ethnicity: '汉族',
  birthDate: '1970-05-06',
  idType: null,
  idNumberEnc: null,
  idNumberHash: null,
  idNumberMasked: null,
  phoneEnc: cipher.encrypt('13800000001'),
  phoneHash: null,
  phoneMasked: null,
  address: '诸暨市枫桥镇枫源村 9 号',
  occupation: '农民',
  legalRepresentative: null,
  creditCode: null,
  agentName: null,
  agentPhoneEnc: null,
  agentPhoneMasked: null,
  agentAuthority: null,
  refusedAt: null,
  refusalNote: null,
  createdAt: new Date(),
  ...extra,
});
const parties = [party('a', 'applicant', '何美兰', { sex: 'female' }), party('b', 'respondent', '陈国强')];
const facts = '何美兰家的母鸡吃了陈国强家的狗粮,被狗咬死;何美兰打狗,陈国强因此将何美兰打伤。'.repeat(6);
const agreement = {
  id: 'x',
  caseId: 'c',
  agreementNumber: '(2026)枫老调字第0012号',
  form: 'written',
  status: 'effective',
  copies: 3,
  facts,
  responsibility: '陈国强对何美兰的伤害负主要责任;何美兰打狗亦有过错。'.repeat(3),
  terms: [
    {
      obligorPartyId: 'b',
      obligeePartyId: 'a',
      kind: 'pay',
      amount: '3000.00',
      dueDate: '2026-11-21',
      method: '现金',
      place: '老杨调解中心',
      text: '陈国强一次性预付何美兰医疗费人民币3000元',
    },
    { obligorPartyId: 'b', obligeePartyId: 'a', kind: 'apologise', text: '陈国强当面向何美兰赔礼道歉' },
  ],
  performance: '第一项于协议签订时以现金当场履行;第二项于协议签订时当面履行。',
  effectiveAt: new Date(),
  verifyCode: 'benchmark',
};
const { certificatePem, privateKeyPem } = await issueCertificate({
  committee: '老杨调解中心',
  organisation: '枫桥镇司法所',
});
const signer = new CommitteeSigner(certificatePem, createPrivateKey(privateKeyPem));
const input = {
  agreement,
  caseRow: { caseNumber: agreement.agreementNumber },
  committee: '老杨调解中心',
  parties,
  mediators: [{ id: 'm', name: '杨建国' }],
  signatures: [{ partyId: null, mediatorId: null, committeeSeal: true, image: null }],
  cipher,
};

function stats(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

async function time(label, n, fn) {
  for (let i = 0; i < 10; i++) await fn(); // warm-up
  const samples = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    size = (await fn()).length;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { label, ...stats(samples), size, n };
}

/** Times pdfkit (unsigned, signed) against a warm Chromium page printing the same content. */
export async function measurePdf(runs = 200) {
  const unsigned = await time('pdfkit, unsigned', runs, async () => (await renderAgreementPdf(input)).pdf);
  const signed = await time(
    'pdfkit, signed (PAdES + QR)',
    runs,
    async () =>
      (
        await renderAgreementPdf({
          ...input,
          issue: { signer, signedAt: new Date(), verifyUrl: 'http://localhost:3000/verify/benchmark' },
        })
      ).pdf,
  );

  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
    @page { size: A4; margin: 22mm 25mm; } body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; line-height: 1.7; }
    h1 { text-align: center; letter-spacing: 4pt; } h2 { font-size: 13pt; } p { text-indent: 2em; margin: 0; }
  </style><h1>人民调解协议书</h1><div style="text-align:right">编号:${agreement.agreementNumber}</div>
  <h2>当事人基本情况</h2>${parties.map((p) => `<div><b>${p.role === 'applicant' ? '申请人' : '被申请人'}:</b>${p.name},男,汉族,1970年5月6日出生,职业:农民,联系电话:13800000001,住址:${p.address}</div>`).join('')}
  <h2>纠纷主要事实、争议事项</h2><p>${facts}</p><h2>各方责任</h2><p>${agreement.responsibility}</p>
  <h2>协议内容</h2><ol>${agreement.terms.map((t) => `<li>${t.text}</li>`).join('')}</ol>
  <h2>履行方式、地点、期限</h2><p>${agreement.performance}</p><p>本协议一式3份,当事人各执一份,人民调解委员会留存一份。</p>
  <div style="page-break-before: always">申请人:何美兰 被申请人:陈国强 人民调解员:杨建国 老杨调解中心(印章)</div></html>`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  const chrome = await time('Chromium page.pdf() (warm page)', Math.min(runs, 60), async () => {
    await page.setContent(html);
    return page.pdf({ format: 'A4', printBackground: true });
  });
  await browser.close();
  return [unsigned, signed, chrome];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 200;
  const rows = await measurePdf(runs);
  const [, signed, chrome] = rows;
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`,
  );
  console.log('| document | runs | median ms | p95 ms | size KB |');
  console.log('|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.n} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.size / 1024).toFixed(0)} |`,
    );
  console.log(
    `\nsigned pdfkit is ${(chrome.median / signed.median).toFixed(1)}× faster than warm Chromium (median), ` +
      `${(chrome.size / signed.size).toFixed(1)}× smaller.`,
  );
}
