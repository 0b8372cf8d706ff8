import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { generateKeyPair, type KeyObject, randomBytes, sign, X509Certificate } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPairAsync = promisify(generateKeyPair);

export interface CommitteeIdentity {
  committee: string;
  /** Supervising organisation, printed as O= in the certificate. */
  organisation: string;
}

/**
 * A self-issued signing certificate for a committee, valid ten years. Chinese names go in UTF8String.
 * The key is generated on libuv's thread pool, not on the thread that answers requests.
 */
export async function issueCertificate(identity: CommitteeIdentity): Promise<{
  certificatePem: string;
  privateKeyPem: string;
}> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(privateKeyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  const utf8 = forge.asn1.Type.UTF8;
  const name = [
    { name: 'commonName', value: identity.committee, valueTagClass: utf8 },
    { name: 'organizationName', value: identity.organisation, valueTagClass: utf8 },
    { name: 'countryName', value: 'CN' },
  ];
  cert.setSubject(name as forge.pki.CertificateField[]);
  cert.setIssuer(name as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(cert), privateKeyPem };
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const { Class, Type } = forge.asn1;

/** The certificate's DER as forge ASN.1, with the parts the CMS names its signer by. */
function parseCertificate(block: forge.pem.ObjectPEM) {
  const asn1 = forge.asn1.fromDer(block.body);
  const tbs = (asn1.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
  // tbsCertificate: [0] version (optional), serialNumber, signature, issuer, …
  const at = tbs[0]!.tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  return {
    asn1,
    serialNumber: forge.util.bytesToHex(tbs[at]!.value as string),
    issuer: tbs[at + 2]!,
  };
}

/**
 * Builds the detached CMS (PKCS#7) signature of a PDF, for an RSA or an EC
 * key. node-forge assembles the structure and hashes the content; Node's
 * crypto signs the signed attributes. The certificates and the signer's issuer
 * name are copied byte for byte from the certificate file instead of being
 * re-encoded by forge, which double-encodes a Chinese (UTF8String) issuer so
 * that the signature fails to verify (digitalbazaar/forge#847) and cannot read
 * certificates with EC keys at all.
 */
export class CommitteeSigner extends Signer {
  /** The signer's certificate first, then the CA certificates imported with it. */
  private readonly certificates: ReturnType<typeof parseCertificate>[];
  readonly commonName: string;

  constructor(
    /** Kept to hand the signer to the render worker (pdf-layout.ts), which builds its own. */
    readonly certificatePem: string,
    readonly privateKey: KeyObject,
  ) {
    super();
    this.certificates = forge.pem
      .decode(certificatePem)
      .filter((block) => block.type === 'CERTIFICATE')
      .map(parseCertificate);
    const leaf = new X509Certificate(forge.pem.encode(forge.pem.decode(certificatePem)[0]!));
    this.commonName = /^CN=(.*)$/m.exec(leaf.subject)?.[1] ?? '';
  }

  override sign(pdf: Buffer, signingTime: Date = new Date()): Promise<Buffer> {
    const leaf = this.certificates[0]!;
    const ec = this.privateKey.asymmetricKeyType === 'ec';
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    const privateKey = this.privateKey;
    type SignerState = { signatureAlgorithm: string; authenticatedAttributesAsn1: forge.asn1.Asn1 };
    const signers = (p7 as unknown as { signers: SignerState[] }).signers;
    p7.addSigner({
      key: {
        // Called once the signed attributes are encoded: sign their DER as a SET (RFC 5652 §5.4).
        sign: () => {
          const attributes = signers[0]!.authenticatedAttributesAsn1.value as forge.asn1.Asn1[];
          const set = forge.asn1.toDer(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, attributes));
          return sign('sha256', Buffer.from(set.getBytes(), 'binary'), privateKey).toString('binary');
        },
      } as unknown as forge.pki.rsa.PrivateKey,
      issuer: [],
      serialNumber: leaf.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        // forge fills in the digest of the content.
        { type: forge.pki.oids.messageDigest! },
        { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
      ],
    } as unknown as Parameters<typeof p7.addSigner>[0]);
    if (ec) signers[0]!.signatureAlgorithm = ECDSA_WITH_SHA256;
    p7.sign({ detached: true });
    const contentInfo = p7.toAsn1();
    const signedData = ((contentInfo.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!
      .value as forge.asn1.Asn1[];
    const signerInfos = signedData.pop()!;
    signedData.push(
      forge.asn1.create(
        Class.CONTEXT_SPECIFIC,
        0,
        true,
        this.certificates.map((c) => c.asn1),
      ),
      signerInfos,
    );
    const signerInfo = (signerInfos.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
    // issuerAndSerialNumber: the issuer exactly as the certificate encodes it.
    (signerInfo[1]!.value as forge.asn1.Asn1[])[0] = leaf.issuer;
    // ECDSA algorithm identifiers carry no parameters (RFC 5758 §3.2).
    if (ec) (signerInfo[4]!.value as forge.asn1.Asn1[]).splice(1);
    return Promise.resolve(Buffer.from(forge.asn1.toDer(contentInfo).getBytes(), 'binary'));
  }
}
