// Starts config.json and every feed it names as the page loads, while the wasm downloads and
// compiles, so no feed waits for the app's start, its configuration and its first render
// (docs/design.md §6, "Cold load"). The app takes each response once, by URL
// (`sources::fetch::take_early`); a later poll fetches as usual. Same request as the app's own:
// `cache: no-cache` (the browser revalidates), no custom header, and the app's time limit.
(function () {
  'use strict';
  var early = new Map();
  var start = function (path) {
    var url;
    try {
      url = new URL(path, document.baseURI).href;
    } catch (e) {
      return null;
    }
    if (early.has(url)) return early.get(url);
    var init = { cache: 'no-cache' };
    if (typeof AbortSignal !== 'undefined' && AbortSignal.timeout) init.signal = AbortSignal.timeout(30000);
    var response = fetch(url, init);
    // A failure is the app's to report when it takes the response; not an unhandled rejection.
    response.catch(function () {});
    early.set(url, response);
    return response;
  };
  var config = start('config.json');
  if (config) {
    // Read once here and handed on as a new response with the same status and headers (a
    // clone's body could wait for the app to read the other branch).
    var read = config.then(function (r) {
      return r.text().then(function (text) {
        try {
          var sources = JSON.parse(text).sources;
          Object.keys(sources || {}).forEach(function (k) {
            if (typeof sources[k] === 'string') start(sources[k]);
          });
        } catch (e) {
          // The app reports a bad config.json.
        }
        return new Response(text, { status: r.status, statusText: r.statusText, headers: r.headers });
      });
    });
    read.catch(function () {});
    early.set(new URL('config.json', document.baseURI).href, read);
  }
  window.dasborTakeEarly = function (url) {
    var response = early.get(url);
    early.delete(url);
    return response;
  };
})();
