import forge from 'node-forge';
import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { DocumentErrors } from './documents.errors.js';

/** Curves the signer (ECDSA with SHA-256) and common PDF readers support. */
const EC_CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

export interface ImportedKey {
  /** The signer's certificate first, then any other certificates of the file (its chain). */
  certificatePem: string;
  privateKeyPem: string;
}

const BEIJING = (d: Date) =>
  d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });

/** The PKCS#8 DER of a key bag, whatever its algorithm (forge decodes RSA keys only). */
function keyDer(bag: forge.pkcs12.Bag): Buffer {
  const asn1 = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))
    : (bag as forge.pkcs12.Bag & { asn1: forge.asn1.Asn1 }).asn1;
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function certificateDer(bag: forge.pkcs12.Bag): Buffer {
  const asn1 = bag.cert
    ? forge.pki.certificateToAsn1(bag.cert)
    : (bag as forge.pkcs12.Bag & { asn1: forge.asn1.Asn1 }).asn1;
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function open(file: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(file.toString('binary')));
  } catch {
    throw DocumentErrors.notP12();
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    if (/password|decrypt/i.test((error as Error).message)) throw DocumentErrors.wrongPassword();
    throw DocumentErrors.notP12();
  }
}

/**
 * Reads a PKCS#12 file from a CA and checks it can sign agreements: exactly one
 * private key, a certificate for that key, valid today, with a key the committee
 * signer can use (RSA of 2048 bits or more, or EC on P-256, P-384 or P-521).
 * Throws a 422 naming the problem.
 */
export function readP12(file: Buffer, password: string, now = new Date()): ImportedKey {
  const p12 = open(file, password);
  const oids = forge.pki.oids;
  const keyBags = [
    ...(p12.getBags({ bagType: oids.pkcs8ShroudedKeyBag! })[oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: oids.keyBag! })[oids.keyBag!] ?? []),
  ];
  if (keyBags.length !== 1) throw DocumentErrors.keyCount(keyBags.length);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: keyDer(keyBags[0]!), format: 'der', type: 'pkcs8' });
  } catch {
    throw DocumentErrors.notP12();
  }
  const certificates = (p12.getBags({ bagType: oids.certBag! })[oids.certBag!] ?? []).flatMap((bag) => {
    try {
      return [new X509Certificate(certificateDer(bag))];
    } catch {
      return [];
    }
  });
  const leaf = certificates.find((c) => c.checkPrivateKey(key));
  if (!leaf) throw DocumentErrors.noMatchingCertificate();
  if (leaf.validToDate < now) throw DocumentErrors.expired(BEIJING(leaf.validToDate));
  if (leaf.validFromDate > now) throw DocumentErrors.notYetValid(BEIJING(leaf.validFromDate));
  const type = key.asymmetricKeyType ?? 'unknown';
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
  const supported = (type === 'rsa' && bits >= 2048) || (type === 'ec' && curve in EC_CURVES);
  if (!supported) {
    const described =
      type === 'rsa' ? `RSA ${bits} 位` : type === 'ec' ? `EC ${curve || '未知曲线'}` : type.toUpperCase();
    throw DocumentErrors.unsupportedKey(described);
  }
  const chain = certificates.filter((c) => c !== leaf);
  return {
    certificatePem: [leaf, ...chain].map((c) => c.toString()).join(''),
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export interface CertificateSummary {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint: string;
}

/** The signer's certificate (the first of the PEM) as people read it. */
export function summarise(certificatePem: string): CertificateSummary {
  const cert = new X509Certificate(
    /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(certificatePem)![0],
  );
  const name = (dn: string) => dn.split('\n').filter(Boolean).join(', ');
  return {
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    validFrom: cert.validFromDate.toISOString(),
    validTo: cert.validToDate.toISOString(),
    fingerprint: cert.fingerprint256,
  };
}
