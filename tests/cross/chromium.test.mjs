// The cross-engine smoke suite (smoke.mjs) in Chromium through chromedriver (Debian's chromium-driver).
import { smoke } from './smoke.mjs';

smoke('chromium');
