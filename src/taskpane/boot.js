/*
 * The task pane's bootstrap: ES5, no framework, inlined into taskpane.html after office.js. It picks
 * the pane this webview can run and loads its scripts:
 * - Office 2016/2019 run add-ins in Internet Explorer 11 (Trident) or EdgeHTML ("Browsers and webview
 *   controls used by Office Add-ins", learn.microsoft.com). React 18 and Fluent UI v9 support neither,
 *   and the modern bundle is ES2022: there the lite pane (dist/lite.*.js, ES5) runs.
 * - Elsewhere (Edge WebView2, Safari/WebKit on Mac, a browser for Word on the web) the modern pane,
 *   if the engine passes the feature tests of the syntax and APIs its bundle uses.
 * ?pane=lite asks for the lite pane anywhere.
 */
(function () {
  var panes = window.BAOCAO_PANES || { modern: [], lite: [] };

  function modernSyntax() {
    try {
      // class fields, optional chaining, nullish coalescing, spread, async arrows: what the ES2022 bundle holds
      new Function('class A { x = 1; static y = 2; } var o = { ...{ a: 1 } }; return async () => o?.a ?? (await 0);');
      return true;
    } catch (e) {
      return false;
    }
  }

  function modernApis() {
    return typeof Promise === 'function' && typeof Map === 'function' && typeof Symbol === 'function' && typeof Object.fromEntries === 'function' &&
      typeof Array.prototype.flatMap === 'function' && typeof window.fetch === 'function' && typeof window.AbortController === 'function' &&
      typeof window.URLSearchParams === 'function' && typeof String.prototype.matchAll === 'function';
  }

  function oldWebview(ua) {
    // Trident is IE11's engine; "Edge/" (not "Edg/") is EdgeHTML, the Edge Legacy webview.
    return /Trident\/|MSIE /.test(ua) || /\bEdge\/\d+/.test(ua);
  }

  var forced = /[?&]pane=lite(&|$)/.test(window.location.search);
  var which = !forced && !oldWebview(navigator.userAgent || '') && modernSyntax() && modernApis() ? 'modern' : 'lite';
  document.documentElement.setAttribute('data-pane', which);
  var files = panes[which] || [];
  var head = document.getElementsByTagName('head')[0];
  for (var i = 0; i < files.length; i++) {
    var s = document.createElement('script');
    s.src = files[i];
    // in order: the entry's files depend on each other
    s.async = false;
    head.appendChild(s);
  }
})();
