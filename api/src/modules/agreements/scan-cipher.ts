import type { PersonalDataCipher } from '../../common/personal-data.js';

/**
 * Scans of a paper-signed agreement carry every party's signature and fingerprint, so they are
 * encrypted at rest like the signature images (agreement_signatures.image_enc): the bytes as base64
 * through PersonalDataCipher (AES-256-GCM; docs/adr/0009-personal-data.md).
 */
export function encryptScan(cipher: PersonalDataCipher, data: Buffer): Buffer {
  return cipher.encrypt(data.toString('base64'));
}

/** The bytes of a stored scan: decrypted, or in clear for a row the app has not encrypted yet. */
export function scanBytes(
  cipher: PersonalDataCipher,
  row: { data?: Buffer | null; dataEnc?: Buffer | null },
): Buffer {
  if (row.dataEnc) return Buffer.from(cipher.decrypt(row.dataEnc), 'base64');
  if (row.data) return row.data;
  throw new Error('agreement scan without bytes');
}
