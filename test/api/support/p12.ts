import forge from 'node-forge';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface P12Options {
  commonName: string;
  password: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Put the certificate of a different key into the file. */
  mismatched?: boolean;
  /** RSA key size of the certified key (default 2048). */
  bits?: number;
}

const utf8 = forge.asn1.Type.UTF8;

function rsaKey(bits = 2048): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** A PKCS#12 file as a CA would issue it: the committee's certificate, signed by a CA with a Chinese name. */
export function makeP12(options: P12Options): Buffer {
  const caKey = rsaKey();
  const key = rsaKey(options.bits);
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

/** A PKCS#12 with an EC (P-256) key and its self-signed certificate with a Chinese name, built by openssl. */
export function makeEcP12(commonName: string, password: string, dir: string): Buffer {
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  const key = join(dir, 'ec.key');
  const crt = join(dir, 'ec.crt');
  const p12 = join(dir, 'ec.p12');
  run(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  run([
    'req',
    '-new',
    '-x509',
    '-utf8',
    '-key',
    key,
    '-out',
    crt,
    '-days',
    '30',
    '-subj',
    `/CN=${commonName}/C=CN`,
  ]);
  run(['pkcs12', '-export', '-inkey', key, '-in', crt, '-out', p12, '-passout', `pass:${password}`]);
  return readFileSync(p12);
}
