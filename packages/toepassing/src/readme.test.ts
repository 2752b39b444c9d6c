import * as pakket from '@netwerkregie/toepassing';
import { describe, expect, it } from 'vitest';
import { controleerReadme } from '../../../scripts/readme-api.mjs';

// The README's API section lists exactly what the package exports, so the reference cannot drift.
controleerReadme(pakket, new URL('../', import.meta.url), { describe, expect, it });
