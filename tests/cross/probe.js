// Served as /__test-probe.js only to the probe test in smoke.mjs: a page
// script that goes wrong in the three ways capture.js must record. It is a
// same-origin file rather than code sent through WebDriver because engines
// run WebDriver's scripts in a separate context whose errors the page never
// sees (Chromium reports them as "Script error.", Firefox not at all).
console.error('probe: console');
setTimeout(function () { throw new Error('probe: uncaught'); }, 0);
Promise.reject(new Error('probe: rejection'));
