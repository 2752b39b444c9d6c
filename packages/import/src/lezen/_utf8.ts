/**
 * Position of the first byte that is not valid UTF-8 (overlong forms, surrogates and code points
 * above U+10FFFF are invalid), or -1. With `staartMagOpen`, a sequence cut off by the end of the
 * buffer counts as valid: the next chunk may complete it.
 */
export function eersteOngeldigeUtf8(bytes: Uint8Array, staartMagOpen: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const lengte = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (lengte === 0) return i;
    const beschikbaar = Math.min(lengte, n - i);
    if (beschikbaar >= 2) {
      const c1 = bytes[i + 1]!;
      if (
        (c === 0xe0 && c1 < 0xa0) ||
        (c === 0xed && c1 > 0x9f) ||
        (c === 0xf0 && c1 < 0x90) ||
        (c === 0xf4 && c1 > 0x8f)
      ) {
        return i;
      }
    }
    for (let k = 1; k < beschikbaar; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    if (beschikbaar < lengte) return staartMagOpen ? -1 : i;
    i += lengte;
  }
  return -1;
}

/** Whether any byte is 0x80 or above; returns its position or -1. */
export function eersteHogeByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) return i;
  }
  return -1;
}
