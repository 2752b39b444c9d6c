/**
 * The planning's progress on the server, polled while the upload's request runs: the upload names a
 * random token and the server keeps how far it is under that token (GET importvoortgang/{token}).
 */
import { type Api, ApiFout } from '../_api.js';

export interface Stand {
  fase: 'lezen' | 'plannen' | 'klaar' | 'mislukt';
  gelezenBytes: number;
  totaalBytes: number;
}

/** 32 hex characters from the browser's random source (crypto.randomUUID needs a secure context). */
export function nieuwKenmerk(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Polls every `ms` until `stop()`; `bij` gets each known stand, or null while the server knows none. */
export function volgVoortgang(api: Api, kenmerk: string, bij: (stand: Stand | null) => void, ms = 250) {
  let actief = true;
  const ronde = async () => {
    while (actief) {
      try {
        const stand = await api.json<Stand>(`importvoortgang/${encodeURIComponent(kenmerk)}`);
        if (actief) bij(stand);
      } catch (f) {
        if (!(f instanceof ApiFout && f.status === 404)) throw f;
        if (actief) bij(null);
      }
      await new Promise((r) => setTimeout(r, ms));
    }
  };
  void ronde().catch(() => {
    // Progress is a courtesy: a failed poll leaves the upload's own outcome to speak.
  });
  return {
    stop() {
      actief = false;
    },
  };
}
