import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { constants, generateKeyPairSync, type KeyObject, privateEncrypt, randomBytes } from 'node:crypto';

/** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export interface CommitteeIdentity {
  committee: string;
  /** Supervising organisation, printed as O= in the certificate. */
  organisation: string;
}

/** A self-issued signing certificate for a committee, valid ten years. Chinese names go in UTF8String. */
export function issueCertificate(identity: CommitteeIdentity): {
  certificatePem: string;
  privateKeyPem: string;
} {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
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

/**
 * Builds the detached CMS (PKCS#7) signature of a PDF. node-forge assembles
 * the structure and hashes the content; Node's crypto does the RSA work. The signer is
 * named by issuer and serial number with the issuer's UTF-8 values decoded,
 * because forge re-encodes them when given the certificate itself and the
 * signature of a certificate with a Chinese name then fails to verify
 * (digitalbazaar/forge#847).
 */
export class CommitteeSigner extends Signer {
  private readonly certificate: forge.pki.Certificate;
  /** CA certificates imported with the signer's, sent along so validators can build the chain. */
  private readonly chain: forge.pki.Certificate[];

  constructor(
    certificatePem: string,
    private readonly privateKey: KeyObject,
  ) {
    super();
    this.certificate = forge.pki.certificateFromPem(certificatePem);
    this.chain = forge.pem
      .decode(certificatePem)
      .slice(1)
      .flatMap((block) => {
        try {
          return [forge.pki.certificateFromAsn1(forge.asn1.fromDer(block.body))];
        } catch {
          return []; // a CA certificate forge cannot read (e.g. an EC key) is simply not sent
        }
      });
  }

  get commonName(): string {
    const cn = this.certificate.subject.getField('CN') as { value: string } | null;
    return cn ? forge.util.decodeUtf8(cn.value) : '';
  }

  override sign(pdf: Buffer, signingTime: Date = new Date()): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    p7.addCertificate(this.certificate);
    this.chain.forEach((certificate) => p7.addCertificate(certificate));
    const issuer = this.certificate.issuer.attributes.map((attribute) =>
      attribute.valueTagClass === (forge.asn1.Type.UTF8 as unknown)
        ? { ...attribute, value: forge.util.decodeUtf8(attribute.value as string) }
        : attribute,
    );
    const privateKey = this.privateKey;
    p7.addSigner({
      key: {
        sign: (md: forge.md.MessageDigest) =>
          privateEncrypt(
            { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
            Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
          ).toString('binary'),
      } as unknown as forge.pki.rsa.PrivateKey,
      issuer,
      serialNumber: this.certificate.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        // forge fills in the digest of the content.
        { type: forge.pki.oids.messageDigest! },
        { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
      ],
    } as unknown as Parameters<typeof p7.addSigner>[0]);
    p7.sign({ detached: true });
    return Promise.resolve(Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary'));
  }
}
