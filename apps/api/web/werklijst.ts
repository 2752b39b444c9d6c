/** placeholder */
import { metAanmelding } from './_aanmelding.js';

metAanmelding(async () => {});
