// The cross-engine smoke suite (smoke.mjs) in WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's webkit2gtk-driver) on a private Xvfb display.
import { smoke } from './smoke.mjs';

smoke('webkit');
