// Served as /__test-capture.js and placed first in <head> by the cross-engine
// test server (server.mjs), so it runs before the app. WebDriver cannot read
// the console in every engine, so the page itself records what goes wrong:
// console.error calls, uncaught errors, unhandled promise rejections,
// resources that fail to load and Content-Security-Policy violations. The
// tests read window.__problems (see smoke.mjs, assertClean).
(function () {
  'use strict';
  var problems = [];
  window.__problems = problems;
  function describe(value) {
    try {
      if (value instanceof Error) return value.name + ': ' + value.message;
      return typeof value === 'string' ? value : String(value);
    } catch (e) {
      return '(unprintable value)';
    }
  }
  var originalError = console.error;
  console.error = function () {
    problems.push('console error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return originalError.apply(console, arguments);
  };
  // Capture phase: resource load errors do not bubble, but they pass here.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && target.tagName) {
      problems.push('failed to load: <' + target.tagName.toLowerCase() + '> ' + (target.src || target.href || ''));
    } else {
      // The stack says where: for a trap in the wasm, the functions' names or indices.
      var stack = event.error && event.error.stack ? String(event.error.stack).slice(0, 1500) : '';
      problems.push('uncaught error: ' + (event.message || describe(event.error)) + (stack ? '\n' + stack : ''));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    problems.push('unhandled rejection: ' + describe(event.reason));
  });
  // The app's wasm memory, so a test can check that it never grows (see
  // tests/e2e/memory.test.mjs for why).
  window.addEventListener('TrunkApplicationStarted', function (event) {
    window.__memory = event.detail && event.detail.wasm && event.detail.wasm.memory;
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    problems.push('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
  });
})();
