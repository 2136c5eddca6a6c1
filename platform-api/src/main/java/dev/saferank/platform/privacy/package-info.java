/**
 * Keys and personal data (个人信息保护法): versioned key rings, the start-up guard against published
 * development secrets, authenticated encryption of personal data at rest (AES-GCM, the key id kept with
 * each ciphertext), keyed hashes, masks, re-keying and the retention of personal data.
 */
package dev.saferank.platform.privacy;
