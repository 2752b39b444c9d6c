import { randomFillSync } from 'node:crypto';

const HEX = Buffer.from('0123456789abcdef', 'latin1');
const VOORRAAD = 16 * 1024;
const bytes = Buffer.alloc(VOORRAAD);
let positie = VOORRAAD;
const tekst = Buffer.alloc(36);

/**
 * A random UUID (version 4), like `crypto.randomUUID()` but as one flat string: Node builds that one
 * by concatenation, and V8 keeps such a string as a tree of some 35 nodes (over 1 KB) for as long as it
 * lives. A plan holds an id per new entity, so for a large first import that tree costs hundreds of MB.
 */
export function nieuwId(): string {
  if (positie + 16 > VOORRAAD) {
    randomFillSync(bytes);
    positie = 0;
  }
  let uit = 0;
  for (let i = 0; i < 16; i++) {
    let b = bytes[positie + i]!;
    if (i === 6) b = (b & 0x0f) | 0x40;
    else if (i === 8) b = (b & 0x3f) | 0x80;
    if (i === 4 || i === 6 || i === 8 || i === 10) tekst[uit++] = 0x2d;
    tekst[uit++] = HEX[b >> 4]!;
    tekst[uit++] = HEX[b & 0x0f]!;
  }
  positie += 16;
  return tekst.toString('latin1', 0, 36);
}
