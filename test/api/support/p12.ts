import forge from 'node-forge';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export interface P12Options {
  commonName: string;
  password: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Put the certificate of a different key into the file. */
  mismatched?: boolean;
  /** An EC key instead of RSA. */
  ec?: boolean;
}

const utf8 = forge.asn1.Type.UTF8;

function rsaKey(): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** A PKCS#12 file as a CA would issue it: the committee's certificate, signed by a CA with a Chinese name. */
export function makeP12(options: P12Options): Buffer {
  const caKey = rsaKey();
  const key = rsaKey();
  const certified = options.mismatched ? rsaKey() : key;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(certified.n, certified.e);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 3600_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 24 * 3600_000);
  cert.setSubject([
    { name: 'commonName', value: options.commonName, valueTagClass: utf8 },
    { name: 'organizationName', value: '枫桥镇司法所', valueTagClass: utf8 },
    { name: 'countryName', value: 'CN' },
  ] as forge.pki.CertificateField[]);
  cert.setIssuer([
    { name: 'commonName', value: '浙江测试数字证书认证中心', valueTagClass: utf8 },
    { name: 'countryName', value: 'CN' },
  ] as forge.pki.CertificateField[]);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(caKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], options.password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A PKCS#12 with an EC (P-256) key and its self-signed certificate, built with openssl. */
export function makeEcP12(password: string, run: (cmd: string, args: string[]) => void, dir: string): string {
  const key = `${dir}/ec.key`;
  const crt = `${dir}/ec.crt`;
  const p12 = `${dir}/ec.p12`;
  run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  run('openssl', ['req', '-new', '-x509', '-key', key, '-out', crt, '-days', '30', '-subj', '/CN=ec-test']);
  run('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    key,
    '-in',
    crt,
    '-out',
    p12,
    '-passout',
    `pass:${password}`,
  ]);
  return p12;
}
