import { describe, expect, it } from 'vitest';
import { checkInternalModules } from '../../../scripts/readme-api.mjs';

// A module or folder whose name starts with _ is internal to this workspace (docs/ARCHITECTURE.md, "Names").
checkInternalModules(new URL('../', import.meta.url), { describe, expect, it });
