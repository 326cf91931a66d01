// The cross-engine smoke suite (smoke.mjs) in Firefox ESR through geckodriver (Debian's firefox-esr, geckodriver from crates.io).
import { smoke } from './smoke.mjs';

smoke('firefox');
